import type { I18n, NestedKeysStripped } from '@payloadcms/translations'

import { t } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The fan-out's admin texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type FanoutTranslations = typeof pl
export type FanoutTranslationKeys = NestedKeysStripped<FanoutTranslations>

/** A fan-out text in the request's language (Payload's `i18n.t` is typed for its own keys only). */
export const fanoutT = (
  i18n: Pick<I18n, 'translations'>,
  key: FanoutTranslationKeys,
  vars?: Record<string, unknown>,
) => t({ key, translations: i18n.translations, vars })
