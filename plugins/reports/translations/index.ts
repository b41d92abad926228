import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The reports' admin texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type ReportsTranslations = typeof pl
export type ReportsTranslationKeys = NestedKeysStripped<ReportsTranslations>
