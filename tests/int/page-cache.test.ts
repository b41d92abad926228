import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createPageCache } from '../../src/server/page-cache/page-cache'
import { createVersionWatch } from '../../src/server/page-cache/version-watch'
import { readSiteVersion } from '../../src/server/page-cache/read-version'

/**
 * The page cache wired as scripts/server.ts wires it, over real loopback HTTP: one server whose
 * handler asks the cache first and "Next.js" otherwise. Next.js here renders pages that say which
 * content version they were rendered at and counts what reaches it; the version lives in `db`.
 */

const db = { down: false, version: 'v1' }
const renders: { cookie?: string; url: string }[] = []
let base: string
let server: http.Server

const next = (req: http.IncomingMessage, res: http.ServerResponse) => {
  renders.push({ cookie: req.headers.cookie, url: req.url ?? '' })
  if (req.url === '/api/site-version') {
    if (db.down) return void res.writeHead(500).end()
    return void res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ version: db.version }))
  }
  if (req.url === '/aktualnosci/wycofany')
    return void res
      .writeHead(404, { 'Cache-Control': 'private, no-store', 'Content-Type': 'text/html' })
      .end('<h1>Nie znaleziono</h1>')
  if (req.url === '/z-ciasteczkiem')
    return void res
      .writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'a=b; Path=/' })
      .end('<p>dla jednej osoby</p>')
  res
    .writeHead(200, {
      'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      'Content-Type': 'text/html; charset=utf-8',
      'X-Frame-Options': 'DENY',
    })
    .end(`<!doctype html><p>${req.url} w wersji ${db.version}</p>${'<p>akapit</p>'.repeat(200)}`)
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
const pageRenders = (url: string) => renders.filter((r) => r.url === url).length
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const CHECK_MS = 200

beforeAll(async () => {
  const cache = createPageCache({
    cookiePrefix: 'herold',
    // Room for two of the test's pages (each ~3 kB plain, less compressed): a third evicts one.
    maxBytes: 9000,
    origin: () => base,
    version: createVersionWatch(
      readSiteVersion(() => base),
      CHECK_MS,
    ),
  })
  server = http.createServer((req, res) => {
    cache
      .serve(req, res)
      .then((served) => (served ? undefined : next(req, res)))
      .catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))
beforeEach(() => {
  renders.length = 0
})

describe('page cache in front of Next.js', () => {
  it('renders a page once for many readers and serves it plain, gzip or brotli, with ETag and 304', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => get('/')))
    expect(pageRenders('/')).toBe(1)
    for (const a of answers) expect(a.status).toBe(200)
    const plain = answers[0].body.toString()
    expect(plain).toContain('<p>/ w wersji v1</p>')
    expect(answers[0].headers.vary).toBe('Accept-Encoding')
    expect(answers[0].headers['cache-control']).toBe('no-cache')
    expect(answers[0].headers['x-frame-options']).toBe('DENY')

    const gz = await get('/', { 'accept-encoding': 'gzip, deflate' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(plain)
    const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).toString()).toBe(plain)
    expect(br.body.length).toBeLessThan(gz.body.length)
    expect(new Set([answers[0].headers.etag, gz.headers.etag, br.headers.etag]).size).toBe(3)

    const again = await get('/', { 'if-none-match': br.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect((await get('/', {}, 'HEAD')).body.length).toBe(0)
    expect(pageRenders('/')).toBe(1)
  })

  it('renders anew once the database holds a new version, within the check interval', async () => {
    const before = await get('/aktualnosci')
    db.version = 'v2'
    await sleep(CHECK_MS + 20)
    const after = await get('/aktualnosci', { 'if-none-match': before.headers.etag! })
    expect(after.status).toBe(200)
    expect(after.body.toString()).toContain('w wersji v2')
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(pageRenders('/aktualnosci')).toBe(2)
  })

  it('never answers a logged-in visitor from the cache', async () => {
    await get('/zasady-dyskusji')
    const logged = await get('/zasady-dyskusji', { cookie: 'herold-token=sesja' })
    expect(logged.status).toBe(200)
    expect(logged.headers.etag).toBeUndefined()
    expect(renders.filter((r) => r.cookie === 'herold-token=sesja')).toHaveLength(1)
  })

  it('passes on a 404 without keeping it, and leaves Set-Cookie answers to Next.js', async () => {
    const gone = await get('/aktualnosci/wycofany')
    expect(gone.status).toBe(404)
    expect(gone.body.toString()).toBe('<h1>Nie znaleziono</h1>')
    expect(gone.headers['cache-control']).toBe('private, no-store')
    await get('/aktualnosci/wycofany')
    expect(pageRenders('/aktualnosci/wycofany')).toBe(2)

    const cookie = await get('/z-ciasteczkiem')
    expect(cookie.headers['set-cookie']).toEqual(['a=b; Path=/'])
    await get('/z-ciasteczkiem')
    // Each visit: the cache's own try, then Next.js for the visitor.
    expect(pageRenders('/z-ciasteczkiem')).toBe(4)
  })

  it('serves nothing it cannot vouch for while the version cannot be read', async () => {
    await get('/oficjalne-profile')
    db.down = true
    await sleep(CHECK_MS + 20)
    const answer = await get('/oficjalne-profile')
    expect(answer.status).toBe(200)
    expect(answer.headers.etag).toBeUndefined()
    expect(pageRenders('/oficjalne-profile')).toBe(2)
    db.down = false
  })

  it('keeps within its byte cap, dropping the least recently used page', async () => {
    for (const path of ['/a', '/b', '/c']) await get(path)
    renders.length = 0
    await get('/c')
    await get('/b')
    expect(pageRenders('/c') + pageRenders('/b')).toBe(0)
    await get('/a')
    expect(pageRenders('/a')).toBe(1)
  })
})
