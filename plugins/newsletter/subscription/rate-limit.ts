/**
 * Limits on the public subscribe form. Per client IP: a sliding window kept in this process (a
 * spammer hitting several web processes gets a few more tries, not a mail cannon). Per address:
 * from the subscriber's `confirmationSentAt`, in the database, so it holds across processes.
 */
export const IP_LIMIT = { max: 10, windowMs: 10 * 60_000 }
export const ADDRESS_INTERVAL_MS = 10 * 60_000

export const createWindowLimiter = (max: number, windowMs: number) => {
  const hits = new Map<string, number[]>()
  return (key: string, now = Date.now()) => {
    const recent = (hits.get(key) ?? []).filter((t) => now - t < windowMs)
    if (recent.length >= max) {
      hits.set(key, recent)
      return false
    }
    recent.push(now)
    hits.set(key, recent)
    // Forget idle keys now and then so the map does not grow without bound.
    if (hits.size > 10_000)
      for (const [k, v] of hits) if (!v.some((t) => now - t < windowMs)) hits.delete(k)
    return true
  }
}

/** Whether another email may go to an address that got one at `lastSentAt`. */
export const addressMayReceive = (lastSentAt: null | string | undefined, now = Date.now()) =>
  !lastSentAt || now - new Date(lastSentAt).getTime() >= ADDRESS_INTERVAL_MS
