// How long a delivery waits before its next attempt, and how many attempts it gets.
/** How long to wait before the next attempt after a temporary failure: 30 s, 1, 2, 4… min, at most 1 h. */
export const retryDelayMs = (attempt: number, baseMs = 30_000, maxMs = 60 * 60_000): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))

export const MAX_ATTEMPTS = 8

/**
 * An urgent alert's first retries come within seconds: a Graph hiccup (a 500, a timeout) is
 * usually over by then, and a water outage warning cannot wait the normal 30 s, 1 min… Only
 * after these does an urgent delivery back off like any other.
 */
export const URGENT_QUICK_RETRIES_MS = [2_000, 5_000, 15_000] as const

/** The delay before the attempt after `attempt` failed; urgent deliveries start with the quick retries. */
export const nextRetryDelayMs = (attempt: number, urgent: boolean): number => {
  if (!urgent) return retryDelayMs(attempt)
  const quick = URGENT_QUICK_RETRIES_MS[attempt - 1]
  return quick ?? retryDelayMs(attempt - URGENT_QUICK_RETRIES_MS.length)
}

/** Attempts before a delivery fails for good: the quick retries come on top of the normal ones. */
export const maxAttempts = (urgent: boolean) =>
  MAX_ATTEMPTS + (urgent ? URGENT_QUICK_RETRIES_MS.length : 0)
