const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * How far `at` lies from `now` in words of the language ("3 dni temu", "za 2 godziny", "wczoraj"):
 * minutes within the hour, hours within two days, days beyond.
 */
export const relativeTime = (at: Date, now: Date, language: string): string => {
  const diff = at.getTime() - now.getTime()
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  const size = Math.abs(diff)
  // At least a minute: "ta minuta" would not read as a time.
  const minutes = Math.max(1, Math.round(size / MINUTE))
  if (size < HOUR) return format.format(diff < 0 ? -minutes : minutes, 'minute')
  if (size < 2 * DAY) return format.format(Math.round(diff / HOUR), 'hour')
  return format.format(Math.round(diff / DAY), 'day')
}
