import type { SanitizedConfig } from 'payload'

import { getLocalI18n } from 'payload'

import { translator } from './translate'

/**
 * `translator` in the install's language (the config's fallback language), for texts made outside
 * a request: the worker's, those stored on records, and e-mails to residents.
 */
export const installTranslator = async <Key extends string>(payload: { config: SanitizedConfig }) =>
  translator<Key>(
    await getLocalI18n({ config: payload.config, language: payload.config.i18n.fallbackLanguage }),
  )
