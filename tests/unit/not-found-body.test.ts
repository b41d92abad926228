import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import { isSitePageRequest, withRenderedNotFound } from '../../src/server/not-found-body'

/** What Next.js sends for a page's notFound(): a 404 with an empty error document, compressed in chunks. */
const EMPTY_SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'
const RENDERED_404 =
  '<!DOCTYPE html><html lang="pl"><body><main id="tresc"><h1>Nie znaleziono strony</h1></main></body></html>'

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>
let server: http.Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

const serve = async (handle: Handler, render404: Handler) => {
  const wrapped = withRenderedNotFound(handle, render404)
  server = http.createServer((req, res) => void wrapped(req, res))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
}
const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers })
  return { body: await res.text(), headers: res.headers, status: res.status }
}

/** Like Next.js: status and headers set first, then the body in compressed pieces. */
const nextLike =
  (status: number, html: string, viaWriteHead = false): Handler =>
  async (_req, res) => {
    const gz = gzipSync(html)
    const headers = {
      'Content-Encoding': 'gzip',
      'Content-Type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'MISS',
    }
    if (viaWriteHead) res.writeHead(status, headers)
    else {
      res.statusCode = status
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    }
    res.write(gz.subarray(0, 10))
    await new Promise((r) => setTimeout(r, 5))
    res.end(gz.subarray(10))
  }
const polish404: Handler = async (_req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(RENDERED_404)
}

describe('withRenderedNotFound', () => {
  it('answers a page request whose 404 came as an empty shell with the rendered 404 page', async () => {
    for (const viaWriteHead of [false, true]) {
      const base = await serve(nextLike(404, EMPTY_SHELL, viaWriteHead), polish404)
      const res = await get(`${base}/aktualnosci/nie-ma?x=1`)
      expect(res.status).toBe(404)
      expect(res.body).toBe(RENDERED_404)
      // Nothing of the first attempt survives: not its compression, not its cache tag.
      expect(res.headers.get('content-encoding')).toBeNull()
      expect(res.headers.get('x-nextjs-cache')).toBeNull()
      await new Promise<void>((resolve) => server!.close(() => resolve()))
      server = undefined
    }
  })

  it('lets every other answer through untouched', async () => {
    const page = '<!DOCTYPE html><html lang="pl"><body>Aktualności</body></html>'
    let base = await serve(nextLike(200, page), polish404)
    const ok = await get(`${base}/aktualnosci`)
    expect([ok.status, ok.body, ok.headers.get('x-nextjs-cache')]).toEqual([200, page, 'MISS'])
    // The client router's RSC requests, the API and the admin keep Next.js's own answer.
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    base = await serve(nextLike(404, EMPTY_SHELL), polish404)
    expect((await get(`${base}/aktualnosci/nie-ma`, { rsc: '1' })).body).toBe(EMPTY_SHELL)
    expect((await get(`${base}/api/posts/123`)).body).toBe(EMPTY_SHELL)
    expect((await get(`${base}/admin/nie-ma`)).body).toBe(EMPTY_SHELL)
  })

  it('keeps what Next.js wraps around the response after it (compression), through backpressure', async () => {
    // A stand-in for Next.js's compression: it replaces write/end once the handler runs and transforms every chunk.
    const chunk = 'x'.repeat(64 * 1024)
    const base = await serve(async (_req, res) => {
      const write = res.write as (chunk: string) => boolean
      const end = res.end as () => ServerResponse
      res.write = ((data: string) => write.call(res, data.toUpperCase())) as typeof res.write
      res.end = (() => end.call(res)) as typeof res.end
      res.statusCode = 200
      res.setHeader('Content-Type', 'text/plain')
      res.flushHeaders()
      for (let i = 0; i < 16; i++)
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r))
      res.end()
    }, polish404)
    const res = await get(`${base}/aktualnosci`)
    expect(res.status).toBe(200)
    expect(res.body).toBe(chunk.toUpperCase().repeat(16))
  })

  it('still answers 404 in Polish if rendering the page fails', async () => {
    const base = await serve(nextLike(404, EMPTY_SHELL), async () => {
      throw new Error('render failed')
    })
    const errors: unknown[] = []
    const original = console.error
    console.error = (e: unknown) => errors.push(e)
    try {
      const res = await get(`${base}/zasady-dyskusji/nie-ma`)
      expect([res.status, res.body]).toEqual([404, 'Nie znaleziono strony.'])
      expect(errors).toHaveLength(1)
    } finally {
      console.error = original
    }
  })

  it('tells page requests from the rest', () => {
    const req = (url: string, method = 'GET', headers: Record<string, string> = {}) => ({
      headers,
      method,
      url,
    })
    expect(isSitePageRequest(req('/'))).toBe(true)
    expect(isSitePageRequest(req('/aktualnosci?strona=2'))).toBe(true)
    expect(isSitePageRequest(req('/administracja'))).toBe(true)
    expect(isSitePageRequest(req('/aktualnosci', 'POST'))).toBe(false)
    expect(isSitePageRequest(req('/aktualnosci', 'GET', { rsc: '1' }))).toBe(false)
    for (const url of [
      '/api/posts',
      '/admin',
      '/admin/collections/posts',
      '/_next/static/x.js',
      '/feeds/all.xml',
    ])
      expect(isSitePageRequest(req(url)), url).toBe(false)
  })
})
