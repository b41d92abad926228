/**
 * A least-recently-used map bounded by the bytes of what it holds, not by the number of entries:
 * a page and its compressed copies differ in size by page.
 */
export class ByteLru<V> {
  private bytes = 0
  private readonly entries = new Map<string, { size: number; value: V }>()

  constructor(private readonly maxBytes: number) {}

  get size() {
    return this.bytes
  }

  get(key: string): undefined | V {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Moved to the end: Map keeps insertion order, so the first entry is the least recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  delete(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.size
    this.entries.delete(key)
  }

  /** Keeps the value unless it alone is over the cap; evicts the least recently used beyond it. */
  set(key: string, value: V, size: number) {
    this.delete(key)
    if (size > this.maxBytes) return false
    this.entries.set(key, { size, value })
    this.bytes += size
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.bytes -= entry.size
      this.entries.delete(oldest)
    }
    return true
  }
}
