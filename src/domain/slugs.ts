import type { CollectionSlug, GlobalSlug } from 'payload'

/**
 * Slugs of the app's own collections and globals, named once for the collections, the plugins
 * and the app. The plugins' collections are named in each plugin's `constants.ts`.
 */
export const POSTS = 'posts' satisfies CollectionSlug
export const BIP_REFERENCES = 'bip-references' satisfies CollectionSlug
export const MEDIA = 'media' satisfies CollectionSlug
export const DISCUSSION_RULES = 'discussion-rules' satisfies CollectionSlug
export const MODERATION_ENTRIES = 'moderation-entries' satisfies CollectionSlug
export const COMPLAINTS = 'complaints' satisfies CollectionSlug
export const SOCIAL_COMMENTS = 'social-comments' satisfies CollectionSlug
export const UNITS = 'units' satisfies CollectionSlug
export const USERS = 'users' satisfies CollectionSlug
export const LOGIN_ATTEMPTS = 'login-attempts' satisfies CollectionSlug

export const CATEGORY_POLICY = 'category-policy' satisfies GlobalSlug
export const ACCESSIBILITY_STATEMENT = 'accessibility-statement' satisfies GlobalSlug
