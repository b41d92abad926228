import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { messagesCollection } from './collections/messages'
import { devMailboxAdapter } from './email/adapter'
import { translations } from './translations'
import type { DevMailboxOptions } from './types'

export type { DevMailboxOptions } from './types'

/**
 * The dev mailbox: with `enabled`, every e-mail the instance sends (double opt-in, notifications,
 * complaint answers) is kept in the "Poczta testowa" collection for admins to read, instead of
 * going anywhere. The app enables it only in development without SMTP. The collection is there
 * either way, so development and production share one schema.
 */
export const devMailboxPlugin =
  (options: DevMailboxOptions) =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), messagesCollection(options.enabled)],
    email: options.enabled ? devMailboxAdapter(options) : config.email,
    i18n: {
      ...config.i18n,
      translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
    },
  })
