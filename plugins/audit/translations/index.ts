import type { NestedKeysStripped } from '@payloadcms/translations'

import { en } from './en'
import { pl } from './pl'

/** The audit log's texts, merged into the config's i18n by the plugin. */
export const translations = { en, pl }

export type AuditTranslations = typeof pl
export type AuditTranslationKeys = NestedKeysStripped<AuditTranslations>

/** A text in both admin languages, for settings that take no function (a group, a description). */
export const inBothLanguages = (key: keyof AuditTranslations['audit']) => ({
  en: en.audit[key],
  pl: pl.audit[key],
})
