import { idOf } from '../../src/access/roles'
import { type Option, polishLabelOf } from '../../src/domain/labels'
import { shortText } from './change'

/** How audit specs show field values in the log's one-line summaries. */
export const yesNo = (value: unknown) => (value ? 'tak' : 'nie')

export const labelled = (options: readonly Option[]) => (value: unknown) =>
  polishLabelOf(options, value as string) || '—'

export const labelledList = (options: readonly Option[]) => (value: unknown) =>
  Array.isArray(value) && value.length
    ? value.map((v) => polishLabelOf(options, String(v))).join(', ')
    : '—'

/** The id of a relationship value, populated or not. */
export const ref = (value: unknown) => idOf(value as Parameters<typeof idOf>[0])

export const short = (value: unknown) => shortText(value)
