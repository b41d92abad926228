import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { conditionalGet } from '../../plugins/bip-watch/engine/http'

const LIMITS = { maxBytes: 64 * 1024, timeoutMs: 500, userAgent: 'test' }
let server: http.Server
let base = ''
const seen: http.IncomingHttpHeaders[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.headers)
    if (req.url === '/feed') {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end()
      res.writeHead(200, { ETag: '"v1"', 'Last-Modified': 'Mon, 16 Mar 2026 09:15:00 GMT' })
      return void res.end('<rss/>')
    }
    if (req.url === '/declared') {
      res.writeHead(200, { 'Content-Length': String(LIMITS.maxBytes + 1) })
      return void res.end(Buffer.alloc(LIMITS.maxBytes + 1, 'a'))
    }
    if (req.url === '/streamed') {
      res.writeHead(200)
      const chunk = Buffer.alloc(16 * 1024, 'a')
      for (let i = 0; i < 8; i++) res.write(chunk)
      return void res.end()
    }
    if (req.url === '/trickle') {
      // Headers at once, then the body slower than the whole exchange may take.
      res.writeHead(200)
      res.write('<rss>')
      return void setTimeout(() => res.end('</rss>'), 1500)
    }
    res.writeHead(500).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('requests to a BIP', () => {
  it('sends the validators back and reads 304 as not modified', async () => {
    const first = await conditionalGet(`${base}/feed`, LIMITS)
    expect(first).toEqual({
      body: '<rss/>',
      kind: 'ok',
      status: 200,
      validators: { etag: '"v1"', lastModified: 'Mon, 16 Mar 2026 09:15:00 GMT' },
    })
    const again = await conditionalGet(
      `${base}/feed`,
      LIMITS,
      first.kind === 'ok' ? first.validators : {},
    )
    expect(again).toEqual({ kind: 'not_modified' })
    expect(seen.at(-1)).toMatchObject({
      'if-modified-since': 'Mon, 16 Mar 2026 09:15:00 GMT',
      'if-none-match': '"v1"',
      'user-agent': 'test',
    })
  })

  it('stops reading past the size limit, declared or streamed', async () => {
    expect(await conditionalGet(`${base}/declared`, LIMITS)).toEqual({ kind: 'too_large' })
    expect(await conditionalGet(`${base}/streamed`, LIMITS)).toEqual({ kind: 'too_large' })
  })

  it('times out over the whole exchange, body included; errors are values', async () => {
    expect(await conditionalGet(`${base}/trickle`, LIMITS)).toEqual({ kind: 'timeout' })
    expect(await conditionalGet(`${base}/other`, LIMITS)).toEqual({ kind: 'http', status: 500 })
    // A port nobody listens on any more.
    const gone = http.createServer()
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve))
    const { port } = gone.address() as { port: number }
    await new Promise((resolve) => gone.close(resolve))
    const closed = await conditionalGet(`http://127.0.0.1:${port}/`, LIMITS)
    expect(closed).toMatchObject({ detail: 'ECONNREFUSED', kind: 'connection' })
  })
})
