/** How long to wait before the next attempt after a temporary failure: 30 s, 1, 2, 4… min, at most 1 h. */
export const retryDelayMs = (attempt: number, baseMs = 30_000, maxMs = 60 * 60_000): number =>
  Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))

export const MAX_ATTEMPTS = 8
