import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The newsletter's admin texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type NewsletterTranslations = typeof pl
export type NewsletterTranslationKeys = NestedKeysStripped<NewsletterTranslations>
