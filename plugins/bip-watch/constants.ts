import type { CollectionSlug } from 'payload'

/** The plugin's collection: the BIPs it watches. */
export const BIP_SOURCES = 'bip-sources' satisfies CollectionSlug
/** The group of fields the plugin adds to BIP entries. */
export const WATCH_FIELD = 'bipWatch'

/** Its task and queue on Payload's Jobs Queue. */
export const POLL_TASK = 'bipWatchPoll'
export const WATCH_QUEUE = 'bip-watch'
/** Every two minutes, at 20 seconds past: a BIP is read often enough to release a post quickly. */
export const POLL_CRON = '20 */2 * * * *'
/** How often the web process (without a worker) runs the watcher's queue. */
export const QUEUE_CRON = '*/10 * * * * *'

/** The posts' endpoint suggesting BIP entries for a post being written. */
export const SUGGEST_PATH = '/bip-suggestions'
/** How many suggestions an editor sees, and the lowest score worth showing. */
export const SUGGEST_LIMIT = 5
export const SUGGEST_MIN_SCORE = 0.3

/** Consecutive answers 404 before an entry counts as gone (410 counts at once). */
export const NOT_FOUND_STRIKES = 2
