import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD } from './browser'
import { startServer, type E2EServer } from './server'

/**
 * The production server (`npm start`: scripts/server.ts, the feed edge, Next.js) on the seeded
 * demo: every kind of answer carries the headers that keep the admin out of other sites' frames
 * and files from being sniffed, and the API refuses a cookie-authenticated write from another site.
 */
let server: E2EServer

beforeAll(async () => {
  server = await startServer({ name: 'security-headers' })
})
afterAll(async () => {
  await server?.stop()
})

const get = (path: string, init: RequestInit = {}) =>
  fetch(`${server.baseURL}${path}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
    ...init,
  })

const expectSecurityHeaders = (res: Response) => {
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
}

describe('security headers from the production server', () => {
  it.each(['/admin/login', '/', '/aktualnosci', '/api/posts?limit=1'])('%s', async (path) => {
    const res = await get(path, { headers: { 'accept-language': 'pl' } })
    expect(res.status).toBe(200)
    await res.arrayBuffer()
    expectSecurityHeaders(res)
  })

  it('/feeds/all.xml, first from the route and then from the feed edge, and its 304', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await get('/feeds/all.xml')
      expect(res.status).toBe(200)
      expectSecurityHeaders(res)
      const etag = res.headers.get('etag')!
      await res.arrayBuffer()
      const again = await get('/feeds/all.xml', {
        headers: { 'accept-encoding': 'identity', 'if-none-match': etag },
      })
      expect(again.status).toBe(304)
      expectSecurityHeaders(again)
    }
  })

  it('a media file', async () => {
    const list = (await (await get('/api/media?limit=1&depth=0')).json()) as {
      docs: { url: string }[]
    }
    expect(list.docs.length).toBeGreaterThan(0)
    const res = await get(list.docs[0].url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\//)
    await res.arrayBuffer()
    expectSecurityHeaders(res)
  })

  it('a cookie-authenticated write from another site gets 403, the same from the admin page goes through', async () => {
    const login = await get('/api/users/login', {
      body: JSON.stringify({ email: 'admin@wislotki.example', password: PASSWORD }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(login.status).toBe(200)
    const cookie = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('payload-token='))!
      .split(';')[0]
    const { user } = (await login.json()) as { user: { id: number; name: string } }
    const rename = (origin: string, name: string) =>
      get(`/api/users/${user.id}`, {
        body: JSON.stringify({ name }),
        headers: { 'accept-language': 'pl', 'content-type': 'application/json', cookie, origin },
        method: 'PATCH',
      })
    const forged = await rename('https://evil.example', 'Przejęte konto')
    expect(forged.status).toBe(403)
    expect(((await forged.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /spoza panelu Herolda/,
    )
    expect((await rename(server.baseURL, user.name)).status).toBe(200)
  })
})
