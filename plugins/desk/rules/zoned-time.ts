/** A day as the calendar names it: `YYYY-MM-DD` on the gmina's clocks. */
export type DayKey = string

/** Wall-clock time in a zone. */
export type WallTime = { day: DayKey; hour: number; minute: number }

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (timeZone: string) => {
  let found = formatters.get(timeZone)
  if (!found) {
    found = new Intl.DateTimeFormat('en-CA', {
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      second: '2-digit',
      timeZone,
      year: 'numeric',
    })
    formatters.set(timeZone, found)
  }
  return found
}

const pad = (n: number) => String(n).padStart(2, '0')

const dayParts = (day: DayKey) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new RangeError(`not a day: ${day}`)
  return [Number(match[1]), Number(match[2]), Number(match[3])] as const
}

/** Whether the text is a real calendar day written `YYYY-MM-DD`. */
export const isDayKey = (value: unknown): value is DayKey => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = dayParts(value)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The wall-clock time of an instant in a zone. */
export const wallTime = (at: Date, timeZone: string): WallTime & { second: number } => {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

/** The day an instant falls on in a zone. */
export const dayOf = (at: Date, timeZone: string): DayKey => wallTime(at, timeZone).day

/** The day `n` days after `day` (before, for a negative `n`). */
export const addDays = (day: DayKey, n: number): DayKey => {
  const [y, m, d] = dayParts(day)
  const date = new Date(Date.UTC(y, m - 1, d + n))
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** Monday 0 … Sunday 6. */
export const weekdayOf = (day: DayKey): number => {
  const [y, m, d] = dayParts(day)
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

/** The number of days from `a` to `b`. */
export const daysBetween = (a: DayKey, b: DayKey): number => {
  const [y1, m1, d1] = dayParts(a)
  const [y2, m2, d2] = dayParts(b)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000)
}

/**
 * The instant a zone's clocks show the given wall time. A time skipped by the spring change
 * (02:30 on the last Sunday of March in Warsaw) reads as the same time an hour later, as clocks do;
 * a time repeated in autumn reads as its first occurrence.
 */
export const zonedInstant = ({ day, hour, minute }: WallTime, timeZone: string): Date => {
  const [y, m, d] = dayParts(day)
  const asUtc = Date.UTC(y, m - 1, d, hour, minute)
  const offsetAt = (at: number) => {
    const w = wallTime(new Date(at), timeZone)
    const [wy, wm, wd] = dayParts(w.day)
    return Date.UTC(wy, wm - 1, wd, w.hour, w.minute, w.second) - at
  }
  // The offset an hour before and after: across a change, the earlier one gives the first occurrence.
  const before = asUtc - offsetAt(asUtc - 3_600_000 * 3)
  const after = asUtc - offsetAt(asUtc + 3_600_000 * 3)
  for (const candidate of [before, after]) {
    const w = wallTime(new Date(candidate), timeZone)
    if (w.day === day && w.hour === hour && w.minute === minute) return new Date(candidate)
  }
  // In the gap: the wall time does not exist; the earlier offset moves it forward by the change.
  return new Date(before)
}
