import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { type FakeOperator, signWebhook, startFakeOperator } from './group-operator'

const SECRET = 'operator-shared-secret'
let operator: FakeOperator

beforeEach(async () => {
  operator = await startFakeOperator({ secret: SECRET })
})
afterEach(async () => {
  await operator.close()
})

type Delivery = { deliveryId?: string; text?: string; [key: string]: unknown }
type Options = {
  secret?: string
  timestamp?: number
  key?: string | null
  rawBody?: string
  signature?: string
  contentType?: string
  signal?: AbortSignal
}

/** Sends a delivery the way the product must: signed raw JSON with an idempotency key. */
const deliver = async (delivery: Delivery, options: Options = {}) => {
  const rawBody = JSON.stringify(delivery)
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-herold-signature':
      options.signature ?? signWebhook(options.secret ?? SECRET, timestamp, rawBody),
    'x-herold-timestamp': String(timestamp),
  }
  const key = options.key === undefined ? delivery.deliveryId : options.key
  if (key) headers['idempotency-key'] = key
  const res = await fetch(operator.url, {
    body: options.rawBody ?? rawBody,
    headers,
    method: 'POST',
    signal: options.signal,
  })
  return { body: (await res.json()) as any, headers: res.headers, status: res.status }
}
const delivery = (id = 'd-1'): Delivery => ({
  deliveryId: id,
  link: 'https://bip.example.gov.pl/a/1',
  text: 'Sesja rady gminy',
  unit: 'Urząd Gminy',
})

describe('signWebhook', () => {
  it('is HMAC-SHA256 of "<timestamp>.<raw body>" in hex, checked against WebCrypto', async () => {
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(SECRET),
      { hash: 'SHA-256', name: 'HMAC' },
      false,
      ['sign'],
    )
    const mac = await crypto.subtle.sign(
      'HMAC',
      key,
      new TextEncoder().encode('1700000000.{"text":"zażółć"}'),
    )
    expect(signWebhook(SECRET, 1700000000, '{"text":"zażółć"}')).toBe(
      `sha256=${Buffer.from(mac).toString('hex')}`,
    )
  })
})

describe('signed deliveries', () => {
  it('accepts a valid delivery with 201 and records it', async () => {
    const res = await deliver(delivery())
    expect(operator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hooks\/herold$/)
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^\d+$/),
      postUrl: `https://www.facebook.com/groups/wislotki/posts/${res.body.id}`,
    })
    expect(operator.posts).toEqual([
      { at: expect.any(Number), body: delivery(), key: 'd-1', postUrl: res.body.postUrl },
    ])
    expect(operator.requests).toEqual([
      { at: expect.any(Number), key: 'd-1', signatureValid: true, status: 201 },
    ])
  })

  it('answers a repeated key with 200 and the same body, recording nothing new', async () => {
    const first = await deliver(delivery())
    const again = await deliver(delivery(), { timestamp: Math.floor(Date.now() / 1000) - 5 })
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(operator.posts).toHaveLength(1)
    const other = await deliver(delivery('d-2'))
    expect(other.status).toBe(201)
    expect(other.body.postUrl).not.toBe(first.body.postUrl)
  })

  it('rejects a tampered body, a wrong secret and a missing or malformed signature with 401', async () => {
    const tampered = JSON.stringify({ ...delivery(), text: 'Podmieniony tekst' })
    const attempts: Options[] = [
      { rawBody: tampered },
      { secret: 'wrong-secret' },
      { signature: '' },
      { signature: 'sha1=abc' },
      { signature: `sha256=${'0'.repeat(63)}` },
    ]
    for (const options of attempts) {
      const res = await deliver(delivery(), options)
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: 'invalid signature' })
    }
    expect(operator.posts).toEqual([])
    expect(operator.requests.every((r) => !r.signatureValid && r.status === 401)).toBe(true)
  })

  it('rejects a timestamp more than 300 s away, even when correctly signed', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-21T15:00:00Z'), toFake: ['Date'] })
    try {
      const now = Math.floor(Date.now() / 1000)
      for (const timestamp of [now - 301, now + 301]) {
        const res = await deliver(delivery(), { timestamp })
        expect(res.status).toBe(401)
        expect(res.body).toEqual({ error: 'stale timestamp' })
      }
      expect((await deliver(delivery(), { timestamp: now - 300 })).status).toBe(201)
      expect(operator.requests.map((r) => r.signatureValid)).toEqual([true, true, true])
    } finally {
      vi.useRealTimers()
    }
  })

  it('validates the body: text required (422), deliveryId equal to the key, JSON content type, a key', async () => {
    expect(await deliver({ deliveryId: 'd-1' })).toMatchObject({
      body: { error: 'text is required' },
      status: 422,
    })
    expect((await deliver({ deliveryId: 'd-1', text: '   ' })).status).toBe(422)
    expect((await deliver(delivery('d-1'), { key: 'd-other' })).status).toBe(422)
    expect((await deliver(delivery(), { contentType: 'text/plain' })).status).toBe(415)
    expect((await deliver(delivery(), { key: null })).status).toBe(400)
    expect(operator.posts).toEqual([])
  })
})

describe('injected failures', () => {
  it('fails the next requests with the given status, Retry-After and body', async () => {
    operator.failNext({ retryAfterSeconds: 30, status: 503, times: 2 })
    operator.failNext({ body: { error: 'slow down', code: 'rate' }, status: 429 })
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await deliver(delivery())
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('30')
      expect(res.body).toEqual({ error: 'service unavailable' })
    }
    const limited = await deliver(delivery())
    expect(limited).toMatchObject({ body: { code: 'rate', error: 'slow down' }, status: 429 })
    expect(limited.headers.get('retry-after')).toBeNull()
    expect(operator.posts).toEqual([])
    expect((await deliver(delivery())).status).toBe(201)
    expect(operator.requests.map((r) => r.status)).toEqual([503, 503, 429, 201])
  })

  it('hangs after committing: the client times out, and its retry gets the same post back', async () => {
    operator.hangNext({ commit: true })
    await expect(deliver(delivery(), { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    expect(operator.posts).toHaveLength(1)
    expect(operator.requests[0]).toMatchObject({ key: 'd-1', status: 0 })
    const retry = await deliver(delivery())
    expect(retry).toMatchObject({ body: { postUrl: operator.posts[0].postUrl }, status: 200 })
    expect(operator.posts).toHaveLength(1)
  })

  it('hangs without committing: the retry is the first delivery', async () => {
    operator.hangNext({ commit: false })
    await expect(deliver(delivery(), { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    expect(operator.posts).toEqual([])
    expect((await deliver(delivery())).status).toBe(201)
  })

  it('closes promptly with a request still hanging', async () => {
    operator.hangNext({ commit: false })
    const pending = deliver(delivery())
    await vi.waitFor(() => expect(operator.requests).toHaveLength(1))
    await operator.close()
    await expect(pending).rejects.toThrow()
  })
})

describe('post.updated events (corrections)', () => {
  it('puts the new text on the post an earlier delivery made, once per key, and 404s an unknown post', async () => {
    const first = await deliver(delivery('d-7'))
    const event = {
      ...delivery('c-1'),
      event: 'post.updated',
      postId: first.body.id,
      text: 'Sesja rady gminy (poprawiona)',
    }
    const updated = await deliver(event)
    expect(updated).toMatchObject({
      body: { id: first.body.id, postUrl: first.body.postUrl },
      status: 200,
    })
    expect(await deliver(event)).toMatchObject({ body: updated.body, status: 200 })
    expect(operator.updates).toHaveLength(1)
    expect(operator.posts).toHaveLength(1)
    expect(operator.posts[0].body.text).toBe('Sesja rady gminy (poprawiona)')

    const unknown = await deliver({ ...event, deliveryId: 'c-2', postId: '999' })
    expect(unknown.status).toBe(404)
    const odd = await deliver({ ...delivery('c-3'), event: 'post.deleted' })
    expect(odd.status).toBe(422)
  })
})
