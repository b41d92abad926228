import type { Payload } from 'payload'

import { polishT } from '../i18n'

import { acceptsGzip, gzipEtagOf, notModified } from './conditional'
import type { FeedKey } from './feed-keys'
import { refreshFeed, storedFeed, storedValidators } from './feed-store'

/** How long a server trusts its copy before asking the database whether the worker rebuilt it. */
export const REVALIDATE_MS = 1000
const MAX_AGE_S = 300
/** Unknown feeds remembered (to spare the database), at most this many at a time. */
const MAX_MISSING = 1000

type Headers = Record<string, string>
type Representation = { full: Headers; notModified: Headers }

/** One version of a feed, with everything a response needs computed once. */
export type CachedFeed = {
  body: Uint8Array<ArrayBuffer>
  checkedAt: number
  etag: string
  gzip: Representation
  gzipEtag: string
  lastModified: Date
  plain: Representation
}

const memory = new Map<FeedKey, CachedFeed>()
const missing = new Map<FeedKey, number>()
const loading = new Map<FeedKey, Promise<CachedFeed | null>>()

const toCached = (feed: { etag: string; lastModified: string; xml: string }): CachedFeed => {
  const lastModified = new Date(feed.lastModified)
  const xml = Buffer.from(feed.xml)
  const representation = (etag: string): Representation => {
    const notModified: Headers = {
      'Cache-Control': `public, max-age=${MAX_AGE_S}`,
      ETag: etag,
      'Last-Modified': lastModified.toUTCString(),
      Vary: 'Accept-Encoding',
    }
    return {
      full: {
        ...notModified,
        'Content-Length': String(xml.byteLength),
        'Content-Type': 'application/rss+xml; charset=utf-8',
      },
      notModified,
    }
  }
  const gzipEtag = gzipEtagOf(feed.etag)
  return {
    // Buffer.from gives a view on an ordinary ArrayBuffer; Response takes it without copying.
    body: new Uint8Array(xml.buffer as ArrayBuffer, xml.byteOffset, xml.byteLength),
    checkedAt: Date.now(),
    etag: feed.etag,
    gzip: representation(gzipEtag),
    gzipEtag,
    lastModified,
    plain: representation(feed.etag),
  }
}

const load = async (
  payload: Payload,
  key: FeedKey,
  hit: CachedFeed | undefined,
): Promise<CachedFeed | null> => {
  const now = Date.now()
  try {
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
      if (missing.size >= MAX_MISSING) missing.clear()
      missing.set(key, now)
      return null
    }
    missing.delete(key)
    const cached = toCached(feed)
    memory.set(key, cached)
    return cached
  } catch (error) {
    // The database is briefly unavailable: the last good version is better than no feed.
    if (hit) return hit
    throw error
  }
}

/**
 * The current version of a feed: from memory, checked against the stored ETag at most once a
 * second (one check at a time per feed, however many requests wait), or at once when the request
 * asks for revalidation; a feed nobody built yet is built now. Null when the feed does not exist
 * (unknown unit).
 */
export const currentFeed = async (
  payload: Payload,
  key: FeedKey,
  { revalidate = false }: { revalidate?: boolean } = {},
): Promise<CachedFeed | null> => {
  const hit = memory.get(key)
  // Read from the store now: a load under way may have read it before the change the caller heard of.
  if (revalidate) return load(payload, key, hit)
  const now = Date.now()
  if (hit && now - hit.checkedAt < REVALIDATE_MS) return hit
  const missed = missing.get(key)
  if (missed !== undefined && now - missed < REVALIDATE_MS) return null
  let pending = loading.get(key)
  if (!pending) {
    pending = load(payload, key, hit).finally(() => loading.delete(key))
    loading.set(key, pending)
  }
  return pending
}

/**
 * A feed as an HTTP response: 304 when the client's copy is current (either representation's
 * tag proves it), otherwise the XML. Next.js drops a route handler's own Content-Encoding and
 * gzips the body itself for clients that take it, so the tag says which representation they get;
 * in production the feed edge (src/server/feed-edge.ts) answers readers with bytes compressed once
 * per version and asks this route only for the identity bytes.
 */
export const feedResponse = (request: Request, feed: CachedFeed): Response => {
  const representation = acceptsGzip(request.headers.get('accept-encoding'))
    ? feed.gzip
    : feed.plain
  const conditional = {
    ifModifiedSince: request.headers.get('if-modified-since'),
    ifNoneMatch: request.headers.get('if-none-match'),
  }
  if (
    notModified(conditional, { etag: feed.etag, lastModified: feed.lastModified }) ||
    notModified(conditional, { etag: feed.gzipEtag, lastModified: feed.lastModified })
  ) {
    return new Response(null, { headers: representation.notModified, status: 304 })
  }
  return new Response(request.method === 'HEAD' ? null : feed.body, {
    headers: representation.full,
    status: 200,
  })
}

const textAnswer = (text: string, status: number, headers: Headers) => {
  const body = Buffer.from(text)
  const all = {
    ...headers,
    'Content-Length': String(body.byteLength),
    'Content-Type': 'text/plain; charset=utf-8',
  }
  return (request: Request) =>
    new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers: all, status })
}

// The public site speaks Polish, the install's language.
export const notFoundFeed = textAnswer(polishT('fanout:feedNotFound'), 404, {
  'Cache-Control': 'public, max-age=60',
})

export const feedUnavailable = textAnswer(polishT('fanout:feedUnavailable'), 503, {
  'Cache-Control': 'no-store',
  'Retry-After': '60',
})
