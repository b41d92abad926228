import type { Payload } from 'payload'

import { acceptsGzip, notModified } from './conditional'
import type { FeedKey } from './feed-keys'
import { refreshFeed, storedFeed, storedValidators } from './feed-store'

/** How long a server trusts its copy before asking the database whether the worker rebuilt it. */
export const REVALIDATE_MS = 1000
const MAX_AGE_S = 300

type Cached = {
  checkedAt: number
  etag: string
  gzipEtag: string
  headers: Record<string, string>
  lastModified: Date
  xml: Buffer
}

const memory = new Map<FeedKey, Cached>()

const toCached = (feed: { etag: string; lastModified: string; xml: string }): Cached => {
  const lastModified = new Date(feed.lastModified)
  return {
    checkedAt: Date.now(),
    etag: feed.etag,
    gzipEtag: `${feed.etag.slice(0, -1)}-gz"`,
    headers: {
      'Cache-Control': `public, max-age=${MAX_AGE_S}`,
      'Last-Modified': lastModified.toUTCString(),
      Vary: 'Accept-Encoding',
    },
    lastModified,
    xml: Buffer.from(feed.xml),
  }
}

/**
 * The current bytes of a feed: from memory, checked against the stored ETag at most once a second;
 * a feed nobody built yet is built now. Null when the feed does not exist (unknown unit).
 */
export const currentFeed = async (payload: Payload, key: FeedKey): Promise<Cached | null> => {
  const hit = memory.get(key)
  const now = Date.now()
  if (hit && now - hit.checkedAt < REVALIDATE_MS) return hit
  if (hit) {
    const stored = await storedValidators(payload, key)
    if (stored?.etag === hit.etag) {
      hit.checkedAt = now
      return hit
    }
  }
  const feed = (await storedFeed(payload, key)) ?? (await refreshFeed(payload, key))
  if (!feed) {
    memory.delete(key)
    return null
  }
  const cached = toCached(feed)
  memory.set(key, cached)
  return cached
}

/**
 * A feed as an HTTP response: 304 when the client's copy is current. Next.js gzips the body for
 * clients that take it (a route handler cannot send its own encoded bytes: Next.js drops their
 * Content-Encoding), so the gzip representation gets its own strong tag; zlib's output for the same
 * bytes is always the same, which keeps that tag honest.
 */
export const feedResponse = (request: Request, feed: Cached): Response => {
  const gzip = acceptsGzip(request.headers.get('accept-encoding'))
  const headers: Record<string, string> = { ...feed.headers, ETag: gzip ? feed.gzipEtag : feed.etag }
  const conditional = { ifModifiedSince: request.headers.get('if-modified-since'), ifNoneMatch: request.headers.get('if-none-match') }
  // Either representation's tag proves the client has this version.
  if (notModified(conditional, { etag: feed.etag, lastModified: feed.lastModified }) || notModified(conditional, { etag: feed.gzipEtag, lastModified: feed.lastModified })) {
    return new Response(null, { headers, status: 304 })
  }
  headers['Content-Type'] = 'application/rss+xml; charset=utf-8'
  headers['Content-Length'] = String(feed.xml.byteLength)
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(feed.xml), { headers, status: 200 })
}

export const notFoundFeed = () =>
  new Response('Nie ma takiego kanału RSS. Listę kanałów znajdziesz na stronie /kanaly-rss.', {
    headers: { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'text/plain; charset=utf-8' },
    status: 404,
  })
