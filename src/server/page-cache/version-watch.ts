/**
 * The site's content version as one web process knows it. A version read at time t is trusted
 * until t + checkMs; after that a request waits for a new read, so no page of an older version is
 * served more than checkMs after the change was committed. Under steady traffic the next read
 * starts a quarter earlier, in the background, so readers do not wait for it.
 * Reads are shared: at most one in flight, about one per checkMs while there is traffic.
 */
export const createVersionWatch = (read: () => Promise<string>, checkMs: number) => {
  let known: { readAt: number; version: string } | undefined
  let pending: Promise<string> | undefined

  const refresh = () => {
    if (!pending) {
      const readAt = Date.now()
      pending = read()
        .then((version) => {
          if (!known || readAt >= known.readAt) known = { readAt, version }
          return version
        })
        .finally(() => (pending = undefined))
    }
    return pending
  }

  /** The version, or a promise of it; rejects when it cannot be read (then nothing is cached). */
  const current = (): Promise<string> | string => {
    const age = known ? Date.now() - known.readAt : Infinity
    if (known && age < checkMs) {
      if (age >= checkMs * 0.75) refresh().catch(() => undefined)
      return known.version
    }
    return refresh()
  }

  return { current }
}

export type VersionWatch = ReturnType<typeof createVersionWatch>
