import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from '../helpers/api-server'
import { completedByCollection } from '../helpers/data'
import { startPayload } from '../helpers/payload'
import { installPeerAddress } from '../../src/client-ip'
import { NEWSLETTER_SETTINGS } from '../../plugins/newsletter/exports/slugs'
import { readSettings } from '../../plugins/newsletter/settings'

/**
 * Edges of the public subscribe endpoint over real HTTP: addresses the database would refuse get
 * the form's Polish message, and the per-IP limit counts the connection's own address, which a
 * client cannot choose by sending its own X-Forwarded-For (only a trusted proxy's is believed).
 */

let payload: Payload
let smtp: FakeSmtp
let api: Awaited<ReturnType<typeof startApiServer>>
let n = 0

beforeAll(async () => {
  smtp = await startFakeSmtp()
  Object.assign(process.env, smtp.env(), { SERVER_URL: 'https://wislotki.example' })
  delete process.env.TRUST_PROXY
  // What src/instrumentation.ts does in `next start`: every request carries its socket's address.
  installPeerAddress()
  payload = await startPayload()
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await smtp?.close()
})
afterEach(() => {
  delete process.env.TRUST_PROXY
})

const subscribe = (email: string, headers: Record<string, string> = {}) =>
  fetch(`${api.base}/api/newsletter/subscribe`, {
    body: JSON.stringify({ consent: true, email, urgentAlerts: true }),
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })

describe('the consent text', () => {
  it('names the gmina office as the controller, and every text residents agreed to stays on record', async () => {
    await payload.create({
      collection: 'units',
      data: completedByCollection<'units'>({
        contact: { address: 'ul. Rynek 1\n00-001 Testowo', email: 'iod@testowo.example' },
        kind: 'office',
        name: 'Urząd Gminy Testowo',
      }),
      overrideAccess: true,
    })
    const first = await readSettings(payload)
    expect(first.consentVersion).toBe(1)
    expect(first.consentText).toContain(
      'Administratorem danych jest Urząd Gminy Testowo, ul. Rynek 1, 00-001 Testowo (kontakt: iod@testowo.example).',
    )
    // Version 1 was saved the first time it was shown, so it can be cited.
    const saved = await payload.findGlobalVersions({
      overrideAccess: true,
      slug: NEWSLETTER_SETTINGS,
    })
    expect(
      saved.docs.map((d) => (d.version as { consentVersion?: number }).consentVersion),
    ).toEqual([1])

    await payload.updateGlobal({
      data: { consentText: `${first.consentText} Zmiana.` },
      overrideAccess: true,
      slug: NEWSLETTER_SETTINGS,
    })
    await payload.updateGlobal({
      data: { dailyCron: '0 8 * * *' },
      overrideAccess: true,
      slug: NEWSLETTER_SETTINGS,
    })
    expect((await readSettings(payload)).consentVersion).toBe(2)
    const history = await payload.findGlobalVersions({
      overrideAccess: true,
      slug: NEWSLETTER_SETTINGS,
      sort: 'createdAt',
    })
    expect(
      history.docs.map((d) => (d.version as { consentVersion?: number }).consentVersion),
    ).toEqual([1, 2, 2])
    expect((history.docs[0].version as { consentText: string }).consentText).toBe(first.consentText)
  })
})

describe('addresses', () => {
  it.each([
    'żaneta@example.pl',
    '.kropka@example.pl',
    'dwie..kropki@example.pl',
    'kropka.@example.pl',
    'ala@example.pl.',
  ])('refuses %s with the Polish message, not a database error', async (email) => {
    const res = await subscribe(email)
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors?.email).toMatch(/nie wygląda na adres e-mail/)
    expect(JSON.stringify(body)).not.toMatch(/invalid|ValidationError/i)
    expect(
      (await payload.count({ collection: 'newsletter-subscribers', overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  it('stores an address typed with capitals and spaces in its one spelling', async () => {
    expect(
      (await subscribe('  Jan.Kowalski+gmina@Example.PL ', { 'x-forwarded-for': '198.51.100.1' }))
        .status,
    ).toBe(202)
    const { docs } = await payload.find({
      collection: 'newsletter-subscribers',
      overrideAccess: true,
      where: { email: { equals: 'jan.kowalski+gmina@example.pl' } },
    })
    expect(docs).toHaveLength(1)
  })
})

describe('the per-IP limit', () => {
  it('counts the connection, whatever X-Forwarded-For the client sends', async () => {
    const statuses: number[] = []
    // One connection address (127.0.0.1), a different forged header each time; one attempt was spent above.
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await subscribe(`spoof${++n}@example.pl`, { 'x-forwarded-for': `203.0.113.${i + 10}` }))
          .status,
      )
    expect(statuses.filter((s) => s === 202)).toHaveLength(9)
    expect(statuses.at(-1)).toBe(429)
    const limited = await subscribe(`spoof${++n}@example.pl`, {
      'x-forwarded-for': '203.0.113.200',
    })
    expect(limited.status).toBe(429)
    expect((await limited.json()).errors.email).toMatch(/Zbyt wiele prób/)
  })

  it('behind a trusted proxy, counts the address the proxy appended, not what the client put before it', async () => {
    process.env.TRUST_PROXY = 'true'
    const statuses: number[] = []
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await subscribe(`proxy${++n}@example.pl`, {
            'x-forwarded-for': `10.9.9.${i}, 192.0.2.50`,
          })
        ).status,
      )
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true)
    expect(statuses[10]).toBe(429)
    // Another resident behind the same proxy is not held back by the first one.
    expect(
      (await subscribe(`proxy${++n}@example.pl`, { 'x-forwarded-for': '192.0.2.51' })).status,
    ).toBe(202)
  })

  it('records a keyed hash of the client address, never the address', async () => {
    const { docs } = await payload.find({
      collection: 'newsletter-subscribers',
      overrideAccess: true,
      where: { email: { equals: 'jan.kowalski+gmina@example.pl' } },
    })
    const consent = docs[0].consent!
    expect(consent.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(docs[0])).not.toMatch(/127\.0\.0\.1|198\.51\.100\.1/)
  })
})
