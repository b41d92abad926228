'use client'
import { createContext, useContext } from 'react'

import type { Reschedule } from '../rules/reschedule-target'
import type { CalendarEvent } from '../types'

/** What every part of the calendar shares: moving a post and the post being dragged. */
export type CalendarActions = {
  /** The post being dragged (its id), so drop targets know what would land. */
  dragged: CalendarEvent | null
  /** Asks the API to move the post; resolves whether it moved. */
  move: (event: CalendarEvent, to: Reschedule) => Promise<boolean>
  setDragged: (event: CalendarEvent | null) => void
}

export const CalendarContext = createContext<CalendarActions | null>(null)

export const useCalendar = () => {
  const actions = useContext(CalendarContext)
  if (!actions) throw new Error('useCalendar outside the calendar')
  return actions
}
