/**
 * What the mail server's refusals do to a newsletter campaign, against a real SMTP server on
 * loopback (smtp-server, with AUTH) and the pooled nodemailer adapter: a refusal of our sending
 * (login, relaying, the greeting) holds the campaign with the channel needing action and nobody
 * touched, and it finishes by itself, everybody once, when the server takes mail again; a refusal
 * of one address is hard (5.1.1) or soft (mailbox full), and soft turns hard only on the third
 * day with no delivery in between (the days driven through the subscriber's recorded history).
 */
import type { Payload } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ChannelAlerts } from '../../plugins/fanout/components/ChannelAlerts'

import * as engine from '../../plugins/newsletter/sending'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

const SITE = 'https://wislotki.example'
const PASSWORD = 'Haslo-testowe-1'
const DAY_MS = 24 * 3600_000
let payload: Payload
let smtp: FakeSmtp
let api: Awaited<ReturnType<typeof startApiServer>>
let g: Gmina
let admin: string

beforeAll(async () => {
  smtp = await startFakeSmtp({ auth: true })
  Object.assign(process.env, smtp.env(), { HEROLD_NEWSLETTER_LEASE_MS: '60000', SERVER_URL: SITE })
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
// Each test's residents leave afterwards, so the next alert goes to that test's own.
afterEach(async () => {
  await payload.db.updateMany({
    collection: 'newsletter-subscribers' as never,
    data: { state: 'unsubscribed' },
    where: { state: { equals: 'confirmed' } },
  })
})

type SubscriberDoc = {
  bounce?: { reply?: string }
  bounceHistory?: { at: string; decision: string; id: string; kind: string; reply?: string }[]
  email: string
  id: number | string
  softBounceDays?: number
  state: string
}
type RecipientDoc = {
  attempts: number
  heldAttempts?: number
  id: number | string
  key: string
  nextAttemptAt?: string
  reply?: string
  state: string
  subscriber: number | string
}
type CampaignDoc = {
  hold?: { checkAt?: string; reason?: string; since?: string }
  id: number | string
  state: string
}

const residents = async (prefix: string, n: number) => {
  const emails = Array.from({ length: n }, (_, i) => `${prefix}${i}@example.pl`)
  for (const email of emails)
    await payload.create({
      collection: 'newsletter-subscribers',
      data: {
        email,
        preferences: { digest: 'off', urgentAlerts: true },
        state: 'confirmed',
      } as never,
      overrideAccess: true,
    })
  return emails
}
const subscriberOf = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-subscribers',
      depth: 0,
      overrideAccess: true,
      where: { email: { equals: email } },
    })
  ).docs[0] as unknown as SubscriberDoc
const recipientsOf = async (campaignId: number | string) =>
  (
    await payload.find({
      collection: 'newsletter-recipients' as never,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      where: { campaign: { equals: campaignId } },
    })
  ).docs as unknown as RecipientDoc[]
const campaignOf = async (id: number | string) =>
  (await payload.findByID({
    collection: 'newsletter-campaigns' as never,
    depth: 0,
    id,
    overrideAccess: true,
  })) as unknown as CampaignDoc

/** An urgent alert: its campaign starts at once and its batches run in `drain`. Returns the campaign's id. */
const alert = async (title: string) => {
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
const expectHeld = async (campaignId: number | string, emails: string[], reply: RegExp) => {
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
const expectFinished = async (campaignId: number | string, emails: string[]) => {
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

describe('a refused login (535 5.7.8: a wrong SMTP password)', () => {
  it('holds the campaign with nobody touched, and it finishes by itself once the server accepts again', async () => {
    const emails = await residents('logowanie', 5)
    smtp.onAuth(() => ({ code: 535, message: '5.7.8 Error: authentication failed' }))
    // Connections opened (and logged in) by earlier sends would carry on: every send logs in anew.
    await smtp.dropConnections()
    const campaignId = await alert('Komunikat przy złym haśle SMTP')
    await expectHeld(campaignId, emails, /535 5\.7\.8/)
    // The dashboard says the newsletter channel needs action, why, and offers the check.
    const alerts = renderToStaticMarkup(await ChannelAlerts({ payload }))
    expect(alerts).toContain(
      'Newsletter: wstrzymane wysyłki (1)</a> – serwer poczty odmawia: 535 5.7.8 Error: authentication failed. Nikogo nie wypisano',
    )
    expect(alerts).toMatch(/<form [^>]*action="\/api\/newsletter\/smtp-check" method="post"/)

    // Checked when due while the server still refuses: still held, with the server's answer.
    expect(
      await engine.resumeHeldCampaigns(payload, {
        now: Date.now() + engine.SMTP_RECHECK_MS + 1000,
      }),
    ).toMatchObject({ held: 1, refusal: expect.stringMatching(/535/), resumed: 0 })
    await drain(payload)
    expect((await campaignOf(campaignId)).state).toBe('needs_action')

    // The password is fixed (at the server here). Before the check is due nothing happens; then it resumes by itself.
    smtp.onAuth(() => null)
    expect((await engine.resumeHeldCampaigns(payload)).resumed).toBe(0)
    expect(
      await engine.resumeHeldCampaigns(payload, {
        now: Date.now() + 2 * engine.SMTP_RECHECK_MS + 1000,
      }),
    ).toMatchObject({ refusal: null, resumed: 1 })
    await expectFinished(campaignId, emails)
    expect(renderToStaticMarkup(await ChannelAlerts({ payload }))).not.toContain('Newsletter')
    // Each message was tried twice: the held attempt was not counted against it.
    for (const r of await recipientsOf(campaignId))
      expect(r).toMatchObject({ attempts: 2, heldAttempts: 1, state: 'sent' })
  })
})

describe('relaying denied (550 5.7.1)', () => {
  it('at MAIL FROM: held, nobody unsubscribed; staff check the server after the fix and it finishes', async () => {
    const emails = await residents('nadawca', 4)
    smtp.onSender(() => ({ code: 550, message: '5.7.1 Relaying denied' }))
    const campaignId = await alert('Komunikat przy odmowie przekazywania (nadawca)')
    await expectHeld(campaignId, emails, /550 5\.7\.1 Relaying denied/)

    // The admin action: still refused while the server refuses… (verify logs in only, so it passes;
    // the resumed campaign meets the refusal at its first messages and is held again, nobody touched).
    const check = () =>
      fetch(`${api.base}/api/newsletter/smtp-check`, {
        headers: { authorization: admin },
        method: 'POST',
      })
    expect((await fetch(`${api.base}/api/newsletter/smtp-check`, { method: 'POST' })).status).toBe(
      403,
    )
    expect(await (await check()).json()).toMatchObject({ resumed: 1 })
    await drain(payload)
    expect((await campaignOf(campaignId)).state).toBe('needs_action')
    for (const r of await recipientsOf(campaignId))
      expect(r).toMatchObject({ heldAttempts: 2, state: 'retry' })
    for (const email of emails)
      expect(await subscriberOf(email)).toMatchObject({ state: 'confirmed' })

    smtp.onSender(() => null)
    // The dashboard's form: back to the dashboard.
    const form = await fetch(`${api.base}/api/newsletter/smtp-check`, {
      body: '',
      headers: { authorization: admin, 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
      redirect: 'manual',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe(`${SITE}/admin`)
    expect((await campaignOf(campaignId)).state).toBe('sending')
    await expectFinished(campaignId, emails)
    const none = await check()
    expect(none.status).toBe(200)
    expect(await none.json()).toMatchObject({
      message: expect.stringMatching(/Żadna wysyłka/),
      resumed: 0,
    })
  })

  it('at RCPT TO for every recipient: held the same way, then finished by itself', async () => {
    const emails = await residents('przekazywanie', 4)
    smtp.onRecipient(() => ({ code: 554, message: '5.7.1 Relay access denied' }))
    const campaignId = await alert('Komunikat przy odmowie przekazywania (adresat)')
    await expectHeld(campaignId, emails, /554 5\.7\.1 Relay access denied/)
    smtp.onRecipient(() => null)
    expect(
      (
        await engine.resumeHeldCampaigns(payload, {
          now: Date.now() + engine.SMTP_RECHECK_MS + 1000,
        })
      ).resumed,
    ).toBe(1)
    await expectFinished(campaignId, emails)
  })

  it('for one address while the others go out: only that message waits for another try, the campaign goes on', async () => {
    const emails = await residents('polityka', 6)
    const refused = emails[3]
    smtp.onRecipient((address) =>
      address === refused
        ? { code: 550, message: '5.7.1 Recipient address rejected: Access denied' }
        : null,
    )
    const campaignId = await alert('Komunikat z jednym adresem odrzuconym przez politykę')
    expect(await engine.campaignProgress(payload, campaignId)).toMatchObject({
      bounced: 0,
      retry: 1,
      sent: 5,
      state: 'sending',
    })
    const record = (await recipientsOf(campaignId)).find((r) => r.state === 'retry')!
    expect(record).toMatchObject({
      attempts: 1,
      heldAttempts: 0,
      reply: expect.stringContaining('5.7.1'),
    })
    expect(Date.parse(record.nextAttemptAt!)).toBeGreaterThan(Date.now())
    expect(await subscriberOf(refused)).toMatchObject({ softBounceDays: 0, state: 'confirmed' })
  })
})

describe('a refused greeting (554 at connection)', () => {
  it('holds the campaign like a refused login, and it finishes by itself once the server greets again', async () => {
    const emails = await residents('powitanie', 3)
    smtp.onConnect(() => ({
      code: 554,
      message: 'mail.wislotki.example ESMTP not accepting messages from your address',
    }))
    await smtp.dropConnections()
    const campaignId = await alert('Komunikat przy odmowie połączenia')
    await expectHeld(campaignId, emails, /554 mail\.wislotki\.example ESMTP not accepting/)
    smtp.onConnect(() => null)
    expect(
      (
        await engine.resumeHeldCampaigns(payload, {
          now: Date.now() + engine.SMTP_RECHECK_MS + 1000,
        })
      ).resumed,
    ).toBe(1)
    await expectFinished(campaignId, emails)
  })
})

describe('refusals of single recipients', () => {
  /** Moves a subscriber's recorded refusals `days` back, as if they had happened then. */
  const ageHistory = async (email: string, days: number) => {
    const s = (await payload.db.findOne({
      collection: 'newsletter-subscribers' as never,
      where: { email: { equals: email } },
    })) as unknown as SubscriberDoc
    const bounceHistory = s.bounceHistory!.map((e) => ({
      ...e,
      at: new Date(Date.parse(e.at) - days * DAY_MS).toISOString(),
    }))
    await payload.update({
      collection: 'newsletter-subscribers',
      data: { bounceHistory } as never,
      id: s.id,
      overrideAccess: true,
    })
  }
  /** The retries of the campaign, due now instead of after their backoff. */
  const retryNow = async (campaignId: number | string) => {
    await payload.db.updateMany({
      collection: 'newsletter-recipients' as never,
      data: { nextAttemptAt: new Date(0).toISOString() },
      where: { and: [{ campaign: { equals: campaignId } }, { state: { equals: 'retry' } }] },
    })
    await engine.processCampaignBatch(payload, campaignId)
  }

  it('5.1.1 is hard; 5.2.2 and 4.2.2 are soft, retried, and hard only on the third day with no delivery in between', async () => {
    const [gone, full, quota, fine] = await residents('odbiorca', 4)
    let quotaAccepts = false
    smtp.onRecipient((address) =>
      address === gone
        ? {
            code: 550,
            message: '5.1.1 <odbiorca0@example.pl>: Recipient address rejected: User unknown',
          }
        : address === full
          ? { code: 552, message: '5.2.2 Mailbox full' }
          : address === quota && !quotaAccepts
            ? { code: 452, message: '4.2.2 Mailbox over quota' }
            : null,
    )
    const campaignId = await alert('Komunikat do skrzynek pełnych i nieistniejących')
    const recordOf = async (email: string) => {
      const s = await subscriberOf(email)
      return (await recipientsOf(campaignId)).find((r) => String(r.subscriber) === String(s.id))!
    }
    // Not the server's fault: the campaign goes on.
    expect(await engine.campaignProgress(payload, campaignId)).toMatchObject({
      bounced: 1,
      retry: 2,
      sent: 1,
      state: 'sending',
    })
    expect(await subscriberOf(gone)).toMatchObject({
      bounce: { reply: expect.stringContaining('550 5.1.1') },
      softBounceDays: 0,
      state: 'bounced',
    })
    expect((await subscriberOf(gone)).bounceHistory).toMatchObject([
      {
        decision: expect.stringMatching(/nie istnieje/),
        kind: 'hard',
        reply: expect.stringContaining('5.1.1'),
      },
    ])
    expect(await recordOf(gone)).toMatchObject({ state: 'bounced' })
    expect(smtp.countFor(fine)).toBe(1)

    // Day 1: both soft, still subscribed, retried after the backoff.
    for (const email of [full, quota]) {
      expect(await subscriberOf(email), email).toMatchObject({
        softBounceDays: 1,
        state: 'confirmed',
      })
      expect((await subscriberOf(email)).bounceHistory, email).toMatchObject([
        { decision: expect.stringMatching(/dzień 1 z 3/), kind: 'soft' },
      ])
      const record = await recordOf(email)
      expect(record).toMatchObject({ attempts: 1, state: 'retry' })
      expect(Date.parse(record.nextAttemptAt!) - Date.now()).toBeGreaterThan(20_000)
    }
    // Again the same day: recorded, still day 1.
    await retryNow(campaignId)
    expect(await subscriberOf(full)).toMatchObject({ softBounceDays: 1, state: 'confirmed' })
    expect((await subscriberOf(full)).bounceHistory).toHaveLength(2)

    // A day later: day 2. The quota one is then delivered, which starts its count again.
    await ageHistory(full, 1)
    await ageHistory(quota, 1)
    await retryNow(campaignId)
    expect(await subscriberOf(full)).toMatchObject({ softBounceDays: 2, state: 'confirmed' })
    expect(await subscriberOf(quota)).toMatchObject({ softBounceDays: 2, state: 'confirmed' })
    quotaAccepts = true
    await ageHistory(full, 1)
    await ageHistory(quota, 1)
    await retryNow(campaignId)
    expect(smtp.countFor(quota)).toBe(1)
    expect(await subscriberOf(quota)).toMatchObject({ softBounceDays: 0, state: 'confirmed' })
    expect((await subscriberOf(quota)).bounceHistory!.at(-1)).toMatchObject({
      decision: expect.stringMatching(/wyzerowany/),
      kind: 'delivered',
    })

    // The full one's third day without delivery: now it is hard.
    expect(await subscriberOf(full)).toMatchObject({
      bounce: { reply: expect.stringContaining('552 5.2.2') },
      softBounceDays: 3,
      state: 'bounced',
    })
    expect((await subscriberOf(full)).bounceHistory!.map((e) => e.kind)).toEqual([
      'soft',
      'soft',
      'soft',
      'soft',
    ])
    expect((await subscriberOf(full)).bounceHistory!.at(-1)!.decision).toMatch(
      /uznany za odrzucony/,
    )
    expect(await recordOf(full)).toMatchObject({ attempts: 4, state: 'bounced' })
    expect(smtp.countFor(full)).toBe(0)
    expect(await engine.campaignProgress(payload, campaignId)).toMatchObject({
      bounced: 2,
      retry: 0,
      sent: 2,
      state: 'done',
    })
  })
})
