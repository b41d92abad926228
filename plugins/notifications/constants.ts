import type { CollectionSlug } from 'payload'

/** The plugin's collection: one notification per recipient and event. */
export const NOTIFICATIONS = 'notifications' satisfies CollectionSlug

/** What happened, as the bell and the e-mails name it. */
export const NOTIFICATION_KINDS = [
  'submitted',
  'changes_requested',
  'approved',
  'published',
  'failed',
  'handoff',
  'channel_needs_action',
  'withdrawal_task',
  'correction_proposed',
  'correction_approved',
  'correction_rejected',
] as const

/** How a user wants notifications by e-mail (the bell shows them all the same). */
export const EMAIL_PREFERENCES = ['immediately', 'daily', 'off'] as const
/** The users' field holding the preference. */
export const PREFERENCE_FIELD = 'notificationEmails'

/** The collection's endpoints: `GET /api/notifications/feed`, `POST /api/notifications/read`. */
export const FEED_PATH = '/feed'
export const READ_PATH = '/read'
/** How many notifications the bell lists. */
export const FEED_LIMIT = 15
/** How often an open admin asks for the unread count. */
export const POLL_MS = 30_000

/** The Jobs Queue: one e-mail per notification, and the daily summary. */
export const NOTIFICATIONS_QUEUE = 'notifications'
export const EMAIL_TASK = 'notificationEmail'
export const DIGEST_TASK = 'notificationDigest'
/** Every day at 07:00, before the office opens. */
export const DIGEST_CRON = '0 0 7 * * *'
/** How often the web process (without a worker) runs the queue. */
export const QUEUE_CRON = '*/10 * * * * *'
