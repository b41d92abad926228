import type { SanitizedConfig } from 'payload'

import type { Option } from '../../src/domain/labels'
import { installTranslator } from '../../src/domain/install-translator'
import { translator } from '../../src/domain/translate'
import type { AuditTranslationKeys } from './translations'
import { pl } from './translations/pl'

export type AuditT = (key: AuditTranslationKeys, vars?: Record<string, unknown>) => string

/** What the log's stored texts are written with: `t`, and the language of option labels. */
export type AuditTexts = { language: string; t: AuditT }

/** Polish: the default of the pure functions. */
export const AUDIT_POLISH: AuditTexts = {
  language: 'pl',
  t: translator<AuditTranslationKeys>({ translations: pl }),
}

/** The install's language: summaries and titles are stored, read later by anyone. */
export const auditTexts = async (payload: { config: SanitizedConfig }): Promise<AuditTexts> => ({
  language: payload.config.i18n.fallbackLanguage,
  t: await installTranslator<AuditTranslationKeys>(payload),
})

/** An option's label in the given language (Polish unless English), else the value itself. */
export const labelIn = (options: readonly Option[], value: null | string, language: string) =>
  options.find((o) => o.value === value)?.label[language === 'en' ? 'en' : 'pl'] ?? value ?? ''
