/**
 * How many failed logins (and password-reset requests) one client address may make. The limit is
 * per client, never per account: a lock on the account would let anyone who knows a staff
 * member's e-mail lock them out from elsewhere. 60 an hour is far more than an office behind one
 * address mistypes, and far too few to guess a password.
 */
export const LOGIN_LIMIT = { max: 60, windowMs: 60 * 60_000 }

/**
 * Whether a client with `recent` attempts in the window (this one included) must wait, and how
 * many seconds: until its oldest attempt in the window leaves it.
 */
export const loginWait = (
  recent: number,
  oldestAt: Date | null,
  now: number,
  limit = LOGIN_LIMIT,
): null | number => {
  if (recent <= limit.max || !oldestAt) return null
  return Math.max(1, Math.ceil((oldestAt.getTime() + limit.windowMs - now) / 1000))
}

/** "za 59 min" / "in 59 min": minutes, rounded up. */
export const waitInMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))
