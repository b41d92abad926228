import type { CollectionSlug } from 'payload'

/** Slugs of the fan-out's own collections. */
export const DELIVERIES = 'deliveries' satisfies CollectionSlug
export const ATTEMPTS = 'delivery-attempts' satisfies CollectionSlug
export const ACCOUNTS = 'channel-accounts' satisfies CollectionSlug
export const FEEDS = 'rss-feeds' satisfies CollectionSlug
export const CORRECTIONS = 'post-corrections' satisfies CollectionSlug

/** Slugs of the plugin's tasks on Payload's Jobs Queue. */
export const DELIVER_TASK = 'fanoutDeliver'
export const SWEEP_TASK = 'fanoutSweep'
export const BIP_CHECK_TASK = 'bipUrlCheck'
export const REACH_TASK = 'fanoutReach'
export const RSS_REFRESH_TASK = 'rssRefresh'
export const TAKEDOWN_TASK = 'fanoutTakeDown'

/** Every 10 seconds: the outbox sweep and the queue running it. */
export const MAINTENANCE_CRON = '*/10 * * * * *'
/** Every 10 minutes. */
export const BIP_CHECK_CRON = '0 */10 * * * *'
/** Every day at 04:30, when nobody publishes. */
export const REACH_CRON = '0 30 4 * * *'
/** Deliveries are picked up every second. */
export const DELIVERY_CRON = '* * * * * *'

/** Tasks that repair what a stopped process left half-done; a worker runs them as it starts. */
export const RECOVERY_TASKS = [SWEEP_TASK] as const

/** The error code of a group copy a person has to post by hand: a task, not a failure. */
export const HANDOFF = 'handoff'
