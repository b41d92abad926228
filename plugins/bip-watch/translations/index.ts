import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The watcher's texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type BipWatchTranslations = typeof pl
export type BipWatchTranslationKeys = NestedKeysStripped<BipWatchTranslations>
