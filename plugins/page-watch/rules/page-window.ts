/**
 * Which part of the Page a pass reads. The first pass reads the whole report window; later ones
 * read only what came after the last complete pass, reaching back `rereadDays` so that posts
 * edited or deleted on Facebook since are noticed. Never before the report window.
 */
export const passSince = (input: {
  completedThrough: Date | null
  now: Date
  rereadDays: number
  windowMonths: number
}): Date => {
  const start = windowStart(input.now, input.windowMonths)
  if (!input.completedThrough) return start
  const reread = new Date(input.completedThrough.getTime() - input.rereadDays * 86_400_000)
  return reread > start ? reread : start
}

/** The first instant of the report window: the first day of the month `months - 1` months back (UTC). */
export const windowStart = (now: Date, months: number): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1))

/** Facebook's `since` is in unix seconds. */
export const unixSeconds = (at: Date) => String(Math.floor(at.getTime() / 1000))

/**
 * The cursor of the next page, or null when the list is done. Facebook sends `paging.next` only
 * while more posts follow; its cursor is the one in `paging.cursors.after`.
 */
export const nextCursor = (paging: unknown): null | string => {
  const p = paging as { cursors?: { after?: unknown }; next?: unknown } | null | undefined
  if (typeof p?.next !== 'string' || !p.next) return null
  if (typeof p.cursors?.after === 'string' && p.cursors.after) return p.cursors.after
  try {
    return new URL(p.next).searchParams.get('after')
  } catch {
    return null
  }
}
