import { isWellFormedId } from '../../../src/domain/well-formed-id'
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../../../src/domain/taxonomy'
import { type DayKey, daysBetween, isDayKey } from './zoned-time'

/** A period of days (`to` not included) and the filters, as the calendar asks for them. */
export type CalendarQuery = {
  category?: Category
  channel?: Channel
  from: DayKey
  to: DayKey
  unit?: string
}

/** Why a query is refused: the key of the message (`desk:calendar-error-…`). */
export type CalendarQueryError = 'category' | 'channel' | 'from' | 'range' | 'to' | 'unit'

const one = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * Reads the calendar's query: `from` and `to` are days (`YYYY-MM-DD`, on the gmina's clocks),
 * `to` after `from` and at most `maxDays` later; unit, category and channel optional and known.
 * Anything else (arrays, objects, unknown values) is refused rather than ignored.
 */
export const parseCalendarQuery = (
  query: Record<string, unknown>,
  { idType, maxDays }: { idType: 'number' | 'text'; maxDays: number },
): { error: CalendarQueryError; ok: false } | { ok: true; query: CalendarQuery } => {
  const from = query.from
  const to = query.to
  if (!isDayKey(from)) return { error: 'from', ok: false }
  if (!isDayKey(to)) return { error: 'to', ok: false }
  const days = daysBetween(from, to)
  if (days < 1 || days > maxDays) return { error: 'range', ok: false }
  const result: CalendarQuery = { from, to }
  if (query.unit !== undefined && query.unit !== '') {
    if (!one(query.unit) || !isWellFormedId(query.unit, idType)) return { error: 'unit', ok: false }
    result.unit = query.unit as string
  }
  if (query.category !== undefined && query.category !== '') {
    const category = CATEGORIES.find((c) => c.value === query.category)
    if (!category) return { error: 'category', ok: false }
    result.category = category.value
  }
  if (query.channel !== undefined && query.channel !== '') {
    const channel = CHANNELS.find((c) => c.value === query.channel)
    if (!channel) return { error: 'channel', ok: false }
    result.channel = channel.value
  }
  return { ok: true, query: result }
}
