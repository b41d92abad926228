/**
 * Months of the public register, as residents mean them: calendar months in the gmina's time
 * zone, so an entry made at 00:30 on 1 June (Warsaw) belongs to June, not to May.
 */
export const REGISTER_TIME_ZONE = 'Europe/Warsaw'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** `2025-05` from the URL; null when it is not a month. */
export const parseMonth = (
  raw: null | string | undefined,
): null | { month: number; year: number } => {
  const m = raw ? MONTH.exec(raw) : null
  return m ? { month: Number(m[2]), year: Number(m[1]) } : null
}

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
const offsetMinutes = (utcMs: number, timeZone: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      second: '2-digit',
      timeZone,
      year: 'numeric',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  )
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  )
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000)
}

/** The instant of local midnight on the first day of a month. */
const monthStart = (year: number, month: number, timeZone: string) => {
  const naive = Date.UTC(year, month - 1, 1)
  // Two passes: the offset at the guess may differ from the offset at the answer (DST change).
  const first = naive - offsetMinutes(naive, timeZone) * 60_000
  return new Date(naive - offsetMinutes(first, timeZone) * 60_000)
}

/** [from, to) of a month, for `greater_than_equal` / `less_than` queries. */
export const monthRange = (
  month: string,
  timeZone = REGISTER_TIME_ZONE,
): null | { from: Date; to: Date } => {
  const parsed = parseMonth(month)
  if (!parsed) return null
  const next =
    parsed.month === 12
      ? { month: 1, year: parsed.year + 1 }
      : { month: parsed.month + 1, year: parsed.year }
  return {
    from: monthStart(parsed.year, parsed.month, timeZone),
    to: monthStart(next.year, next.month, timeZone),
  }
}

/** The month (`YYYY-MM`) an instant falls in, in the zone. */
export const monthOf = (instant: Date | string, timeZone = REGISTER_TIME_ZONE) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { month: '2-digit', timeZone, year: 'numeric' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}`
}

/** Every month from `first` to `last`, newest first (the filter's options). */
export const monthsBetween = (first: string, last: string): string[] => {
  const a = parseMonth(first)
  const b = parseMonth(last)
  if (!a || !b) return []
  const out: string[] = []
  let { month, year } = b
  while (year > a.year || (year === a.year && month >= a.month)) {
    out.push(`${year}-${String(month).padStart(2, '0')}`)
    month -= 1
    if (month === 0) {
      month = 12
      year -= 1
    }
    if (out.length > 600) break
  }
  return out
}

const MONTH_NAMES = [
  'styczeń',
  'luty',
  'marzec',
  'kwiecień',
  'maj',
  'czerwiec',
  'lipiec',
  'sierpień',
  'wrzesień',
  'październik',
  'listopad',
  'grudzień',
]

/** `2025-05` → `maj 2025`. */
export const monthLabel = (month: string) => {
  const parsed = parseMonth(month)
  return parsed ? `${MONTH_NAMES[parsed.month - 1]} ${parsed.year}` : month
}
