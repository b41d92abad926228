import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'

import { acceptsGzip, gzipEtagOf, notModified } from '../../plugins/fanout/exports/feed-http'
import type { VersionWatch } from './page-cache/version-watch'

import { SECURITY_HEADERS } from './security-headers'

/**
 * Marks the edge's own requests to the feed route: they come back through this server and must
 * reach Next.js, not wait on themselves in the edge. A random value per process, so readers
 * cannot use it to skip the cache.
 */
const EDGE_HEADER = 'x-herold-feed-edge'

/** Feed URLs the edge answers itself; anything else goes to Next.js untouched. */
export const FEED_URL = /^\/feeds\/(?:all|units\/[a-z0-9-]+|categories\/[a-z0-9-]+)\.xml$/

type Entry = {
  body: Buffer
  cacheControl: string
  etag: string
  fetchedAt: number
  gzip: Buffer
  lastModified: Date
  /** The site's content version when the copy was asked for (undefined: it was not known). */
  version?: string
}

/**
 * A micro-cache in front of the feed routes, in the same process as Next.js. Feed readers poll
 * all day, mostly to hear "304 Not Modified"; through Next.js's request pipeline that costs ~1 ms of
 * CPU each (bench:rss), here a few µs. A copy is served without asking only while it is younger
 * than `ttlMs`; after that the request waits while the edge asks the feed route (which checks the
 * stored feed's ETag), so no reader gets a copy more than `ttlMs` old. Each version is compressed
 * once (a route handler cannot send pre-compressed bytes). Given the site's content version (which
 * a withdrawal renews in the same write that rebuilds its feeds), a copy is also asked for again
 * as soon as the version changes, as the page cache's pages are.
 */
export const createFeedEdge = (origin: () => string, ttlMs = 1000, version?: VersionWatch) => {
  const entries = new Map<string, Entry>()
  const pending = new Map<string, Promise<Entry | null>>()
  const token = randomBytes(16).toString('hex')

  const fetchEntry = async (
    path: string,
    current: Entry | undefined,
    at: string | undefined,
  ): Promise<Entry | null> => {
    const res = await fetch(`${origin()}${path}`, {
      headers: {
        'accept-encoding': 'identity',
        // The route's own memory is a cache too: it checks the stored feed now.
        'cache-control': 'no-cache',
        [EDGE_HEADER]: token,
        ...(current ? { 'if-none-match': current.etag } : {}),
      },
      // A stuck route must not hold readers for long: they then get the last copy, or Next.js.
      signal: AbortSignal.timeout(10_000),
    })
    if (res.status === 304 && current) {
      return Object.assign(current, { fetchedAt: Date.now(), version: at })
    }
    if (res.status !== 200) {
      await res.arrayBuffer()
      if (res.status >= 500 && current) throw new Error(`feed route answered ${res.status}`)
      // Not a feed (404): Next.js answers it, nothing is kept.
      entries.delete(path)
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
      version: at,
    }
    entries.set(path, entry)
    return entry
  }

  /** Never rejects: nobody awaits a revalidation while a copy is served, and a rejection would end the process. */
  const revalidate = async (path: string, at: string | undefined): Promise<Entry | null> => {
    const current = entries.get(path)
    try {
      return await fetchEntry(path, current, at)
    } catch (error) {
      // The route failed or is unreachable: keep serving the last good copy, try again after ttlMs.
      console.error(
        `Feed edge: ${path} could not be revalidated:`,
        error instanceof Error ? error.message : error,
      )
      if (current) Object.assign(current, { fetchedAt: Date.now(), version: at })
      return current ?? null
    }
  }

  /** The content version now; undefined when unknown (then the copy's age alone decides). */
  const versionNow = async () => {
    try {
      return await version?.current()
    } catch {
      return undefined
    }
  }

  const current = async (path: string): Promise<Entry | null> => {
    const at = await versionNow()
    const entry = entries.get(path)
    if (entry && Date.now() - entry.fetchedAt < ttlMs && (at === undefined || entry.version === at))
      return entry
    // Requests knowing a newer version do not wait on an older version's answer.
    const id = `${at}\n${path}`
    let loading = pending.get(id)
    if (!loading) {
      loading = revalidate(path, at).finally(() => pending.delete(id))
      pending.set(id, loading)
    }
    // An older copy is never served without asking: a reader polling every 15 minutes would get
    // each change one poll late (and a withdrawn post once more). It waits for the answer instead.
    return loading
  }

  /** Answers a feed request; false when Next.js should (not a feed, or no feed there). */
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !req.url ||
      !FEED_URL.test(req.url) ||
      req.headers[EDGE_HEADER] === token
    )
      return false
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
      ...SECURITY_HEADERS,
      'Cache-Control': entry.cacheControl,
      ETag: gzip ? gzipEtag : entry.etag,
      'Last-Modified': entry.lastModified.toUTCString(),
      Vary: 'Accept-Encoding',
    }
    const conditional = {
      ifModifiedSince: req.headers['if-modified-since'],
      ifNoneMatch: req.headers['if-none-match'],
    }
    if (
      notModified(conditional, { etag: entry.etag, lastModified: entry.lastModified }) ||
      notModified(conditional, { etag: gzipEtag, lastModified: entry.lastModified })
    ) {
      res.writeHead(304, headers).end()
      return true
    }
    const body = gzip ? entry.gzip : entry.body
    res.writeHead(200, {
      ...headers,
      'Content-Length': body.length,
      'Content-Type': 'application/rss+xml; charset=utf-8',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }

  return { serve }
}
