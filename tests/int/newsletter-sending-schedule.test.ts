/**
 * Newsletter sending: the explicit resend of messages whose outcome is unknown, and the digest
 * schedule run by node-cron.
 */
import { describe, expect, it } from 'vitest'

import { scheduleDigests } from '../../plugins/newsletter/sending/digest-schedule'
import { campaignProgress, processCampaignBatch } from '../../plugins/newsletter/sending'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
  admin,
  api$,
  editor,
  finishAll,
  payload,
  perAddress,
  publish,
  recipientsOf,
  smtp,
  subscriber,
  useNewsletterSending,
} from '../helpers/newsletter-sending'

useNewsletterSending()

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
      collection: 'newsletter-recipients',
      data: { claimedAt: new Date(Date.now() - 120_000).toISOString(), state: 'sending' },
      id: record.id,
    })
    await payload.db.updateOne({
      collection: 'newsletter-campaigns',
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
      collection: 'newsletter-campaigns',
      data: { periodEnd: hourAgo },
      where: { kind: { equals: 'digest_daily' } },
    })
    await payload.db.updateMany({
      collection: 'deliveries',
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
          collection: 'newsletter-campaigns',
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
            collection: 'newsletter-campaigns',
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
        data: { dailyCron: '0 7 * * *' },
        overrideAccess: true,
        slug: 'newsletter-settings',
      })
      await new Promise((r) => setTimeout(r, 500))
      expect(a.schedule()).toBe('0 7 * * *|0 7 * * 1|Europe/Warsaw')

      // One digest (a second minute, if the clock turned meanwhile, finds nothing new and makes none).
      const made = (
        await payload.find({
          collection: 'newsletter-campaigns',
          overrideAccess: true,
          sort: '-createdAt',
          where: { kind: { equals: 'digest_daily' } },
        })
      ).docs
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
