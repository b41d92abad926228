import { POSTS, UNITS } from '../../src/domain/slugs'
import type { NewsletterPluginOptions, ResolvedNewsletterOptions } from './types'

/** Messages claimed and sent per job; the next job carries on from the campaign's cursor. */
export const BATCH_SIZE = 500
/** Messages claimed and not yet recorded at any time, unless the options say otherwise. */
export const IN_FLIGHT = 20
export const MAX_SMTP_ATTEMPTS = 6
/** How often a campaign held by the mail server checks whether the server takes mail again. */
export const SMTP_RECHECK_MS = 60_000
/** After how long a message claimed by a worker that died counts as uncertain. */
export const LEASE_MS = 5 * 60_000
/** The digests' schedule until the settings are saved: daily at 7:00, weekly on Mondays at 7:00. */
export const DEFAULT_DAILY_CRON = '0 7 * * *'
export const DEFAULT_WEEKLY_CRON = '0 7 * * 1'

export const resolveOptions = (options: NewsletterPluginOptions): ResolvedNewsletterOptions => ({
  bounces: {
    address: options.bounces?.address?.domain
      ? {
          domain: options.bounces.address.domain.toLowerCase(),
          localPart: (options.bounces.address.localPart || 'bounces').toLowerCase(),
        }
      : null,
    imap: options.bounces?.imap ?? (() => ({})),
    webhookSecret: options.bounces?.webhookSecret ?? (() => undefined),
  },
  clientIp: options.clientIp,
  collections: { posts: POSTS, units: UNITS, ...options.collections },
  disabled: options.disabled ?? false,
  senderName: options.senderName ?? 'Serwis informacyjny gminy',
  sending: {
    inFlight: options.sending?.inFlight ?? IN_FLIGHT,
    leaseMs: options.sending?.leaseMs ?? LEASE_MS,
  },
  siteUrl: (options.siteUrl ?? 'http://localhost:3000').replace(/\/$/, ''),
  smtp: options.smtp,
})
