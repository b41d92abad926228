import type { CollectionSlug, GlobalSlug } from 'payload'

/** Slugs of the newsletter's collections and its settings global. */
export const SUBSCRIBERS = 'newsletter-subscribers' satisfies CollectionSlug
export const CAMPAIGNS = 'newsletter-campaigns' satisfies CollectionSlug
export const RECIPIENTS = 'newsletter-recipients' satisfies CollectionSlug
export const RETRY_CLAIMS = 'newsletter-retry-claims' satisfies CollectionSlug
export const PRIVACY_REQUESTS = 'newsletter-privacy-requests' satisfies CollectionSlug

export const NEWSLETTER_SETTINGS = 'newsletter-settings' satisfies GlobalSlug

/** The digests' time zone until the settings choose another. */
export const DEFAULT_TIME_ZONE = 'Europe/Warsaw'

/** Slugs of the plugin's tasks on Payload's Jobs Queue. */
export const NEWSLETTER_BATCH_TASK = 'newsletterBatch'
export const NEWSLETTER_MAINTENANCE_TASK = 'newsletterMaintenance'
export const NEWSLETTER_BOUNCE_MAILBOX_TASK = 'newsletterBounceMailbox'

/** Where read mails of the bounce mailbox go: nothing there is ever deleted. */
export const PROCESSED_MAILBOX = 'Processed'
export const UNRECOGNISED_MAILBOX = 'Unrecognised'

/** Tasks that repair what a stopped process left half-done; a worker runs them as it starts. */
export const NEWSLETTER_RECOVERY_TASKS = [NEWSLETTER_MAINTENANCE_TASK] as const

/** How often the worker reads the bounce mailbox (seconds first, as the jobs queue's crons). */
export const BOUNCE_MAILBOX_CRON = '0 * * * * *'
