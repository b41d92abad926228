import { BIP_REFERENCES, POSTS, UNITS } from '../../src/domain/slugs'
import { POLL_CRON } from './constants'
import type { BipWatchPluginOptions, ResolvedOptions } from './types'

export const resolveOptions = (options: BipWatchPluginOptions = {}): ResolvedOptions => ({
  autoRun: options.autoRun ?? true,
  collections: {
    bipReferences: BIP_REFERENCES,
    posts: POSTS,
    units: UNITS,
    ...options.collections,
  },
  cron: options.cron ?? POLL_CRON,
  disabled: options.disabled ?? false,
  http: {
    maxBytes: options.http?.maxBytes ?? 5 * 1024 * 1024,
    timeoutMs: options.http?.timeoutMs ?? 15_000,
    userAgent: options.http?.userAgent ?? 'Herold BIP watcher (+https://github.com/herold)',
  },
  limits: {
    imports: options.limits?.imports ?? 50,
    recheckAfterMs: options.limits?.recheckAfterMs ?? 6 * 3600_000,
    rechecks: options.limits?.rechecks ?? 20,
  },
})
