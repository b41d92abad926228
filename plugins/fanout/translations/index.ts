import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The fan-out's admin texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type FanoutTranslations = typeof pl
export type FanoutTranslationKeys = NestedKeysStripped<FanoutTranslations>
