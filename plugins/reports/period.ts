import { monthOf, monthsBetween, parseMonth } from '../../src/domain/register-month'
import { type ReportsT, reportsPolish } from './translate'

export type ReportPeriod = { from: string; months: string[]; to: string }

/** The default: the current month and the five before it. */
export const DEFAULT_MONTHS = 6
/** A report over more months than this is a different question (and a slow page). */
export const MAX_MONTHS = 36

const shift = (month: string, by: number) => {
  const { month: m, year } = parseMonth(month)!
  const index = year * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * The months a report covers, from `od` and `do` (YYYY-MM) in the query. Missing values take the
 * default; bad ones are explained (in `t`'s language) and the default is used instead, so the page
 * still works.
 */
export const parseReportPeriod = (
  query: { do?: unknown; od?: unknown },
  now = new Date(),
  t: ReportsT = reportsPolish,
): ReportPeriod & { errors: string[] } => {
  const errors: string[] = []
  const current = monthOf(now)
  const read = (raw: unknown, name: string) => {
    if (raw == null || raw === '') return null
    if (typeof raw === 'string' && parseMonth(raw)) return raw
    errors.push(t('reports:error-badMonth', { name, value: String(raw).slice(0, 20) }))
    return null
  }
  let to = read(query.do, 'do') ?? current
  let from = read(query.od, 'od') ?? shift(to, -(DEFAULT_MONTHS - 1))
  if (from > to) {
    errors.push(t('reports:error-reversed'))
    from = shift(to, -(DEFAULT_MONTHS - 1))
  }
  if (monthsBetween(from, to).length > MAX_MONTHS) {
    errors.push(t('reports:error-tooLong', { max: MAX_MONTHS }))
    from = shift(to, -(MAX_MONTHS - 1))
  }
  if (to > current && from > current) {
    errors.push(t('reports:error-future'))
    to = current
    from = shift(current, -(DEFAULT_MONTHS - 1))
  }
  return { errors, from, months: monthsBetween(from, to).reverse(), to }
}

/** Whether an instant falls in the period (months in the gmina's time zone). */
export const inPeriod = (
  period: Pick<ReportPeriod, 'from' | 'to'>,
  instant: Date | null | string | undefined,
) => {
  if (!instant) return false
  const month = monthOf(instant)
  return month >= period.from && month <= period.to
}
