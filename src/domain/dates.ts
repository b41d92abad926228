const DATE = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'Europe/Warsaw' })
const DATE_TIME = new Intl.DateTimeFormat('pl-PL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Warsaw',
})

/** Dates as residents read them: Polish, in the gmina's time zone. */
export const polishDate = (iso: null | string | undefined, withTime = false) =>
  iso ? (withTime ? DATE_TIME : DATE).format(new Date(iso)) : ''

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** The wall-clock parts of an instant in a time zone. */
const wallClock = (at: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    day: 'numeric',
    hour: 'numeric',
    hourCycle: 'h23',
    minute: 'numeric',
    month: 'numeric',
    second: 'numeric',
    timeZone,
    weekday: 'short',
    year: 'numeric',
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(part(type))
  return {
    asUtc: Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')),
    date: [n('year'), n('month') - 1, n('day')] as const,
    weekday: WEEKDAYS.indexOf(part('weekday')),
  }
}

/** Monday 00:00 of the week `now` falls in, as the gmina's clocks show it (Europe/Warsaw). */
export const startOfWeek = (now: Date, timeZone = 'Europe/Warsaw'): Date => {
  const { date, weekday } = wallClock(now, timeZone)
  const midnight = Date.UTC(date[0], date[1], date[2] - weekday)
  // The zone's offset at that midnight (twice: the first guess may sit across a DST change).
  let at = midnight
  for (let i = 0; i < 2; i++) at = midnight - (wallClock(new Date(at), timeZone).asUtc - at)
  return new Date(at)
}
