import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * Cookie-authenticated writes from another site's page, with SERVER_URL unset (the default):
 * the instance's own origin is then the request's host with its scheme.
 * (tests/int/csrf-server-url.test.ts: the same with SERVER_URL set.)
 */
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let cookie: string
let jwt: string

const sessionCookieOf = (res: Response) =>
  res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))

const login = async (email: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${api.base}/api/users/login`, {
    body: JSON.stringify({ email, password: 'Haslo-testowe-1' }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })
  expect(res.status).toBe(200)
  return res
}

beforeAll(async () => {
  delete process.env.SERVER_URL
  delete process.env.TRUST_PROXY
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  const res = await login(g.admin.email)
  cookie = sessionCookieOf(res)!.split(';')[0]
  jwt = `JWT ${((await res.json()) as { token: string }).token}`
})
afterEach(() => {
  delete process.env.TRUST_PROXY
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const rename = (name: string, headers: Record<string, string>) =>
  fetch(`${api.base}/api/units/${g.osp.id}`, {
    body: JSON.stringify({ name }),
    headers: { 'accept-language': 'pl', 'content-type': 'application/json', ...headers },
    method: 'PATCH',
  })

const unitName = async () =>
  (await payload.findByID({ collection: 'units', depth: 0, id: g.osp.id, overrideAccess: true }))
    .name

describe('CSRF with SERVER_URL unset', () => {
  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['an opaque origin (Origin: null)', { origin: 'null' }],
    ['no Origin at all', {}],
    ['our origin, but the browser says cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])(
    'a cookie-authenticated PATCH from %s is refused with 403 and changes nothing',
    async (_, headers: Record<string, string>) => {
      const before = await unitName()
      const sameOriginButCrossSite: Record<string, string> =
        'sec-fetch-site' in headers ? { origin: api.base } : {}
      const res = await rename('Przejęta przez napastnika', {
        cookie,
        ...sameOriginButCrossSite,
        ...headers,
      })
      expect(res.status).toBe(403)
      const body = (await res.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message).toMatch(/spoza panelu Herolda/)
      expect(await unitName()).toBe(before)
    },
  )

  it('a cookie-authenticated POST and DELETE from another site are refused too', async () => {
    const created = await fetch(`${api.base}/api/units`, {
      body: JSON.stringify({ approvalLevels: 1, kind: 'school', name: 'Jednostka napastnika' }),
      headers: { 'content-type': 'application/json', cookie, origin: 'https://evil.example' },
      method: 'POST',
    })
    expect(created.status).toBe(403)
    expect(
      (
        await payload.find({
          collection: 'units',
          overrideAccess: true,
          where: { name: { equals: 'Jednostka napastnika' } },
        })
      ).totalDocs,
    ).toBe(0)
    const deleted = await fetch(`${api.base}/api/units/${g.council.id}`, {
      headers: { cookie, origin: 'https://evil.example' },
      method: 'DELETE',
    })
    expect(deleted.status).toBe(403)
    expect(
      (await payload.findByID({ collection: 'units', id: g.council.id, overrideAccess: true })).id,
    ).toBe(g.council.id)
  })

  it("the admin's own page (Origin = the instance, same-origin) changes it", async () => {
    const res = await rename('OSP Testowo (z panelu)', {
      cookie,
      origin: api.base,
      'sec-fetch-site': 'same-origin',
    })
    expect(res.status).toBe(200)
    expect(await unitName()).toBe('OSP Testowo (z panelu)')
  })

  it('an Authorization: JWT header is not forgeable by a page: allowed from anywhere, with or without a cookie', async () => {
    expect(
      (await rename('OSP Testowo (skrypt)', { authorization: jwt, origin: 'https://evil.example' }))
        .status,
    ).toBe(200)
    expect((await rename('OSP Testowo (skrypt 2)', { authorization: jwt, cookie })).status).toBe(
      200,
    )
    expect(await unitName()).toBe('OSP Testowo (skrypt 2)')
  })

  it('reads with the cookie and anonymous writes (public forms) are not affected', async () => {
    const me = await fetch(`${api.base}/api/users/me`, {
      headers: { cookie, origin: 'https://evil.example' },
    })
    expect(me.status).toBe(200)
    const complaint = await fetch(`${api.base}/api/complaints/submit`, {
      body: JSON.stringify({}),
      headers: {
        'accept-language': 'pl',
        'content-type': 'application/json',
        origin: 'https://evil.example',
      },
      method: 'POST',
    })
    // The form's own validation answers (a 4xx about the fields), not the CSRF refusal.
    expect(complaint.status).toBeLessThan(500)
    expect(await complaint.text()).not.toMatch(/spoza panelu Herolda/)
  })

  it('behind a trusted TLS proxy the origin is https with the forwarded host, and the session cookie is Secure', async () => {
    process.env.TRUST_PROXY = '1'
    const host = new URL(api.base).host
    const viaProxy = { 'x-forwarded-host': 'gmina.example', 'x-forwarded-proto': 'https' }
    expect(
      (
        await rename('OSP Testowo (przez proxy)', {
          cookie,
          origin: 'https://gmina.example',
          ...viaProxy,
        })
      ).status,
    ).toBe(200)
    // The proxy's own address (http://host) is not the public origin.
    expect((await rename('x', { cookie, origin: `http://${host}`, ...viaProxy })).status).toBe(403)
    expect(sessionCookieOf(await login(g.approver.email, viaProxy))).toMatch(/;\s*Secure/i)
    expect(sessionCookieOf(await login(g.approver.email))).not.toMatch(/;\s*Secure/i)
    // Without a trusted proxy, X-Forwarded-Proto is the client's word: not believed.
    delete process.env.TRUST_PROXY
    expect(sessionCookieOf(await login(g.approver.email, viaProxy))).not.toMatch(/;\s*Secure/i)
  })
})
