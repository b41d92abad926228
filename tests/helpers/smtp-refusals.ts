/**
 * The stage of the SMTP-refusal tests (tests/int/newsletter-smtp-refusals-*.test.ts): a Payload on
 * a fresh database per file, a real SMTP server on loopback (smtp-server, with AUTH) and the pooled
 * nodemailer adapter, residents, and checks that a campaign is held or finished.
 */
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'

import * as engine from '../../plugins/newsletter/sending'
import type { NewsletterCampaign, NewsletterSubscriber } from '../../src/payload-types'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from './api-server'
import { deliveriesOf, drain } from './fanout'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'
import { startPayload } from './payload'
import { findRecipients } from './newsletter-records'

export const SITE = 'https://wislotki.example'
export const PASSWORD = 'Haslo-testowe-1'
export const DAY_MS = 24 * 3600_000
export let payload: Payload
export let smtp: FakeSmtp
export let api: Awaited<ReturnType<typeof startApiServer>>
export let g: Gmina
export let admin: string

// Each test's residents leave afterwards, so the next alert goes to that test's own.

/** A subscriber and a campaign as the tests read them: the generated collection types. */
export type SubscriberDoc = NewsletterSubscriber
export type CampaignDoc = NewsletterCampaign

export const residents = async (prefix: string, n: number) => {
  const emails = Array.from({ length: n }, (_, i) => `${prefix}${i}@example.pl`)
  for (const email of emails)
    await payload.create({
      collection: 'newsletter-subscribers',
      data: {
        email,
        preferences: { digest: 'off', urgentAlerts: true },
        state: 'confirmed',
      },
      overrideAccess: true,
    })
  return emails
}
export const subscriberOf = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-subscribers',
      depth: 0,
      overrideAccess: true,
      where: { email: { equals: email } },
    })
  ).docs[0]
export const recipientsOf = (campaignId: number | string) => findRecipients(payload, campaignId)
export const campaignOf = async (id: number | string) =>
  payload.findByID({
    collection: 'newsletter-campaigns',
    depth: 0,
    id,
    overrideAccess: true,
  })

/** An urgent alert: its campaign starts at once and its batches run in `drain`. Returns the campaign's id. */
export const alert = async (title: string) => {
  const created = await draftPost(payload, g.approver, g.office, {
    category: 'safety',
    channels: ['newsletter'],
    informationType: 'urgent_alert',
    title,
  })
  await act(payload, g.approver, created.id, 'submit')
  const approved = await act(payload, g.approver2, created.id, 'approve')
  await drain(payload)
  return (await deliveriesOf(payload, approved.id))[0].externalId!.split(':')[1]
}

/** Held by the server: the channel needs action, every message waits, nobody bounced, failed or sent. */
export const expectHeld = async (campaignId: number | string, emails: string[], reply: RegExp) => {
  expect(await engine.campaignProgress(payload, campaignId)).toMatchObject({
    bounced: 0,
    failed: 0,
    held: expect.stringMatching(reply),
    sending: 0,
    sent: 0,
    state: 'needs_action',
    uncertain: 0,
  })
  const campaign = await campaignOf(campaignId)
  expect(campaign.hold?.reason).toMatch(reply)
  expect(Date.parse(campaign.hold!.checkAt!)).toBeGreaterThan(Date.now())
  for (const r of await recipientsOf(campaignId))
    expect(r).toMatchObject({
      heldAttempts: 1,
      reply: expect.stringMatching(/Wstrzymano – serwer poczty odmówił/),
      state: 'retry',
    })
  for (const email of emails) {
    expect(await subscriberOf(email), email).toMatchObject({
      softBounceDays: 0,
      state: 'confirmed',
    })
    expect((await subscriberOf(email)).bounceHistory ?? []).toEqual([])
    expect(smtp.countFor(email), email).toBe(0)
  }
}

/** Resumed once the server takes mail again: the campaign finishes, everybody once. */
export const expectFinished = async (campaignId: number | string, emails: string[]) => {
  await drain(payload)
  expect(await engine.campaignProgress(payload, campaignId)).toMatchObject({
    bounced: 0,
    failed: 0,
    retry: 0,
    sent: emails.length,
    state: 'done',
    total: emails.length,
    uncertain: 0,
  })
  for (const email of emails) {
    expect(smtp.countFor(email), email).toBe(1)
    expect((await subscriberOf(email)).state).toBe('confirmed')
  }
  expect((await recipientsOf(campaignId)).every((r) => r.state === 'sent')).toBe(true)
}

export const useSmtpRefusals = () => {
  beforeAll(async () => {
    smtp = await startFakeSmtp({ auth: true })
    Object.assign(process.env, smtp.env(), {
      HEROLD_NEWSLETTER_LEASE_MS: '60000',
      SERVER_URL: SITE,
    })
    payload = await startPayload()
    api = await startApiServer(payload.config)
    g = await makeGmina(payload)
    admin = await api.login(g.admin.email, PASSWORD)
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    await smtp?.close()
  })
  beforeEach(() => {
    smtp.onAuth(() => null)
    smtp.onConnect(() => null)
    smtp.onSender(() => null)
    smtp.onRecipient(() => null)
  })
  afterEach(async () => {
    await payload.db.updateMany({
      collection: 'newsletter-subscribers',
      data: { state: 'unsubscribed' },
      where: { state: { equals: 'confirmed' } },
    })
  })
}
