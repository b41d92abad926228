const DATE = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'Europe/Warsaw' })
const DATE_TIME = new Intl.DateTimeFormat('pl-PL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Warsaw',
})

/** Dates as residents read them: Polish, in the gmina's time zone. */
export const polishDate = (iso: null | string | undefined, withTime = false) =>
  iso ? (withTime ? DATE_TIME : DATE).format(new Date(iso)) : ''
