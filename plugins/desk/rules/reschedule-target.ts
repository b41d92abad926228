import { type DayKey, isDayKey, wallTime, type WallTime, zonedInstant } from './zoned-time'

/** Where a post is dropped: a day (month view) or a day and an hour (week view). */
export type DropTarget = { day: DayKey; hour?: number }

export type Reschedule =
  { at: Date; ok: true } | { ok: false; reason: 'invalid' | 'past' | 'unchanged' }

const check = (current: Date, at: Date, now: Date): Reschedule => {
  if (Number.isNaN(at.getTime())) return { ok: false, reason: 'invalid' }
  if (at.getTime() === current.getTime()) return { ok: false, reason: 'unchanged' }
  // A time already gone would publish an approved post at once: that is "Opublikuj teraz", not a move.
  if (at.getTime() <= now.getTime()) return { ok: false, reason: 'past' }
  return { at, ok: true }
}

/**
 * The new `publishAt` of a post dropped on a day (keeping its time of day on the gmina's clocks)
 * or on a day and hour (keeping its minutes), refused when it is no move or lies in the past.
 */
export const rescheduleTarget = (
  current: Date,
  target: DropTarget,
  now: Date,
  timeZone: string,
): Reschedule => {
  if (!isDayKey(target.day)) return { ok: false, reason: 'invalid' }
  if (
    target.hour !== undefined &&
    !(Number.isInteger(target.hour) && target.hour >= 0 && target.hour < 24)
  )
    return { ok: false, reason: 'invalid' }
  const was = wallTime(current, timeZone)
  const at = zonedInstant(
    { day: target.day, hour: target.hour ?? was.hour, minute: was.minute },
    timeZone,
  )
  return check(current, at, now)
}

/** A `datetime-local` input's value (`YYYY-MM-DDTHH:MM`) as the wall time it names, if it is one. */
export const parseLocalInput = (value: string): null | WallTime => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!match || !isDayKey(match[1])) return null
  const hour = Number(match[2])
  const minute = Number(match[3])
  return hour < 24 && minute < 60 ? { day: match[1], hour, minute } : null
}

/** An instant as a `datetime-local` input shows it on the gmina's clocks. */
export const toLocalInput = (at: Date, timeZone: string): string => {
  const w = wallTime(at, timeZone)
  return `${w.day}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`
}

/** The new `publishAt` typed in the keyboard's date-time input, with the same refusals as a drop. */
export const rescheduleToInput = (
  current: Date,
  value: string,
  now: Date,
  timeZone: string,
): Reschedule => {
  const wall = parseLocalInput(value)
  return wall ? check(current, zonedInstant(wall, timeZone), now) : { ok: false, reason: 'invalid' }
}
