import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The dev mailbox's texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type DevMailboxTranslations = typeof pl
export type DevMailboxTranslationKeys = NestedKeysStripped<DevMailboxTranslations>
