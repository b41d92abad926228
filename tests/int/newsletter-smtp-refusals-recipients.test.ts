/**
 * What the mail server's refusal of one address does to a newsletter campaign: hard (5.1.1) or soft
 * (mailbox full), and soft turns hard only on the third day with no delivery in between (the days
 * driven through the subscriber's recorded history).
 */
import { describe, expect, it } from 'vitest'

import * as engine from '../../plugins/newsletter/sending'
import type { NewsletterSubscriber } from '../../src/payload-types'
import {
  alert,
  DAY_MS,
  payload,
  recipientsOf,
  residents,
  smtp,
  subscriberOf,
  useSmtpRefusals,
} from '../helpers/smtp-refusals'

useSmtpRefusals()

describe('refusals of single recipients', () => {
  /** Moves a subscriber's recorded refusals `days` back, as if they had happened then. */
  const ageHistory = async (email: string, days: number) => {
    const s = (await payload.db.findOne<NewsletterSubscriber>({
      collection: 'newsletter-subscribers',
      where: { email: { equals: email } },
    }))!
    const bounceHistory = s.bounceHistory!.map((e) => ({
      ...e,
      at: new Date(Date.parse(e.at) - days * DAY_MS).toISOString(),
    }))
    await payload.update({
      collection: 'newsletter-subscribers',
      data: { bounceHistory },
      id: s.id,
      overrideAccess: true,
    })
  }
  /** The retries of the campaign, due now instead of after their backoff. */
  const retryNow = async (campaignId: number | string) => {
    await payload.db.updateMany({
      collection: 'newsletter-recipients',
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
