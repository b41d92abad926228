import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The Page watcher's texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type PageWatchTranslations = typeof pl
export type PageWatchTranslationKeys = NestedKeysStripped<PageWatchTranslations>
