import type { CollectionSlug } from 'payload'

/** Slugs of the fan-out's own collections. */
export const DELIVERIES = 'deliveries' satisfies CollectionSlug
export const ATTEMPTS = 'delivery-attempts' satisfies CollectionSlug
export const ACCOUNTS = 'channel-accounts' satisfies CollectionSlug
export const FEEDS = 'rss-feeds' satisfies CollectionSlug
