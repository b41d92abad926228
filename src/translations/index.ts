import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The app's own admin texts (its custom components), registered in the config's i18n. */
export const translations = { en, pl }

export type AppTranslations = typeof pl
export type AppTranslationKeys = NestedKeysStripped<AppTranslations>
