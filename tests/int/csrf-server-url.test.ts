import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * The same as tests/int/csrf.test.ts with SERVER_URL set to an https address, as in production
 * behind a TLS proxy: only SERVER_URL's origin may write with the cookie, and the cookie is Secure.
 */
const SERVER_URL = 'https://gmina.example'
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let loginCookie: string
let jwt: string

beforeAll(async () => {
  process.env.SERVER_URL = SERVER_URL
  delete process.env.TRUST_PROXY
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  const res = await fetch(`${api.base}/api/users/login`, {
    body: JSON.stringify({ email: g.admin.email, password: 'Haslo-testowe-1' }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  loginCookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
  jwt = `JWT ${((await res.json()) as { token: string }).token}`
})
afterAll(async () => {
  delete process.env.SERVER_URL
  await api?.close()
  await payload?.destroy()
})

const rename = (name: string, headers: Record<string, string>) =>
  fetch(`${api.base}/api/units/${g.osp.id}`, {
    body: JSON.stringify({ name }),
    headers: {
      'accept-language': 'pl',
      'content-type': 'application/json',
      cookie: loginCookie.split(';')[0],
      ...headers,
    },
    method: 'PATCH',
  })

const unitName = async () =>
  (await payload.findByID({ collection: 'units', depth: 0, id: g.osp.id, overrideAccess: true }))
    .name

describe('CSRF with SERVER_URL set (https)', () => {
  it('the session cookie is Secure', () => {
    expect(loginCookie).toMatch(/;\s*Secure/i)
  })

  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['the bare address behind the proxy (not SERVER_URL)', { origin: 'BASE' }],
    ['no Origin', {}],
    ['Origin: null', { origin: 'null' }],
  ])(
    'a cookie-authenticated PATCH from %s gets the CSRF refusal and changes nothing',
    async (_, headers: Record<string, string>) => {
      const before = await unitName()
      const res = await rename(
        'Przejęta',
        headers.origin === 'BASE' ? { origin: api.base } : headers,
      )
      expect(res.status).toBe(403)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /spoza panelu Herolda/,
      )
      expect(await unitName()).toBe(before)
    },
  )

  it("SERVER_URL's own pages write with the cookie; a JWT header writes from anywhere", async () => {
    expect(
      (await rename('OSP (panel)', { origin: SERVER_URL, 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200)
    expect(await unitName()).toBe('OSP (panel)')
    expect(
      (await rename('OSP (skrypt)', { authorization: jwt, origin: 'https://evil.example' })).status,
    ).toBe(200)
    expect(await unitName()).toBe('OSP (skrypt)')
  })
})
