import type { CollectionSlug, GlobalSlug } from 'payload'

/** Slugs of the newsletter's collections and its settings global. */
export const SUBSCRIBERS = 'newsletter-subscribers' satisfies CollectionSlug
export const CAMPAIGNS = 'newsletter-campaigns' satisfies CollectionSlug
export const RECIPIENTS = 'newsletter-recipients' satisfies CollectionSlug
export const RETRY_CLAIMS = 'newsletter-retry-claims' satisfies CollectionSlug
export const PRIVACY_REQUESTS = 'newsletter-privacy-requests' satisfies CollectionSlug

export const NEWSLETTER_SETTINGS = 'newsletter-settings' satisfies GlobalSlug
