import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The desk's texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type DeskTranslations = typeof pl
export type DeskTranslationKeys = NestedKeysStripped<DeskTranslations>
