import { addDays, type DayKey, weekdayOf } from './zoned-time'

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const
export type CalendarViewKind = (typeof CALENDAR_VIEWS)[number]

export type GridDay = { day: DayKey; inMonth: boolean }

const firstOfMonth = (day: DayKey): DayKey => `${day.slice(0, 7)}-01`

const shiftMonth = (day: DayKey, months: number): DayKey => {
  const [y, m] = day.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** Monday of the week `day` falls in (weeks start on Monday in Poland). */
export const mondayOf = (day: DayKey): DayKey => addDays(day, -weekdayOf(day))

/** The days of `day`'s week, Monday to Sunday. */
export const weekDays = (day: DayKey): DayKey[] => {
  const monday = mondayOf(day)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

/**
 * The month of `day` as the calendar draws it: whole weeks from Monday to Sunday, the days of
 * the neighbouring months that fill them marked as such.
 */
export const monthGrid = (day: DayKey): GridDay[][] => {
  const first = firstOfMonth(day)
  const month = first.slice(0, 7)
  const last = addDays(shiftMonth(day, 1), -1)
  const weeks: GridDay[][] = []
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7))
    weeks.push(weekDays(monday).map((d) => ({ day: d, inMonth: d.slice(0, 7) === month })))
  return weeks
}

/** The days a view shows: from its first day up to, not including, `to`. */
export const viewRange = (view: CalendarViewKind, day: DayKey): { from: DayKey; to: DayKey } => {
  if (view === 'week') {
    const monday = mondayOf(day)
    return { from: monday, to: addDays(monday, 7) }
  }
  if (view === 'agenda') return { from: firstOfMonth(day), to: shiftMonth(day, 1) }
  const weeks = monthGrid(day)
  return { from: weeks[0][0].day, to: addDays(weeks.at(-1)![6].day, 1) }
}

/** The day the view shows after "previous" (-1) or "next" (1): a week, or a month. */
export const shiftView = (view: CalendarViewKind, day: DayKey, step: -1 | 1): DayKey =>
  view === 'week' ? addDays(day, 7 * step) : shiftMonth(day, step)
