/**
 * Newsletter sending beyond the basics of newsletter.test.ts: who may see campaigns, the admin's
 * "send the digest now", deliveries naming their digest, BIP links once the entry is out, two
 * batches of one campaign at once (no message twice), retries given up or dropped, the explicit
 * resend of messages whose outcome is unknown, and the digest schedule run by node-cron.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { scheduleDigests } from '../../plugins/newsletter/sending/digest-schedule'
import {
  campaignProgress,
  IN_FLIGHT,
  MAX_SMTP_ATTEMPTS,
  processCampaignBatch,
  startDigest,
} from '../../plugins/newsletter/sending'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

const SITE = 'https://wislotki.example'
const PASSWORD = 'Haslo-testowe-1'
let payload: Payload
let smtp: FakeSmtp
let api: Awaited<ReturnType<typeof startApiServer>>
let g: Gmina
let admin: string
let editor: string

beforeAll(async () => {
  smtp = await startFakeSmtp()
  Object.assign(process.env, smtp.env(), { HEROLD_NEWSLETTER_LEASE_MS: '60000', SERVER_URL: SITE })
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

const subscriber = (
  email: string,
  preferences: Record<string, unknown> = {},
  state = 'confirmed',
) =>
  payload.create({
    collection: 'newsletter-subscribers',
    data: {
      email,
      preferences: { digest: 'off', urgentAlerts: false, ...preferences },
      state,
    } as never,
    overrideAccess: true,
  })

const publish = async (data: Record<string, unknown>, unit: { id: number | string } = g.office) => {
  const created = await draftPost(payload, g.approver, unit, { channels: ['newsletter'], ...data })
  await act(payload, g.approver, created.id, 'submit')
  const approved = await act(payload, g.approver2, created.id, 'approve')
  await drain(payload)
  return approved
}

const api$ = (path: string, init: RequestInit & { auth?: string } = {}) =>
  fetch(`${api.base}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.auth ? { authorization: init.auth } : {}),
      ...(init.headers as Record<string, string>),
    },
  })

const recipientsOf = async (campaignId: number | string) =>
  (
    await payload.find({
      collection: 'newsletter-recipients' as never,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      where: { campaign: { equals: campaignId } },
    })
  ).docs as unknown as {
    attempts: number
    id: number | string
    key: string
    reply?: string
    state: string
    subscriber: number | string
  }[]

/** Messages accepted per envelope address, from `from` on in the fake's log. */
const perAddress = (from = 0) => {
  const counts = new Map<string, number>()
  for (const m of smtp.received.slice(from))
    for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1)
  return counts
}

/** Every campaign and recipient record leaves this file finished, so the next test starts clean. */
const finishAll = async () => {
  await payload.db.updateMany({
    collection: 'newsletter-campaigns' as never,
    data: { state: 'done' },
    where: { state: { equals: 'sending' } },
  })
}

describe('who may see the sending side', () => {
  it('answers anonymous users and unit editors with 403, staff with the data', async () => {
    await subscriber('dostep@example.pl', { urgentAlerts: true })
    const alert = await publish({
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Komunikat testowy dostępu',
    })
    const campaignId = (await deliveriesOf(payload, alert.id))[0].externalId!.split(':')[1]
    for (const path of [
      '/api/newsletter-campaigns',
      '/api/newsletter-recipients',
      '/api/newsletter-retry-claims',
      `/api/newsletter-campaigns/${campaignId}`,
      `/api/newsletter/campaigns/${campaignId}/progress`,
    ]) {
      expect((await api$(path)).status, `${path} anonymous`).toBe(403)
      expect((await api$(path, { auth: editor })).status, `${path} editor`).toBe(403)
    }
    expect(
      (
        await api$('/api/newsletter/digest', {
          auth: editor,
          body: JSON.stringify({ kind: 'digest_daily' }),
          method: 'POST',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api$(`/api/newsletter/campaigns/${campaignId}/resend-uncertain`, {
          auth: editor,
          method: 'POST',
        })
      ).status,
    ).toBe(403)

    const campaigns = await (await api$('/api/newsletter-campaigns', { auth: admin })).json()
    const doc = campaigns.docs.find(
      (c: { subject: string }) => c.subject === 'Pilny komunikat: Komunikat testowy dostępu',
    )
    expect(doc).toMatchObject({
      counters: { bounced: 0, failed: 0, retry: 0, sent: 1, uncertain: 0 },
      kind: 'alert',
      state: 'done',
      total: 1,
    })
    const recipients = await (
      await api$(`/api/newsletter-recipients?where[campaign][equals]=${campaignId}`, {
        auth: admin,
      })
    ).json()
    expect(recipients.docs).toHaveLength(1)
    expect(recipients.docs[0]).toMatchObject({
      messageId: expect.stringMatching(/^<newsletter\.\d+\.\d+@wislotki\.example>$/),
      state: 'sent',
    })
    // The record names the message as the receiving server saw it.
    expect(smtp.received.find((m) => m.to.includes('dostep@example.pl'))!.parsed!.messageId).toBe(
      recipients.docs[0].messageId,
    )
    const progress = await (
      await api$(`/api/newsletter/campaigns/${campaignId}/progress`, { auth: admin })
    ).json()
    expect(progress).toMatchObject({
      bounced: 0,
      failed: 0,
      sent: 1,
      state: 'done',
      total: 1,
      uncertain: 0,
    })
    expect((await api$('/api/newsletter/campaigns/999999/progress', { auth: admin })).status).toBe(
      404,
    )
    // Campaigns are written by the engine only.
    expect(
      (
        await api$('/api/newsletter-campaigns', {
          auth: admin,
          body: JSON.stringify({ key: 'x', kind: 'alert', state: 'done', subject: 'x' }),
          method: 'POST',
        })
      ).status,
    ).toBe(403)
  })
})

describe('without a mail server', () => {
  it('skips the newsletter with a Polish reason naming SMTP_HOST, and sends nothing later', async () => {
    const host = process.env.SMTP_HOST
    delete process.env.SMTP_HOST
    try {
      const post = await publish({
        category: 'safety',
        informationType: 'urgent_alert',
        title: 'Komunikat bez serwera poczty',
      })
      const [delivery] = await deliveriesOf(payload, post.id)
      expect(delivery.state).toBe('skipped')
      expect(delivery.reason).toMatch(/serwera poczty.*SMTP_HOST/)
    } finally {
      process.env.SMTP_HOST = host
    }
    await drain(payload)
    const campaigns = await payload.find({
      collection: 'newsletter-campaigns' as never,
      overrideAccess: true,
      where: { subject: { like: 'bez serwera poczty' } },
    })
    expect(campaigns.totalDocs).toBe(0)
  })
})

describe('digests', () => {
  it('are sent by staff on demand; each post’s delivery then names its digest; an empty one sends nothing', async () => {
    await subscriber('tygodnik@example.pl', { digest: 'weekly' })
    const post = await publish({ category: 'culture', title: 'Dożynki gminne' })
    const [waiting] = await deliveriesOf(payload, post.id)
    expect(waiting.state).toBe('sent')
    expect(waiting.reason).toMatch(/najbliższego wydania zbiorczego/)

    const bad = await api$('/api/newsletter/digest', {
      auth: admin,
      body: JSON.stringify({ kind: 'co godzinę' }),
      method: 'POST',
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/codzienne albo tygodniowe/)

    const before = smtp.received.length
    const res = await api$('/api/newsletter/digest', {
      auth: admin,
      body: JSON.stringify({ kind: 'digest_weekly' }),
      method: 'POST',
    })
    expect(res.status).toBe(200)
    const { id, message } = await res.json()
    expect(message).toMatch(/rozpoczęta/)
    await drain(payload)
    const mails = smtp.received.slice(before).filter((m) => m.to.includes('tygodnik@example.pl'))
    expect(mails).toHaveLength(1)
    expect(mails[0].parsed!.text).toContain('Dożynki gminne')
    expect(mails[0].parsed!.subject).toMatch(/wydanie tygodniowe/)

    const [shown] = await deliveriesOf(payload, post.id)
    expect(shown.externalId).toBe(`campaign:${id}`)
    expect(shown.externalUrl).toBe(`${SITE}/admin/collections/newsletter-campaigns/${id}`)
    expect(shown.reason).toMatch(/^Wysłano w wydaniu tygodniowym z \d+ \S+ \d{4}/)

    // Nothing new since: no campaign, no message.
    const again = await api$('/api/newsletter/digest', {
      auth: admin,
      body: JSON.stringify({ kind: 'digest_weekly' }),
      method: 'POST',
    })
    expect(await again.json()).toMatchObject({ message: expect.stringMatching(/nic nie wysłano/) })
    await drain(payload)
    expect(smtp.received.length).toBe(before + 1)
  })

  it('carry the BIP link of public information, once its BIP entry is published', async () => {
    await subscriber('bip@example.pl', { digest: 'daily' })
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR.0050.12.2025',
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Zarządzenie w sprawie konsultacji',
        url: 'https://bip.testowo.example/zarzadzenie-12',
      } as never,
      overrideAccess: true,
    })
    const post = await publish({
      bipReference: bip.id,
      category: 'official',
      informationType: 'public_information',
      title: 'Konsultacje studium',
    })
    expect((await deliveriesOf(payload, post.id))[0].state).toBe('waiting_for_bip')
    // A digest made now leaves it out: it has not gone into the newsletter yet.
    const early = (await startDigest(payload, 'digest_daily', new Date())) as unknown as {
      posts: unknown[]
    }
    expect(early.posts.map(String)).not.toContain(String(post.id))
    await drain(payload)

    await payload.update({
      collection: 'bip-references',
      data: { publishedAt: new Date(Date.now() - 1000).toISOString(), state: 'published' },
      id: bip.id,
      overrideAccess: true,
    })
    await drain(payload)
    expect((await deliveriesOf(payload, post.id))[0].state).toBe('sent')
    const before = smtp.received.length
    expect(await startDigest(payload, 'digest_daily', new Date(Date.now() + 1000))).toBeTruthy()
    await drain(payload)
    const mail = smtp.received.slice(before).find((m) => m.to.includes('bip@example.pl'))!.parsed!
    expect(mail.text).toContain('Konsultacje studium')
    expect(mail.text).toContain(
      'Oficjalna publikacja w BIP: https://bip.testowo.example/zarzadzenie-12',
    )
    expect(mail.html).toContain('href="https://bip.testowo.example/zarzadzenie-12"')
    expect(mail.text).toMatch(new RegExp(`${SITE}/aktualnosci/konsultacje-studium`))
    await finishAll()
  })
})

describe('urgent alerts in a digest', () => {
  it('are left out for those who got them, and kept for those who did not (alerts switched on later)', async () => {
    await subscriber('dostal-alert@example.pl', { digest: 'daily', urgentAlerts: true })
    const late = await subscriber('pozno@example.pl', { digest: 'daily', urgentAlerts: false })
    // Past the end of the previous daily digest's period (a second ahead of its making).
    await new Promise((r) => setTimeout(r, 1100))
    const before = smtp.received.length
    await publish({
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Zamknięcie mostu',
    })
    expect(perAddress(before).get('dostal-alert@example.pl')).toBe(1)
    expect(perAddress(before).get('pozno@example.pl')).toBeUndefined()
    await payload.update({
      collection: 'newsletter-subscribers',
      data: { preferences: { digest: 'daily', urgentAlerts: true } } as never,
      id: late.id,
      overrideAccess: true,
    })

    const digestFrom = smtp.received.length
    expect(await startDigest(payload, 'digest_daily', new Date(Date.now() + 1000))).toBeTruthy()
    await drain(payload)
    const digestTo = (address: string) =>
      smtp.received.slice(digestFrom).find((m) => m.to.includes(address))?.parsed?.text ?? ''
    expect(digestTo('pozno@example.pl')).toContain('Zamknięcie mostu')
    expect(digestTo('dostal-alert@example.pl')).not.toContain('Zamknięcie mostu')
    await finishAll()
  })
})

describe('two batches of one campaign at once', () => {
  it('send each subscriber one message: the per-recipient record is the claim', async () => {
    for (let i = 0; i < 3 * IN_FLIGHT + 7; i++)
      await subscriber(`rownolegle${String(i).padStart(3, '0')}@example.pl`, { digest: 'weekly' })
    await publish({ category: 'sport', title: 'Bieg uliczny' })
    const campaign = (await startDigest(
      payload,
      'digest_weekly',
      new Date(Date.now() + 2000),
    )) as unknown as { id: number | string; total: number }
    const before = smtp.received.length
    // The queued job and two more workers' batches, all at the same moment.
    await Promise.all([
      processCampaignBatch(payload, campaign.id, 40),
      processCampaignBatch(payload, campaign.id, 40),
      processCampaignBatch(payload, campaign.id, 40),
    ])
    await drain(payload)
    const counts = perAddress(before)
    const ours = [...counts].filter(([to]) => to.startsWith('rownolegle'))
    expect(ours).toHaveLength(3 * IN_FLIGHT + 7)
    expect(ours.every(([, n]) => n === 1)).toBe(true)
    expect(Math.max(...counts.values())).toBe(1)
    expect(await campaignProgress(payload, campaign.id)).toMatchObject({
      sending: 0,
      sent: campaign.total,
      state: 'done',
      uncertain: 0,
    })
  })

  it('retry a temporary refusal only once between them', async () => {
    await subscriber('zajety@example.pl', { urgentAlerts: true })
    smtp.onRecipient((address, attempt) =>
      address === 'zajety@example.pl' && attempt === 1
        ? { code: 421, message: '4.3.2 Service busy' }
        : null,
    )
    const alert = await publish({
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Zamknięta droga',
    })
    const campaignId = (await deliveriesOf(payload, alert.id))[0].externalId!.split(':')[1]
    const [waiting] = (await recipientsOf(campaignId)).filter((r) => r.state === 'retry')
    expect(waiting.reply).toContain('Service busy')
    await payload.db.updateOne({
      collection: 'newsletter-recipients' as never,
      data: { nextAttemptAt: new Date(0).toISOString() },
      id: waiting.id,
    })
    const before = smtp.countFor('zajety@example.pl')
    await Promise.all([
      processCampaignBatch(payload, campaignId),
      processCampaignBatch(payload, campaignId),
      processCampaignBatch(payload, campaignId),
    ])
    expect(smtp.countFor('zajety@example.pl') - before).toBe(1)
    expect((await recipientsOf(campaignId)).find((r) => r.id === waiting.id)).toMatchObject({
      attempts: 2,
      state: 'sent',
    })
    expect(await campaignProgress(payload, campaignId)).toMatchObject({ retry: 0, state: 'done' })
  })
})

describe('retries that end', () => {
  it('give up after the last attempt, and drop a subscriber who left meanwhile', async () => {
    await subscriber('wiecznie-zajety@example.pl', { urgentAlerts: true })
    await subscriber('odchodzi@example.pl', { urgentAlerts: true })
    smtp.onRecipient((address) =>
      address === 'wiecznie-zajety@example.pl' || address === 'odchodzi@example.pl'
        ? { code: 450, message: '4.2.1 Mailbox busy' }
        : null,
    )
    const alert = await publish({
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Awaria oświetlenia',
    })
    const campaignId = (await deliveriesOf(payload, alert.id))[0].externalId!.split(':')[1]
    const leaving = (
      await payload.find({
        collection: 'newsletter-subscribers',
        overrideAccess: true,
        where: { email: { equals: 'odchodzi@example.pl' } },
      })
    ).docs[0]
    await payload.update({
      collection: 'newsletter-subscribers',
      data: { state: 'unsubscribed' } as never,
      id: leaving.id,
      overrideAccess: true,
    })
    // The busy one is at its last attempt.
    for (const r of (await recipientsOf(campaignId)).filter((r) => r.state === 'retry')) {
      await payload.db.updateOne({
        collection: 'newsletter-recipients' as never,
        data: { attempts: MAX_SMTP_ATTEMPTS - 1, nextAttemptAt: new Date(0).toISOString() },
        id: r.id,
      })
    }
    await processCampaignBatch(payload, campaignId)
    const records = await recipientsOf(campaignId)
    const of = (id: number | string) => records.find((r) => String(r.subscriber) === String(id))!
    expect(of(leaving.id)).toMatchObject({
      reply: expect.stringMatching(/wypisał się/),
      state: 'failed',
    })
    const busy = (
      await payload.find({
        collection: 'newsletter-subscribers',
        overrideAccess: true,
        where: { email: { equals: 'wiecznie-zajety@example.pl' } },
      })
    ).docs[0]
    expect(of(busy.id)).toMatchObject({
      attempts: MAX_SMTP_ATTEMPTS,
      reply: expect.stringContaining('Mailbox busy'),
      state: 'failed',
    })
    expect(smtp.countFor('wiecznie-zajety@example.pl') + smtp.countFor('odchodzi@example.pl')).toBe(
      0,
    )
    expect(await campaignProgress(payload, campaignId)).toMatchObject({
      failed: 2,
      retry: 0,
      state: 'done',
    })
  })
})

describe('messages whose outcome is unknown', () => {
  it('are resent only when staff ask for it, once', async () => {
    await subscriber('niepewny@example.pl', { urgentAlerts: true })
    const alert = await publish({
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Ostrzeżenie hydrologiczne',
    })
    const campaignId = (await deliveriesOf(payload, alert.id))[0].externalId!.split(':')[1]
    const sub = (
      await payload.find({
        collection: 'newsletter-subscribers',
        overrideAccess: true,
        where: { email: { equals: 'niepewny@example.pl' } },
      })
    ).docs[0]
    const recordOf = async () =>
      (await recipientsOf(campaignId)).find((r) => String(r.subscriber) === String(sub.id))!
    const record = await recordOf()
    const sentBefore = (await campaignProgress(payload, campaignId))!.sent
    // As if the worker died between handing the message over and writing down the outcome.
    await payload.db.updateOne({
      collection: 'newsletter-recipients' as never,
      data: { claimedAt: new Date(Date.now() - 120_000).toISOString(), state: 'sending' },
      id: record.id,
    })
    await payload.db.updateOne({
      collection: 'newsletter-campaigns' as never,
      data: { finishedAt: null, state: 'sending' },
      id: campaignId,
    })
    const before = smtp.countFor('niepewny@example.pl')
    await processCampaignBatch(payload, campaignId)
    await drain(payload)
    expect(await campaignProgress(payload, campaignId)).toMatchObject({
      sending: 0,
      sent: sentBefore - 1,
      state: 'done',
      uncertain: 1,
    })
    expect(await recordOf()).toMatchObject({
      reply: expect.stringMatching(/przerwano/),
      state: 'uncertain',
    })
    expect(smtp.countFor('niepewny@example.pl')).toBe(before)

    const res = await api$(`/api/newsletter/campaigns/${campaignId}/resend-uncertain`, {
      auth: admin,
      method: 'POST',
    })
    expect(res.status).toBe(200)
    expect((await res.json()).message).toMatch(/zostaną wysłane ponownie/)
    await drain(payload)
    expect(smtp.countFor('niepewny@example.pl')).toBe(before + 1)
    expect(await campaignProgress(payload, campaignId)).toMatchObject({
      sent: sentBefore,
      state: 'done',
      uncertain: 0,
    })
    expect(await recordOf()).toMatchObject({ attempts: 2, state: 'sent' })
    // Pressing it again has nothing left to resend.
    await api$(`/api/newsletter/campaigns/${campaignId}/resend-uncertain`, {
      auth: admin,
      method: 'POST',
    })
    await drain(payload)
    expect(smtp.countFor('niepewny@example.pl')).toBe(before + 1)
  })
})

describe('the digest schedule', () => {
  it('refuses an invalid cron expression with a Polish message', async () => {
    const res = await api$('/api/globals/newsletter-settings', {
      auth: admin,
      body: JSON.stringify({ dailyCron: 'codziennie o 7' }),
      method: 'POST',
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(JSON.stringify(body)).toMatch(/Nieprawidłowe wyrażenie cron/)
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js/)
    expect(
      (
        await api$('/api/globals/newsletter-settings', {
          auth: editor,
          body: JSON.stringify({ dailyCron: '0 6 * * *' }),
          method: 'POST',
        })
      ).status,
    ).toBe(403)
  })

  it('is run by node-cron, picks up a changed schedule without a restart, and two workers make one digest', async () => {
    await finishAll()
    for (let i = 0; i < 5; i++) await subscriber(`harmonogram${i}@example.pl`, { digest: 'daily' })
    await publish({ category: 'culture', title: 'Festyn rodzinny' })
    // The digest of a scheduled minute covers what went into the newsletter before that minute:
    // date this period's posts (and the previous daily digest) back, so the first minute the
    // schedule fires in has them all, whatever second the test runs at.
    const minuteStart = Math.floor(Date.now() / 60_000) * 60_000
    const hourAgo = new Date(minuteStart - 3600_000).toISOString()
    await payload.db.updateMany({
      collection: 'newsletter-campaigns' as never,
      data: { periodEnd: hourAgo },
      where: { kind: { equals: 'digest_daily' } },
    })
    await payload.db.updateMany({
      collection: 'deliveries' as never,
      data: { sentAt: new Date(minuteStart - 1000).toISOString() },
      where: {
        and: [{ channel: { equals: 'newsletter' } }, { sentAt: { greater_than: hourAgo } }],
      },
    })
    const a = await scheduleDigests(payload, { reloadMs: 100 })
    const b = await scheduleDigests(payload, { reloadMs: 100 })
    try {
      expect(a.schedule()).toBe('0 7 * * *|0 7 * * 1|Europe/Warsaw')
      const before = smtp.received.length
      const digestsBefore = (
        await payload.count({
          collection: 'newsletter-campaigns' as never,
          overrideAccess: true,
          where: { kind: { equals: 'digest_daily' } },
        })
      ).totalDocs
      // Every second: both "workers" fire many times within the minute that names the digest.
      const res = await api$('/api/globals/newsletter-settings', {
        auth: admin,
        body: JSON.stringify({ dailyCron: '* * * * * *' }),
        method: 'POST',
      })
      expect(res.status).toBe(200)
      const until = Date.now() + 10_000
      while (
        Date.now() < until &&
        (
          await payload.count({
            collection: 'newsletter-campaigns' as never,
            overrideAccess: true,
            where: { kind: { equals: 'digest_daily' } },
          })
        ).totalDocs === digestsBefore
      ) {
        await new Promise((r) => setTimeout(r, 100))
      }
      await new Promise((r) => setTimeout(r, 2500))
      expect(a.schedule()).toBe('* * * * * *|0 7 * * 1|Europe/Warsaw')
      expect(b.schedule()).toBe('* * * * * *|0 7 * * 1|Europe/Warsaw')
      await payload.updateGlobal({
        data: { dailyCron: '0 7 * * *' } as never,
        overrideAccess: true,
        slug: 'newsletter-settings' as never,
      })
      await new Promise((r) => setTimeout(r, 500))
      expect(a.schedule()).toBe('0 7 * * *|0 7 * * 1|Europe/Warsaw')

      // One digest (a second minute, if the clock turned meanwhile, finds nothing new and makes none).
      const made = (
        await payload.find({
          collection: 'newsletter-campaigns' as never,
          overrideAccess: true,
          sort: '-createdAt',
          where: { kind: { equals: 'digest_daily' } },
        })
      ).docs as unknown as { key: string }[]
      expect(made.length - digestsBefore).toBe(1)
      expect(made[0].key).toMatch(/^digest_daily:\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/)
      await drain(payload)
      const digests = smtp.received.slice(before)
      for (let i = 0; i < 5; i++) {
        const mine = digests.filter((m) => m.to.includes(`harmonogram${i}@example.pl`))
        expect(mine).toHaveLength(1)
        expect(mine[0].parsed!.text).toContain('Festyn rodzinny')
      }
      expect(Math.max(...perAddress(before).values())).toBe(1)
    } finally {
      await a.stop()
      await b.stop()
    }
  })
})
