import type { EMAIL_PREFERENCES, NOTIFICATION_KINDS } from './constants'

export type NotificationsPluginOptions = {
  disabled?: boolean
  /** The site's public address, for the links in e-mails (the admin lives under it). */
  siteUrl?: string
  /** Let the Next.js process run the e-mail queue itself (npm run dev / npm start). */
  autoRun?: boolean
}

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number]

// Ids as the generated types have them (numeric on SQLite and PostgreSQL).
type Id = number

/** Whom an event concerns, before anyone is looked up. */
export type Audience =
  | { kind: 'approvers'; unit: Id | null }
  | { kind: 'unitEditors'; unit: Id | null }
  | { kind: 'user'; user: Id | null }
  | { kind: 'admins' }

/** One thing that happened, as the rules see it. */
export type NotificationEvent = {
  account?: Id | null
  audience: Audience
  /** Who did it (skipped among the recipients); null for the system. */
  actor: Id | null
  /** What the notification says beside the title: a comment, a reason. */
  detail?: null | string
  kind: NotificationKind
  post?: Id | null
  /** What makes the event itself unique (the log entry's time, the problem's start). */
  stamp: string
  /** The post's title or the channel's name, as it was. */
  title: string
}

/** A user as the routing rules need them. */
export type Candidate = {
  id: Id
  role?: null | string
  units?: (Id | { id: Id })[] | null
}

/** One row of the bell's list, as the feed endpoint answers it. */
export type FeedItem = {
  at: string
  href: null | string
  id: Id
  kind: NotificationKind
  read: boolean
  text: string
}

export type Feed = { items: FeedItem[]; unread: number }
