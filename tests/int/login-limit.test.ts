import type { Payload } from 'payload'

import net from 'node:net'
import { getPayload, handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * Logins: a limit per client address held in the database, one answer for every failure (unknown
 * e-mail, wrong password, an account others tried to lock) in comparable time, and password
 * resets that say nothing about who has an account.
 */
let payload: Payload
let second: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>

/** A port nobody listens on: the mail server is down. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

beforeAll(async () => {
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(await closedPort())
  process.env.SMTP_SECURE = 'false'
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  // Another process on the same database: a second Payload instance of its own.
  second = await getPayload({ config: payload.config, key: 'second-process' })
  process.env.TRUST_PROXY = '1'
})
afterAll(async () => {
  delete process.env.TRUST_PROXY
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE']) delete process.env[name]
  await api?.close()
  await second?.destroy()
  await payload?.destroy()
})

type Answer = { body: string; headers: Headers; ms: number; status: number }

const request = (path: string, client: string, body: unknown) =>
  new Request(`${api.base}/api/users/${path}`, {
    body: JSON.stringify(body),
    headers: {
      'accept-language': 'pl',
      'content-type': 'application/json',
      'x-forwarded-for': client,
    },
    method: 'POST',
  })

const answer = async (res: Promise<Response>): Promise<Answer> => {
  const started = performance.now()
  const response = await res
  const body = await response.text()
  return {
    body,
    headers: response.headers,
    ms: performance.now() - started,
    status: response.status,
  }
}

const login = (client: string, email: string, password: string) =>
  answer(fetch(request('login', client, { email, password })))

/** The same login through the second instance (another process), by Payload's own REST dispatcher. */
const loginElsewhere = (client: string, email: string, password: string) =>
  answer(
    handleEndpoints({
      config: payload.config,
      path: '/api/users/login',
      payloadInstanceCacheKey: 'second-process',
      request: request('login', client, { email, password }),
    }),
  )

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('login limit per client', () => {
  it('60 failures from one address are answered; the 61st gets 429 with Retry-After, in every process; another address still logs in', async () => {
    const attacker = '198.51.100.61'
    const failures: Answer[] = []
    // In parallel batches, as an attacker would: the limit must hold for bursts too.
    for (let batch = 0; batch < 10; batch++) {
      failures.push(
        ...(await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            login(
              attacker,
              i % 2 ? g.approver.email : `nikt${batch}-${i}@testowo.example`,
              'zle-haslo',
            ),
          ),
        )),
      )
    }
    expect(failures.map((f) => f.status)).toEqual(Array(60).fill(401))

    const limited = await login(attacker, g.approver.email, 'Haslo-testowe-1')
    expect(limited.status).toBe(429)
    expect(JSON.parse(limited.body).errors[0].message).toMatch(
      /Zbyt wiele nieudanych prób logowania z tego adresu\. Spróbuj ponownie za \d+ min\./,
    )
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(3000)
    expect(retryAfter).toBeLessThanOrEqual(3600)

    // The count is in the database: another process refuses this client too.
    expect((await loginElsewhere(attacker, g.approver.email, 'Haslo-testowe-1')).status).toBe(429)
    expect(await payload.db.count({ collection: 'login-attempts', where: {} })).toMatchObject({
      totalDocs: 60,
    })

    // The attacked staff member, from the office, is not locked out.
    expect((await login('192.0.2.10', g.approver.email, 'Haslo-testowe-1')).status).toBe(200)
    expect((await loginElsewhere('192.0.2.11', g.approver.email, 'Haslo-testowe-1')).status).toBe(
      200,
    )
  })
})

describe('one answer for every failure', () => {
  it('unknown e-mail, wrong password and an account someone hammered get the same status and body; its owner still logs in', async () => {
    for (let i = 0; i < 6; i++)
      expect((await login('203.0.113.5', g.editor.email, `zgadywane-${i}`)).status).toBe(401)
    const unknown = await login('192.0.2.20', 'nikogo-takiego@testowo.example', 'Haslo-testowe-1')
    const wrong = await login('192.0.2.20', g.editor.email, 'zle-haslo')
    expect(unknown.status).toBe(401)
    expect([wrong.status, wrong.body]).toEqual([unknown.status, unknown.body])
    expect(JSON.parse(unknown.body).errors[0].message).toMatch(/nieprawidłow/i)
    expect((await login('192.0.2.20', g.editor.email, 'Haslo-testowe-1')).status).toBe(200)
  })

  it('an unknown e-mail takes about as long to refuse as a wrong password', async () => {
    const unknown: number[] = []
    const wrong: number[] = []
    for (let i = 0; i < 5; i++) {
      unknown.push((await login('192.0.2.30', `brak-${i}@testowo.example`, 'zle-haslo')).ms)
      wrong.push((await login('192.0.2.30', g.approver2.email, 'zle-haslo')).ms)
    }
    const ratio = median(unknown) / median(wrong)
    console.log(
      `login refusal, median of 5: unknown ${median(unknown).toFixed(0)} ms, wrong password ${median(wrong).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
    )
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })
})

describe('password reset', () => {
  it('answers a known and an unknown address the same, even when the mail server is down', async () => {
    const known = await answer(
      fetch(request('forgot-password', '192.0.2.40', { email: g.officeEditor.email })),
    )
    const unknown = await answer(
      fetch(request('forgot-password', '192.0.2.40', { email: 'nikogo-takiego@testowo.example' })),
    )
    expect(known.status).toBe(200)
    expect([known.status, known.body]).toEqual([unknown.status, unknown.body])
  })
})
