import { describe, expect, it } from 'vitest'

import {
  classifyGraphError,
  GraphError,
  readUsage,
  throttleFor,
} from '../../plugins/fanout/channels/graph-errors'
import { GRAPH_API_VERSION, graphVersionProblem } from '../../plugins/fanout/channels/graph-version'
import { bipGate, officialLink } from '../../plugins/fanout/rules/bip-primacy'
import { maxAttempts, nextRetryDelayMs, retryDelayMs } from '../../plugins/fanout/delivery/retry'
import { planDelivery } from '../../plugins/fanout/delivery/states'
import { resolveOptions } from '../../plugins/fanout/options'
import {
  decryptSecret,
  encryptSecret,
  isSealed,
  MissingEncryptionKeyError,
} from '../../plugins/fanout/secret-box'

const now = new Date('2026-05-01T10:00:00Z')
const published = {
  publishedAt: '2026-05-01T09:00:00Z',
  state: 'published',
  url: 'https://bip.gmina.pl/1',
}

describe('BIP primacy', () => {
  it('does not hold local news or urgent alerts', () => {
    expect(bipGate({ informationType: 'local_news' }, now)).toEqual({ ok: true })
    expect(bipGate({ informationType: 'urgent_alert' }, now)).toEqual({ ok: true })
  })
  it('holds public information until its BIP entry is published and due', () => {
    expect(bipGate({ informationType: 'public_information' }, now)).toMatchObject({ ok: false })
    expect(
      bipGate(
        { bipReference: { ...published, state: 'draft' }, informationType: 'public_information' },
        now,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/nie jest jeszcze opublikowany/) })
    expect(
      bipGate(
        {
          bipReference: { ...published, state: 'withdrawn' },
          informationType: 'public_information',
        },
        now,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/wycofany/) })
    expect(
      bipGate(
        {
          bipReference: { ...published, publishedAt: '2026-05-01T12:00:00Z' },
          informationType: 'public_information',
        },
        now,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/zaplanowana na 1 maja 2026/) })
    expect(
      bipGate({ bipReference: published, informationType: 'public_information' }, now),
    ).toEqual({ ok: true })
  })
  it('links every copy to the published BIP entry only', () => {
    expect(officialLink({ bipReference: published })).toBe('https://bip.gmina.pl/1')
    expect(officialLink({ bipReference: { ...published, state: 'draft' } })).toBeNull()
  })
})

describe('delivery plan', () => {
  const ok = { ok: true } as const
  it('skips a channel that cannot work, for good', () => {
    expect(
      planDelivery({ gate: ok, misconfiguration: 'brak tokenu', postState: 'published' }),
    ).toEqual({ reason: 'Kanał nie jest skonfigurowany: brak tokenu', state: 'skipped' })
  })
  it('schedules an approved post, waits for BIP, queues the rest', () => {
    expect(planDelivery({ gate: ok, misconfiguration: null, postState: 'approved' }).state).toBe(
      'scheduled',
    )
    expect(
      planDelivery({
        gate: { ok: false, reason: 'Czeka na BIP' },
        misconfiguration: null,
        postState: 'published',
      }),
    ).toEqual({ reason: 'Czeka na BIP', state: 'waiting_for_bip' })
    expect(planDelivery({ gate: ok, misconfiguration: null, postState: 'published' }).state).toBe(
      'pending',
    )
  })
})

describe('Graph API errors', () => {
  const error = (
    code: number,
    status = 400,
    headers: Record<string, string> = {},
    subcode?: number,
  ) => new GraphError(status, { code, error_subcode: subcode, message: 'x' }, new Headers(headers))
  it.each([1, 2])('retries the temporary code %i', (code) =>
    expect(classifyGraphError(error(code, 500)).kind).toBe('retry'),
  )
  it.each([4, 17, 32, 613, 80001, 80014])('waits after the rate-limit code %i', (code) =>
    expect(classifyGraphError(error(code)).kind).toBe('wait'),
  )
  it('waits as long as Facebook estimates', () => {
    const headers = {
      'x-business-use-case-usage': JSON.stringify({
        1: [{ call_count: 100, estimated_time_to_regain_access: 12 }],
      }),
    }
    expect(classifyGraphError(error(80001, 400, headers))).toMatchObject({
      afterMs: 12 * 60_000,
      kind: 'wait',
    })
  })
  it('asks for re-authorisation on 190 and on permissions', () => {
    expect(classifyGraphError(error(190, 400, {}, 460))).toMatchObject({
      accountWide: true,
      code: 'graph_190_460',
      kind: 'needs_action',
    })
    expect(classifyGraphError(error(10)).kind).toBe('needs_action')
    expect(classifyGraphError(error(200)).kind).toBe('needs_action')
  })
  it('treats 506 as a possible earlier copy to look for', () =>
    expect(classifyGraphError(error(506)).kind).toBe('duplicate'))
  it.each([368, 100])('fails with an explanation on %i', (code) => {
    const verdict = classifyGraphError(error(code))
    expect(verdict.kind).toBe('fail')
    expect(verdict.message.length).toBeGreaterThan(20)
  })
  it('treats a timeout as an unknown outcome', () => {
    const timeout = Object.assign(new Error('timeout'), { name: 'TimeoutError' })
    expect(classifyGraphError(timeout)).toMatchObject({ kind: 'retry', unknownOutcome: true })
  })
  it('throttles above 90 % usage', () => {
    expect(readUsage(new Headers({ 'x-app-usage': '{"call_count":95,"total_time":10}' })).app).toBe(
      95,
    )
    expect(throttleFor(new Headers({ 'x-app-usage': '{"call_count":95}' }))).toBe(60_000)
    expect(throttleFor(new Headers({ 'x-app-usage': '{"call_count":50}' }))).toBe(0)
    expect(throttleFor(new Headers({ 'x-app-usage': 'nonsense' }))).toBe(0)
  })
  it('backs off exponentially up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(retryDelayMs(20)).toBe(3600_000)
  })
  it('retries an urgent alert within seconds first, then backs off like any delivery', () => {
    expect([1, 2, 3, 4, 5].map((n) => nextRetryDelayMs(n, true))).toEqual([
      2_000, 5_000, 15_000, 30_000, 60_000,
    ])
    expect([1, 2, 3].map((n) => nextRetryDelayMs(n, false))).toEqual([30_000, 60_000, 120_000])
    // Two 500s cost an urgent alert seconds, not the normal 30 s + 60 s.
    expect(nextRetryDelayMs(1, true) + nextRetryDelayMs(2, true)).toBeLessThan(10_000)
    expect(maxAttempts(true)).toBe(maxAttempts(false) + 3)
  })
})

describe('secrets at rest', () => {
  const key = 'a-long-test-encryption-key-123456'
  it('round-trips and never stores the plain text', () => {
    const sealed = encryptSecret('EAAB-page-token', key)
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain('EAAB')
    expect(decryptSecret(sealed, key)).toBe('EAAB-page-token')
    expect(encryptSecret('EAAB-page-token', key)).not.toBe(sealed)
  })
  it('refuses a wrong key or a tampered value', () => {
    const sealed = encryptSecret('token', key)
    expect(() => decryptSecret(sealed, 'another-long-key-000000000000')).toThrow()
    const parts = sealed.split(':')
    parts[3] = Buffer.from('tampered').toString('base64')
    expect(() => decryptSecret(parts.join(':'), key)).toThrow()
  })
  it('refuses to store secrets without a key', () => {
    expect(() => encryptSecret('token', '')).toThrow(MissingEncryptionKeyError)
  })
})

describe('Graph API version', () => {
  it('defaults to one Meta still supports, named once', () => {
    const saved = process.env.FACEBOOK_GRAPH_VERSION
    delete process.env.FACEBOOK_GRAPH_VERSION
    try {
      expect(resolveOptions().graph.version).toBe(GRAPH_API_VERSION)
    } finally {
      if (saved !== undefined) process.env.FACEBOOK_GRAPH_VERSION = saved
    }
    expect(graphVersionProblem(GRAPH_API_VERSION)).toBeNull()
  })
  it('names a version past its end of life, and a malformed one', () => {
    expect(graphVersionProblem('v19.0', new Date('2026-12-04T12:00:00Z'))).toMatch(
      /end of life on 2026-05-21/,
    )
    expect(graphVersionProblem('v19.0', new Date('2026-01-01T00:00:00Z'))).toBeNull()
    expect(graphVersionProblem('v12.0')).toMatch(/end of life/)
    expect(graphVersionProblem('19')).toMatch(/not a Graph API version/)
  })
})
