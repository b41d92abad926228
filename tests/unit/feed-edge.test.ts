import http from 'node:http'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFeedEdge } from '../../src/server/feed-edge'

/** A stand-in for the Next.js feed route: versioned bytes, strong ETag, 304 on a matching tag. */
let version = 1
const origin = http.createServer((req, res) => {
  origin.emit('hit', req)
  if (req.url !== '/feeds/all.xml') return void res.writeHead(404).end('nie ma')
  const etag = `"v${version}"`
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end()
  res.writeHead(200, {
    'Cache-Control': 'public, max-age=300',
    'Content-Type': 'application/rss+xml; charset=utf-8',
    ETag: etag,
    'Last-Modified': new Date(Date.UTC(2026, 0, version)).toUTCString(),
  })
  res.end(`<rss version="2.0"><channel><title>wersja ${version}</title></channel></rss>`.repeat(20))
})
let edgeServer: http.Server
let base = ''
let originHits: http.IncomingMessage[] = []

beforeAll(async () => {
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', r))
  origin.on('hit', (req: http.IncomingMessage) => originHits.push(req))
  const edge = createFeedEdge(
    () => `http://127.0.0.1:${(origin.address() as { port: number }).port}`,
    200,
  )
  edgeServer = http.createServer(
    (req, res) =>
      void edge
        .serve(req, res)
        .then((served) => (served ? undefined : res.writeHead(599).end('next'))),
  )
  await new Promise<void>((r) => edgeServer.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(edgeServer.address() as { port: number }).port}`
})
afterAll(() => {
  origin.close()
  edgeServer.close()
})

const get = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ body: Buffer; headers: http.IncomingHttpHeaders; status: number }>(
    (resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c) => chunks.push(c))
          res.on('end', () =>
            resolve({ body: Buffer.concat(chunks), headers: res.headers, status: res.statusCode! }),
          )
        })
        .on('error', reject)
    },
  )

describe('feed micro-cache in front of Next.js', () => {
  it('answers from memory, 304 to a current client, gzip once per version', async () => {
    const first = await get('/feeds/all.xml', { 'accept-encoding': 'identity' })
    expect(first.status).toBe(200)
    expect(first.headers.etag).toBe('"v1"')
    expect(first.body.toString()).toContain('wersja 1')
    originHits = []
    const again = await get('/feeds/all.xml', { 'if-none-match': '"v1"' })
    expect(again.status).toBe(304)
    const gz = await get('/feeds/all.xml', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.etag).toBe('"v1-gz"')
    expect(gunzipSync(gz.body).toString()).toBe(first.body.toString())
    expect(gz.headers.vary).toBe('Accept-Encoding')
    // Within the revalidation window the route was not asked at all.
    expect(originHits).toHaveLength(0)
  })

  it('notices a new version within the window, asking the route with its tag', async () => {
    version = 2
    await new Promise((r) => setTimeout(r, 250))
    await get('/feeds/all.xml')
    await new Promise((r) => setTimeout(r, 50))
    const fresh = await get('/feeds/all.xml', {
      'accept-encoding': 'identity',
      'if-none-match': '"v1"',
    })
    expect(fresh.status).toBe(200)
    expect(fresh.body.toString()).toContain('wersja 2')
    expect(originHits.at(-1)!.headers['if-none-match']).toBe('"v1"')
    expect(originHits.at(-1)!.headers['accept-encoding']).toBe('identity')
    // The route's own memory is skipped: it checks the stored feed.
    expect(originHits.at(-1)!.headers['cache-control']).toBe('no-cache')
  })

  it('asks again as soon as the site’s content version changes, however young its copy', async () => {
    let siteVersion = 'a'
    const edge = createFeedEdge(
      () => `http://127.0.0.1:${(origin.address() as { port: number }).port}`,
      60_000,
      { current: () => siteVersion },
    )
    const versioned = http.createServer(
      (req, res) => void edge.serve(req, res).then((served) => served || res.writeHead(599).end()),
    )
    await new Promise<void>((r) => versioned.listen(0, '127.0.0.1', r))
    const read = () =>
      fetch(`http://127.0.0.1:${(versioned.address() as { port: number }).port}/feeds/all.xml`)
    try {
      expect(await (await read()).text()).toContain(`wersja ${version}`)
      originHits = []
      await read()
      expect(originHits).toHaveLength(0)
      version += 1
      siteVersion = 'b'
      expect(await (await read()).text()).toContain(`wersja ${version}`)
      expect(originHits).toHaveLength(1)
      await read()
      expect(originHits).toHaveLength(1)
    } finally {
      versioned.close()
    }
  })

  it('leaves everything else to Next.js', async () => {
    expect((await get('/feeds/units/nie-ma.xml')).status).toBe(599)
    expect((await get('/aktualnosci')).status).toBe(599)
    expect((await get('/feeds/all.xml?x=1')).status).toBe(599)
  })
})
