import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

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
