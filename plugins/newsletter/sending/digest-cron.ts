/** The days of the week as the settings store them, Monday first as Polish calendars are. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** A digest's schedule as editors choose it: which days, at what time (HH:MM, 24-hour). */
export type DigestSchedule = { days: Weekday[]; time: string }

// Cron numbers Sunday 0 (and 7) and Monday 1.
const CRON_DAY: Record<Weekday, number> = { fri: 5, mon: 1, sat: 6, sun: 0, thu: 4, tue: 2, wed: 3 }
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/

/** "07:00" → { hour: 7, minute: 0 }; null for anything that is not a time of day. */
export const parseTime = (time: string) => {
  const match = TIME.exec(time.trim())
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The cron expression of a schedule; null without a day or a valid time. */
export const scheduleToCron = ({ days, time }: DigestSchedule): null | string => {
  const at = parseTime(time)
  const chosen = WEEKDAYS.filter((day) => days.includes(day))
  if (!at || !chosen.length) return null
  const dow = chosen.length === 7 ? '*' : chosen.map((day) => CRON_DAY[day]).join(',')
  return `${at.minute} ${at.hour} * * ${dow}`
}

const cronNumber = (text: string, max: number) =>
  /^\d{1,2}$/.test(text) && Number(text) <= max ? Number(text) : null

// One entry of the day-of-week field: a number 0-7, a three-letter name, or a range of either.
const dayNumber = (text: string) => {
  const name = DAY_NAMES.indexOf(text.toLowerCase())
  return name >= 0 ? name : cronNumber(text, 7)
}

const daysOf = (field: string): null | Set<number> => {
  if (field === '*') return new Set([0, 1, 2, 3, 4, 5, 6])
  const days = new Set<number>()
  for (const part of field.split(',')) {
    const [from, to, ...rest] = part.split('-').map(dayNumber)
    if (from === null || from === undefined || to === null || rest.length) return null
    for (let day = from; day <= (to ?? from); day++) days.add(day % 7)
  }
  return days
}

/**
 * The days and time a stored cron expression stands for, when it is one the editors' fields can
 * show: a fixed minute and hour, every day of the month and month, and some days of the week
 * (an optional seconds field must be 0). Anything else (every 15 minutes, the 1st of the month)
 * is null: the expression stays as it is until someone chooses days and a time.
 */
export const cronToSchedule = (cron: null | string | undefined): DigestSchedule | null => {
  const fields = (cron ?? '').trim().split(/\s+/)
  if (fields.length === 6 && fields.shift() !== '0') return null
  if (fields.length !== 5) return null
  const [minuteField, hourField, dayOfMonth, month, dayOfWeek] = fields
  const minute = cronNumber(minuteField, 59)
  const hour = cronNumber(hourField, 23)
  const days = daysOf(dayOfWeek)
  if (minute === null || hour === null || dayOfMonth !== '*' || month !== '*' || !days?.size)
    return null
  return {
    days: WEEKDAYS.filter((day) => days.has(CRON_DAY[day])),
    time: `${pad(hour)}:${pad(minute)}`,
  }
}

/** Whether the runtime knows a time-zone name (the scheduler would reject an unknown one). */
export const isTimeZone = (name: unknown) => {
  if (typeof name !== 'string' || !name) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/**
 * The expression to store when the settings are saved: the chosen days and time when they differ
 * from what the stored expression shows (the editor changed the schedule), otherwise the
 * expression as given, so a save that leaves the fields alone keeps an expression they cannot show.
 */
export const cronOnSave = (
  chosen: { days?: null | string[]; time?: null | string },
  stored: null | string | undefined,
  given: null | string | undefined,
) => {
  const days = WEEKDAYS.filter((day) => chosen.days?.includes(day))
  const derived = scheduleToCron({ days, time: chosen.time ?? '' })
  const shown = cronToSchedule(stored)
  return derived && derived !== (shown && scheduleToCron(shown)) ? derived : given
}
