import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The notifications' texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type NotificationsTranslations = typeof pl
export type NotificationsTranslationKeys = NestedKeysStripped<NotificationsTranslations>
