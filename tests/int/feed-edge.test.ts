import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { gzipEtagOf, notModified } from '../../plugins/fanout/rss/conditional'
import { createFeedEdge } from '../../src/server/feed-edge'

/**
 * The feed edge wired as scripts/server.ts wires it, over real loopback HTTP: one server whose
 * handler asks the edge first and Next.js otherwise. "Next.js" here is a feed route that answers
 * like the real one (strong ETag, 304, identity bytes) and counts what reaches it.
 */

const TTL = 300
let base: string
let server: http.Server
const origin = {
  calls: [] as http.IncomingHttpHeaders[],
  down: false,
  etag: '"v1"',
  xml: '<rss version="2.0"><channel><title>v1</title></channel></rss>',
}

const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
  origin.calls.push(req.headers)
  if (!req.url?.startsWith('/feeds/all.xml'))
    return void res
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('Nie ma takiego kanału RSS.')
  if (origin.down) return void res.writeHead(503).end('Kanał RSS jest chwilowo niedostępny.')
  const headers = {
    'Cache-Control': 'public, max-age=300',
    ETag: origin.etag,
    'Last-Modified': new Date('2026-03-01T10:00:00Z').toUTCString(),
  }
  if (
    notModified(
      { ifNoneMatch: req.headers['if-none-match'] },
      { etag: origin.etag, lastModified: new Date(0) },
    )
  )
    return void res.writeHead(304, headers).end()
  res
    .writeHead(200, { ...headers, 'Content-Type': 'application/rss+xml; charset=utf-8' })
    .end(origin.xml)
}

type Raw = { body: Buffer; headers: http.IncomingHttpHeaders; status: number }
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Raw>((resolve, reject) => {
    const request = http.request(`${base}${path}`, { headers, method, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ body: Buffer.concat(chunks), headers: res.headers, status: res.statusCode ?? 0 }),
      )
    })
    request.on('timeout', () => request.destroy(new Error(`${path} timed out`)))
    request.on('error', reject)
    request.end()
  })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeAll(async () => {
  const edge = createFeedEdge(() => base, TTL)
  server = http.createServer((req, res) => {
    edge
      .serve(req, res)
      .then((served) => (served ? undefined : next(req, res)))
      .catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('feed edge in front of Next.js', () => {
  it('fetches the feed through its own server without waiting on itself, then answers readers from memory', async () => {
    const first = await get('/feeds/all.xml')
    expect(first.status).toBe(200)
    expect(first.body.toString()).toBe(origin.xml)
    expect(first.headers.etag).toBe('"v1"')
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength(origin.xml)))
    // One request reached the route: the edge's own, asking for identity bytes.
    expect(origin.calls).toHaveLength(1)
    expect(origin.calls[0]['accept-encoding']).toBe('identity')

    const again = await get('/feeds/all.xml', { 'if-none-match': '"v1"' })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    const head = await get('/feeds/all.xml', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(origin.calls).toHaveLength(1)
  })

  it('sends gzip compressed once, with the gzip tag, and takes either tag as current', async () => {
    const gz = await get('/feeds/all.xml', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.etag).toBe(gzipEtagOf('"v1"'))
    expect(gunzipSync(gz.body).toString()).toBe(origin.xml)
    expect((await get('/feeds/all.xml', { 'if-none-match': gzipEtagOf('"v1"') })).status).toBe(304)
    // A forged edge marker does not get a reader past the cache.
    const calls = origin.calls.length
    await get('/feeds/all.xml', { 'x-herold-feed-edge': 'zgadywanie' })
    expect(origin.calls.length).toBe(calls)
  })

  it('serves a new version within its time to live, asking the route with the tag it holds', async () => {
    origin.etag = '"v2"'
    origin.xml = '<rss version="2.0"><channel><title>v2</title></channel></rss>'
    await sleep(TTL + 50)
    await get('/feeds/all.xml') // may still be the old copy while the edge asks
    await sleep(50)
    const fresh = await get('/feeds/all.xml', { 'if-none-match': '"v1"' })
    expect(fresh.status).toBe(200)
    expect(fresh.body.toString()).toBe(origin.xml)
    expect(origin.calls.at(-1)!['if-none-match']).toBe('"v1"')
  })

  it('keeps serving the last good copy while the route fails, without ending the process', async () => {
    origin.down = true
    await sleep(TTL + 50)
    for (let i = 0; i < 3; i++) {
      const answer = await get('/feeds/all.xml')
      expect(answer.status).toBe(200)
      expect(answer.body.toString()).toContain('v2')
      await sleep(50)
    }
    origin.down = false
  })

  it('never answers from a copy older than its time to live: a reader polling later gets the change at once', async () => {
    const primed = await get('/feeds/all.xml')
    expect(primed.body.toString()).toContain('v2')
    origin.etag = '"v3"'
    origin.xml = '<rss version="2.0"><channel><title>v3</title></channel></rss>'
    // Like a reader polling every few minutes: long after the edge's last look at the route.
    await sleep(10_000)
    const next = await get('/feeds/all.xml', { 'if-none-match': '"v2"' })
    expect(next.status).toBe(200)
    expect(next.headers.etag).toBe('"v3"')
    expect(next.body.toString()).toContain('v3')
    const gz = await get('/feeds/all.xml', {
      'accept-encoding': 'gzip',
      'if-none-match': gzipEtagOf('"v2"'),
    })
    expect(gz.status).toBe(200)
    expect(gunzipSync(gz.body).toString()).toContain('v3')
  }, 20_000)

  it('leaves what is not a feed to Next.js', async () => {
    const calls = origin.calls.length
    const missing = await get('/feeds/units/nie-ma.xml')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain('Nie ma takiego kanału RSS')
    // The edge asked once, then Next.js answered the reader itself.
    expect(origin.calls.length).toBe(calls + 2)
    // An address with a query is not a feed address the edge keeps: Next.js gets it as it came.
    await get('/feeds/all.xml?utm=1')
    expect(origin.calls.length).toBe(calls + 3)
    expect(origin.calls.at(-1)!['x-herold-feed-edge']).toBeUndefined()
  })
})
