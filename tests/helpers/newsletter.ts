/**
 * The newsletter tests' stage (tests/int/newsletter-{subscribing,delivery}.test.ts): a Payload
 * on a fresh database per file, a fake SMTP server, the REST API and a gmina, with helpers to
 * subscribe, publish and read the mail.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import { type FakeSmtp, type ReceivedMail, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from './api-server'
import { drain } from './fanout'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'
import { startPayload } from './payload'
import { createSubscriber } from './newsletter-records'

export const SITE = 'https://wislotki.example'
export let payload: Payload
export let smtp: FakeSmtp
export let api: Awaited<ReturnType<typeof startApiServer>>
export let g: Gmina
export let ipCounter = 0

/** Each test's requests come from their own address, so the per-IP limit is only met where tested. */
export const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.base}${path}`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.0.0.${++ipCounter % 250}`,
      ...headers,
    },
    method: 'POST',
    redirect: 'manual',
  })
export const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address))
export const linkIn = (mail: ReceivedMail, pattern: RegExp) => {
  const match = mail.parsed!.text!.match(pattern)
  if (!match) throw new Error(`no link ${pattern} in:\n${mail.parsed!.text}`)
  return match[0]
}
export const subscriberOf = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-subscribers',
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
  ).docs[0] as unknown as Record<string, any>

/** A confirmed subscriber, as after double opt-in (the opt-in itself is tested through HTTP below). */
export const confirmed = async (
  email: string,
  preferences: Record<string, unknown>,
  state?: 'confirmed' | 'pending' | 'unsubscribed' | 'bounced',
) => createSubscriber(payload, email, preferences, state)

export const publish = async (unit: { id: number }, data: Record<string, unknown>) => {
  const created = await draftPost(payload, g.approver, unit, { channels: ['newsletter'], ...data })
  await act(payload, g.approver, created.id, 'submit')
  const approved = await act(payload, g.approver2, created.id, 'approve')
  await drain(payload)
  return approved
}

export const useNewsletter = () => {
  beforeAll(async () => {
    smtp = await startFakeSmtp()
    // TRUST_PROXY: the tests play the proxy, each naming its client in X-Forwarded-For.
    Object.assign(process.env, smtp.env(), {
      HEROLD_NEWSLETTER_LEASE_MS: '60000',
      SERVER_URL: SITE,
      TRUST_PROXY: 'true',
    })
    payload = await startPayload()
    api = await startApiServer(payload.config)
    g = await makeGmina(payload)
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    await smtp?.close()
  })
  beforeEach(() => smtp.onRecipient(() => null))
}
