import type { IncomingMessage, ServerResponse } from 'node:http'

import { gzipSync } from 'node:zlib'

import { acceptsGzip, notModified } from '../../plugins/fanout/rss/conditional'

/** The gzip representation's own strong tag, derived as the feed route derives it. */
const gzipEtagOf = (etag: string) => `${etag.slice(0, -1)}-gz"`

/** Feed URLs the edge answers itself; anything else goes to Next.js untouched. */
export const FEED_URL = /^\/feeds\/(?:all|units\/[a-z0-9-]+|categories\/[a-z0-9-]+)\.xml$/

type Entry = { body: Buffer; cacheControl: string; etag: string; fetchedAt: number; gzip: Buffer; lastModified: Date }

/**
 * A micro-cache in front of the feed routes, in the same process as Next.js. Feed readers poll
 * all day, mostly to hear "304 Not Modified"; through Next.js's request pipeline that costs ~1 ms of
 * CPU each (bench:rss), here a few µs. The cache asks the feed route itself at most once per
 * `ttlMs` (the route checks the stored feed's ETag), so a change is served within that time, and
 * it compresses each version once (a route handler cannot send pre-compressed bytes).
 */
export const createFeedEdge = (origin: () => string, ttlMs = 1000) => {
  const entries = new Map<string, Entry>()
  const pending = new Map<string, Promise<Entry | null>>()

  const revalidate = async (path: string): Promise<Entry | null> => {
    const current = entries.get(path)
    const res = await fetch(`${origin()}${path}`, { headers: { 'accept-encoding': 'identity', ...(current ? { 'if-none-match': current.etag } : {}) } })
    if (res.status === 304 && current) {
      current.fetchedAt = Date.now()
      return current
    }
    if (res.status !== 200) {
      // Not a feed (404) or the route failed: Next.js answers it, nothing is kept.
      entries.delete(path)
      await res.arrayBuffer()
      return null
    }
    const body = Buffer.from(await res.arrayBuffer())
    const entry: Entry = {
      body,
      cacheControl: res.headers.get('cache-control') ?? 'public, max-age=300',
      etag: res.headers.get('etag')!,
      fetchedAt: Date.now(),
      gzip: gzipSync(body, { level: 9 }),
      lastModified: new Date(res.headers.get('last-modified') ?? Date.now()),
    }
    entries.set(path, entry)
    return entry
  }

  const current = (path: string): Entry | Promise<Entry | null> => {
    const entry = entries.get(path)
    if (entry && Date.now() - entry.fetchedAt < ttlMs) return entry
    let loading = pending.get(path)
    if (!loading) {
      loading = revalidate(path).finally(() => pending.delete(path))
      pending.set(path, loading)
    }
    // Readers are not kept waiting on a revalidation when a copy exists: it is at most a second old.
    return entry ?? loading
  }

  /** Answers a feed request; false when Next.js should (not a feed, or no feed there). */
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url || !FEED_URL.test(req.url)) return false
    let entry: Entry | null
    try {
      entry = await current(req.url)
    } catch {
      return false
    }
    if (!entry) return false
    const gzip = acceptsGzip(req.headers['accept-encoding'])
    const gzipEtag = gzipEtagOf(entry.etag)
    const headers: Record<string, number | string> = {
      'Cache-Control': entry.cacheControl,
      ETag: gzip ? gzipEtag : entry.etag,
      'Last-Modified': entry.lastModified.toUTCString(),
      Vary: 'Accept-Encoding',
    }
    const conditional = { ifModifiedSince: req.headers['if-modified-since'], ifNoneMatch: req.headers['if-none-match'] }
    if (notModified(conditional, { etag: entry.etag, lastModified: entry.lastModified }) || notModified(conditional, { etag: gzipEtag, lastModified: entry.lastModified })) {
      res.writeHead(304, headers).end()
      return true
    }
    const body = gzip ? entry.gzip : entry.body
    res.writeHead(200, { ...headers, 'Content-Length': body.length, 'Content-Type': 'application/rss+xml; charset=utf-8', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) })
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }

  return { serve }
}
