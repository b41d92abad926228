/**
 * The newsletter-sending tests' stage (tests/int/newsletter-sending-*.test.ts): a Payload on a
 * fresh database per file, a fake SMTP server, the REST API, a gmina with its staff, and helpers to
 * publish, subscribe and count messages.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from './api-server'
import { drain } from './fanout'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'
import { startPayload } from './payload'
import { createSubscriber, findRecipients } from './newsletter-records'

export const SITE = 'https://wislotki.example'
export const PASSWORD = 'Haslo-testowe-1'
export let payload: Payload
export let smtp: FakeSmtp
export let api: Awaited<ReturnType<typeof startApiServer>>
export let g: Gmina
export let admin: string
export let editor: string

export const subscriber = (
  email: string,
  preferences: Record<string, unknown> = {},
  state?: 'confirmed' | 'pending' | 'unsubscribed' | 'bounced',
) => createSubscriber(payload, email, preferences, state)

export const publish = async (data: Record<string, unknown>, unit: { id: number } = g.office) => {
  const created = await draftPost(payload, g.approver, unit, { channels: ['newsletter'], ...data })
  await act(payload, g.approver, created.id, 'submit')
  const approved = await act(payload, g.approver2, created.id, 'approve')
  await drain(payload)
  return approved
}

export const api$ = (path: string, init: RequestInit & { auth?: string } = {}) =>
  fetch(`${api.base}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.auth ? { authorization: init.auth } : {}),
      ...(init.headers as Record<string, string>),
    },
  })

export const recipientsOf = (campaignId: number | string) => findRecipients(payload, campaignId)

/** Messages accepted per envelope address, from `from` on in the fake's log. */
export const perAddress = (from = 0) => {
  const counts = new Map<string, number>()
  for (const m of smtp.received.slice(from))
    for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1)
  return counts
}

/** Every campaign and recipient record leaves this file finished, so the next test starts clean. */
export const finishAll = async () => {
  await payload.db.updateMany({
    collection: 'newsletter-campaigns',
    data: { state: 'done' },
    where: { state: { equals: 'sending' } },
  })
}

export const useNewsletterSending = () => {
  beforeAll(async () => {
    smtp = await startFakeSmtp()
    Object.assign(process.env, smtp.env(), {
      HEROLD_NEWSLETTER_LEASE_MS: '60000',
      SERVER_URL: SITE,
    })
    payload = await startPayload()
    api = await startApiServer(payload.config)
    g = await makeGmina(payload)
    admin = await api.login(g.admin.email, PASSWORD)
    editor = await api.login(g.editor.email, PASSWORD)
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    await smtp?.close()
  })
  beforeEach(() => smtp.onRecipient(() => null))
}
