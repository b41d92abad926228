import type { CollectionSlug } from 'payload'

/** The Page's own posts as read from Facebook, and where each Page's reading stands. */
export const PAGE_POSTS = 'page-posts' satisfies CollectionSlug
export const PAGE_READS = 'page-reads' satisfies CollectionSlug

/** Its task and queue on Payload's Jobs Queue. */
export const READ_TASK = 'pageWatchRead'
export const WATCH_QUEUE = 'page-watch'
/** Every hour at 7 min 40 s: off the minute the reach run and the BIP watcher take. */
export const READ_CRON = '40 7 * * * *'
/** How often the web process (without a worker) runs the queue. */
export const QUEUE_CRON = '*/30 * * * * *'

/** The report window: what the BIP comparison can ask for (a year and the month before). */
export const WINDOW_MONTHS = 13
/** Posts this recent are read again on every pass, so edits and deletions are noticed. */
export const REREAD_DAYS = 14
/** Posts per Graph API page (Facebook's maximum for the edge). */
export const PAGE_SIZE = 100
export const POST_FIELDS = 'id,message,created_time,permalink_url'
