import type { CollectionSlug } from 'payload'

/** The collection holding the e-mails the instance sent while the dev mailbox was on. */
export const DEV_MAILBOX = 'dev-mailbox' satisfies CollectionSlug
