const ZONE = 'Europe/Warsaw'

/** The zone's offset from UTC in minutes at an instant (Intl knows the DST rules). */
const offsetMinutes = (instant: Date): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: '2-digit',
    second: '2-digit',
    timeZone: ZONE,
    year: 'numeric',
  }).formatToParts(instant)
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'))
  return Math.round((local - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

const DATE_ISO = /(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/
const DATE_PL =
  /(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?:\s*(?:r\.)?\s*,?\s*(?:godz\.\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?/

/**
 * A date as Polish BIP pages write it (`2025-03-14 10:22:05`, `14.03.2025 10:22`, `14-03-2025`,
 * an ISO time with its zone), read as Warsaw time when no zone is given; null when there is none.
 */
export const parsePolishDate = (raw: null | string | undefined): null | string => {
  if (!raw) return null
  const text = raw.trim()
  if (/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = new Date(text)
    return Number.isNaN(instant.getTime()) ? null : instant.toISOString()
  }
  const iso = DATE_ISO.exec(text)
  const pl = iso ? null : DATE_PL.exec(text)
  const fields = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
    : pl
      ? [pl[3], pl[2], pl[1], pl[4], pl[5], pl[6]]
      : null
  if (!fields) return null
  const [y, mo, d, h, mi, s] = fields.map((v) => Number(v ?? 0))
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s)
  // The offset at the guessed instant, then again at the corrected one (a DST boundary between them).
  const first = asUtc - offsetMinutes(new Date(asUtc)) * 60_000
  const instant = asUtc - offsetMinutes(new Date(first)) * 60_000
  return new Date(instant).toISOString()
}

/** A feed's date (RFC 822 in RSS, RFC 3339 in Atom) as ISO, or null. */
export const parseFeedDate = (raw: unknown): null | string => {
  if (typeof raw !== 'string' || !raw.trim()) return null
  const instant = new Date(raw.trim())
  return Number.isNaN(instant.getTime()) ? parsePolishDate(raw) : instant.toISOString()
}
