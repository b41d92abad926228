import crypto from 'node:crypto'
import http from 'node:http'

import { readBody } from './read-body'

/**
 * A fake group operator: the third party running a residents' Facebook group, which receives our
 * rendered posts on a signed webhook and posts them into the group (Graph API has no route to
 * post into groups since April 2024). It verifies our documented signature scheme exactly, is
 * idempotent on `Idempotency-Key`, and lets a test inject outages and unanswered requests.
 *
 * Contract checked, in order: signature (`X-Herold-Signature: sha256=<hex HMAC-SHA256(secret,
 * "<timestamp>.<raw body>")>`), timestamp within 300 s, JSON content type, `Idempotency-Key`,
 * JSON body with `deliveryId` equal to the key and a non-empty `text`. A body with
 * `event: "post.updated"` corrects the group post `postId` (the `id` an earlier delivery got):
 * 404 for a post the operator never made.
 */

export type FakeOperatorPost = { key: string; body: any; postUrl: string; at: number }
export type FakeOperatorRequest = {
  key?: string
  status: number
  signatureValid: boolean
  at: number
}
export type FakeOperator = {
  url: string
  posts: FakeOperatorPost[]
  /** `post.updated` events (corrections) accepted, in arrival order; the post holds the new text. */
  updates: FakeOperatorPost[]
  /** Every request in arrival order; `status` stays 0 for a hung one. */
  requests: FakeOperatorRequest[]
  failNext(f: { status: number; times?: number; retryAfterSeconds?: number; body?: unknown }): void
  hangNext(opts: { commit: boolean }): void
  close(): Promise<void>
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> }
type Failure = { status: number; times?: number; retryAfterSeconds?: number; body?: unknown }

const MAX_SKEW_SECONDS = 300
const MAX_BODY_BYTES = 1024 * 1024
const GROUP_URL = 'https://www.facebook.com/groups/wislotki/posts'
// Facebook-sized ids, beyond Number.MAX_SAFE_INTEGER, so a client must keep them as strings.
const FIRST_POST_ID = 122_200_000_000_000_001n

/** The signature the product's webhook client must send: `sha256=<hex>`. */
export const signWebhook = (secret: string, timestamp: number, rawBody: string): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`

/** Constant-time check of the signature header against the raw bytes received. */
const verifySignature = (
  secret: string,
  timestamp: string,
  rawBody: Buffer,
  header: string | undefined,
) => {
  const provided = /^sha256=([0-9a-f]{64})$/i.exec(header ?? '')?.[1]
  if (!provided || !timestamp) return false
  const expected = crypto
    .createHmac('sha256', secret)
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest()
  const actual = Buffer.from(provided, 'hex')
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

const isFresh = (timestamp: string) =>
  /^\d+$/.test(timestamp) && Math.abs(Number(timestamp) - Date.now() / 1000) <= MAX_SKEW_SECONDS

const header = (req: http.IncomingMessage, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

const failureReply = (failure: Failure): Reply => ({
  body: failure.body ?? { error: (http.STATUS_CODES[failure.status] ?? 'error').toLowerCase() },
  headers:
    failure.retryAfterSeconds !== undefined
      ? { 'retry-after': String(failure.retryAfterSeconds) }
      : undefined,
  status: failure.status,
})

export const startFakeOperator = async (opts: {
  secret: string
  path?: string
}): Promise<FakeOperator> => {
  const path = opts.path ?? '/hooks/herold'
  const posts: FakeOperatorPost[] = []
  const updates: FakeOperatorPost[] = []
  const requests: FakeOperatorRequest[] = []
  const failures: Failure[] = []
  const hangs: { commit: boolean }[] = []
  // The answer first given for each key, replayed verbatim on a repeat.
  const answered = new Map<string, { id: string; postUrl: string }>()
  let nextPostId = FIRST_POST_ID

  /** Validates and records a delivery; a repeated key gets the first answer again. */
  const deliver = (req: http.IncomingMessage, rawBody: Buffer, key: string | undefined): Reply => {
    const contentType = (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (contentType !== 'application/json')
      return { body: { error: 'content type must be application/json' }, status: 415 }
    if (!key) return { body: { error: 'missing Idempotency-Key' }, status: 400 }
    const previous = answered.get(key)
    if (previous) return { body: previous, status: 200 }
    let body: any
    try {
      body = JSON.parse(rawBody.toString('utf8'))
    } catch {
      return { body: { error: 'invalid JSON' }, status: 400 }
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return { body: { error: 'body must be a JSON object' }, status: 422 }
    if (typeof body.text !== 'string' || body.text.trim() === '')
      return { body: { error: 'text is required' }, status: 422 }
    if (body.deliveryId !== key)
      return { body: { error: 'deliveryId must equal Idempotency-Key' }, status: 422 }
    if (body.event !== undefined && body.event !== 'post.updated')
      return { body: { error: `unknown event ${String(body.event)}` }, status: 422 }
    if (body.event === 'post.updated') {
      // A correction: the group post we made for an earlier delivery gets the new text.
      const target = posts.find((p) => answered.get(p.key)?.id === body.postId)
      if (!target) return { body: { error: 'unknown postId' }, status: 404 }
      const answer = { id: String(body.postId), postUrl: target.postUrl }
      answered.set(key, answer)
      target.body = { ...target.body, text: body.text, title: body.title }
      updates.push({ at: Date.now(), body, key, postUrl: target.postUrl })
      return { body: answer, status: 200 }
    }
    const id = String(nextPostId++)
    const answer = { id, postUrl: `${GROUP_URL}/${id}` }
    answered.set(key, answer)
    posts.push({ at: Date.now(), body, key, postUrl: answer.postUrl })
    return { body: answer, status: 201 }
  }

  const takeFailure = () => {
    const failure = failures[0]
    if (!failure) return undefined
    const left = (failure.times ?? 1) - 1
    if (left <= 0) failures.shift()
    else failure.times = left
    return failure
  }

  /** Authenticates the request, then delivers it. */
  const accept = (
    req: http.IncomingMessage,
    rawBody: Buffer,
    record: FakeOperatorRequest,
  ): Reply => {
    if (!record.signatureValid) return { body: { error: 'invalid signature' }, status: 401 }
    if (!isFresh(header(req, 'x-herold-timestamp') ?? ''))
      return { body: { error: 'stale timestamp' }, status: 401 }
    return deliver(req, rawBody, record.key)
  }

  /** Returns undefined when the request is to hang unanswered. */
  const handle = (
    req: http.IncomingMessage,
    rawBody: Buffer,
    record: FakeOperatorRequest,
  ): Reply | undefined => {
    const failure = takeFailure()
    if (failure) return failureReply(failure)
    const hang = hangs.shift()
    if (hang && !hang.commit) return undefined
    const reply = accept(req, rawBody, record)
    // commit=true: a valid delivery is recorded, but the client never learns of it (unknown outcome).
    return hang ? undefined : reply
  }

  const server = http.createServer(async (req, res) => {
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (target.pathname !== path)
      return void res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'not found' }))
    if (req.method !== 'POST')
      return void res
        .writeHead(405, { allow: 'POST', 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'method not allowed' }))
    const at = Date.now()
    let rawBody: Buffer
    try {
      rawBody = await readBody(req, MAX_BODY_BYTES)
    } catch {
      return void res.destroy()
    }
    const key = header(req, 'idempotency-key') || undefined
    const signatureValid = verifySignature(
      opts.secret,
      header(req, 'x-herold-timestamp') ?? '',
      rawBody,
      header(req, 'x-herold-signature'),
    )
    const record: FakeOperatorRequest = { at, key, signatureValid, status: 0 }
    requests.push(record)
    const reply = handle(req, rawBody, record)
    if (!reply) return
    record.status = reply.status
    res
      .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      .end(JSON.stringify(reply.body))
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }

  return {
    close: () =>
      new Promise<void>((resolve) => {
        // Hung and keep-alive connections would hold the server open forever.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    failNext: (failure) => void failures.push({ ...failure }),
    hangNext: (hang) => void hangs.push({ ...hang }),
    posts,
    requests,
    updates,
    url: `http://127.0.0.1:${port}${path}`,
  }
}
