import { idOf } from '../../src/access/roles'
import type { Option } from '../../src/domain/labels'
import { shortText } from './change'
import { AUDIT_POLISH, type AuditTexts, labelIn } from './translate'

/** How audit specs show field values in the log's one-line summaries. */
export const yesNo = (value: unknown, { t }: AuditTexts = AUDIT_POLISH) =>
  value ? t('audit:yes') : t('audit:no')

export const labelled =
  (options: readonly Option[]) =>
  (value: unknown, { language }: AuditTexts = AUDIT_POLISH) =>
    labelIn(options, value == null ? null : String(value), language) || '—'

export const labelledList =
  (options: readonly Option[]) =>
  (value: unknown, { language }: AuditTexts = AUDIT_POLISH) =>
    Array.isArray(value) && value.length
      ? value.map((v) => labelIn(options, String(v), language)).join(', ')
      : '—'

/** The id of a relationship value, populated or not. */
export const ref = (value: unknown) => idOf(value as Parameters<typeof idOf>[0])

export const short = (value: unknown) => shortText(value)
