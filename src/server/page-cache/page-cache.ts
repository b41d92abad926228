import type { IncomingMessage, ServerResponse } from 'node:http'

import { randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import { ByteLru } from './byte-lru'
import { cacheableResponse, pageCacheKey } from './cache-key'
import { chooseEncoding, type PageEncoding } from './encoding'
import { matchesEtag, pageEtag } from './etag'
import type { VersionWatch } from './version-watch'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Marks the cache's own requests to Next.js (a random value per process, as in the feed edge). */
const EDGE_HEADER = 'x-herold-page-cache'

/** Headers of the hop or of the bytes as fetched: never passed on. */
const HOP = [
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
]
/** Next.js's headers about caching its own answer: a kept page gets the cache's own. */
const ABOUT_CACHING = [...HOP, 'cache-control', 'etag', 'vary']

const copyHeaders = (from: Headers, leaveOut: string[]) => {
  const headers: Record<string, string> = {}
  from.forEach((value, name) => {
    if (!leaveOut.includes(name)) headers[name] = value
  })
  return headers
}

export type PageCacheOptions = {
  /** The Payload cookie prefix: requests with any such cookie (a session) are never cached. */
  cookiePrefix: string
  /**
   * The longest a page is kept even when the version stays (ms): what appears by the clock alone (a
   * BIP entry dated ahead) shows within this time.
   */
  maxAgeMs?: number
  /** The memory the cached pages may take, all three encodings counted (bytes). */
  maxBytes?: number
  /** This server's own address, for rendering a page through Next.js. */
  origin: () => string
  /**
   * The content version the database holds, as this process knows it: how long a read is trusted
   * is the longest a withdrawn page can still be served.
   */
  version: VersionWatch
}

type Page = {
  bodies: Record<PageEncoding, Buffer>
  headers: Record<string, string>
  storedAt: number
  tags: Record<PageEncoding, string>
  version: string
}
/** Next.js's answer when it may not be kept: passed on as it is to those who waited for it. */
type Passed = { body: Buffer; headers: Record<string, string>; status: number }

/**
 * The page cache in front of Next.js for anonymous reads of the residents' site. A page is
 * rendered once per content version (concurrent misses wait for one render), compressed once with
 * gzip and brotli, and served from memory while the version the database holds stays the same.
 */
export const createPageCache = (options: PageCacheOptions) => {
  const maxAgeMs = options.maxAgeMs ?? 60_000
  const pages = new ByteLru<Page>(options.maxBytes ?? 64 * 1024 * 1024)
  const loading = new Map<string, Promise<null | Page | Passed>>()
  const token = randomBytes(16).toString('hex')

  const render = async (key: string, at: string): Promise<null | Page | Passed> => {
    const res = await fetch(`${options.origin()}${key}`, {
      headers: { accept: 'text/html', 'accept-encoding': 'identity', [EDGE_HEADER]: token },
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    })
    const body = Buffer.from(await res.arrayBuffer())
    if (!cacheableResponse(res)) {
      // Set-Cookie was meant for one visitor: each then gets Next.js's own answer.
      if (res.headers.has('set-cookie')) return null
      return { body, headers: copyHeaders(res.headers, HOP), status: res.status }
    }
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
    ])
    const page: Page = {
      bodies: { br, gzip: gz, identity: body },
      headers: copyHeaders(res.headers, ABOUT_CACHING),
      storedAt: Date.now(),
      tags: {
        br: pageEtag(at, key, 'br'),
        gzip: pageEtag(at, key, 'gzip'),
        identity: pageEtag(at, key, 'identity'),
      },
      version: at,
    }
    pages.set(key, page, body.length + gz.length + br.length + 512)
    return page
  }

  /** The page of this version: from memory, or rendered once for everybody asking at once. */
  const pageOf = (key: string, at: string): Page | Promise<null | Page | Passed> => {
    const page = pages.get(key)
    if (page && page.version === at && Date.now() - page.storedAt < maxAgeMs) return page
    const id = `${at}\n${key}`
    let pending = loading.get(id)
    if (!pending) {
      pending = render(key, at).finally(() => loading.delete(id))
      loading.set(id, pending)
    }
    return pending
  }

  const send = (req: IncomingMessage, res: ServerResponse, page: Page) => {
    const encoding = chooseEncoding(req.headers['accept-encoding'])
    const headers: Record<string, number | string> = {
      ...page.headers,
      // Browsers keep the page but ask each time (a 304 costs nothing): nothing withdrawn lingers there either.
      'Cache-Control': 'no-cache',
      ETag: page.tags[encoding],
      Vary: 'Accept-Encoding',
    }
    if (matchesEtag(req.headers['if-none-match'], Object.values(page.tags))) {
      res.writeHead(304, headers).end()
      return
    }
    const body = page.bodies[encoding]
    res.writeHead(200, {
      ...headers,
      'Content-Length': body.length,
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /** Answers an anonymous page request; false when Next.js should answer it itself. */
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.headers[EDGE_HEADER] === token) return false
    const key = pageCacheKey(req, options.cookiePrefix)
    if (!key) return false
    let result: null | Page | Passed
    try {
      result = await pageOf(key, await options.version.current())
    } catch (error) {
      // The version or the page could not be read: Next.js answers, nothing stale is served.
      console.error('Page cache:', error instanceof Error ? error.message : error)
      return false
    }
    if (!result) return false
    if ('bodies' in result) {
      send(req, res, result)
      return true
    }
    res.writeHead(result.status, { ...result.headers, 'Content-Length': result.body.length })
    res.end(req.method === 'HEAD' ? undefined : result.body)
    return true
  }

  return { serve }
}
