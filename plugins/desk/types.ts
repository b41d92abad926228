import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import type { WorkflowState } from '../../src/domain/workflow'
import type { QUEUE_IDS } from './constants'

export type DeskPluginOptions = {
  disabled?: boolean
}

export type QueueId = (typeof QUEUE_IDS)[number]

/** One line of a queue: what it is, where it opens, and the moment its time reads from. */
export type QueueRow = {
  href: string
  id: string
  /** A comment, a channel and its problem: what the reader needs before opening the row. */
  note?: string
  /** ISO time the row's "how long" counts from (submission, request, publication date). */
  at?: string
  title: string
  /** Whose it is: the post's unit, the account's channel. */
  context?: string
}

export type Queue = {
  count: number
  id: QueueId
  /** The whole queue in the admin's list, filtered (absent where no list shows it). */
  listHref?: string
  rows: QueueRow[]
}

/** What the dashboard shows one user, as the endpoint answers it. */
export type DeskSnapshot = { at: string; queues: Queue[] }

/** What every queue loader is given. */
export type QueueContext = {
  i18n: I18nClient
  now: Date
  payload: Payload
  user: TypedUser
}

export type QueueLoader = (ctx: QueueContext) => Promise<Omit<Queue, 'id'>>

/** One post in the calendar: planned by its `publishAt`, or published at its `publishedAt`. */
export type CalendarEvent = {
  /** ISO time it is placed at. */
  at: string
  category: string
  channels: string[]
  /** Published public information residents do not see yet: its BIP entry is not out. */
  heldForBip: boolean
  href: string
  id: number | string
  kind: 'planned' | 'published'
  state: WorkflowState
  title: string
  unit: null | { id: number | string; name: string }
  updatedAt: string
}

/** What the calendar's endpoint answers for a period. */
export type CalendarData = {
  events: CalendarEvent[]
  /** The period's first day and the day after its last (`YYYY-MM-DD`). */
  from: string
  to: string
  /** More posts than one answer carries: the period should be narrowed with filters. */
  truncated: boolean
}
