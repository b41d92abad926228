/**
 * Newsletter sending: urgent alerts in a digest, two batches of one campaign at once (no message
 * twice), retries given up or dropped.
 */
import { describe, expect, it } from 'vitest'

import {
  campaignProgress,
  IN_FLIGHT,
  MAX_SMTP_ATTEMPTS,
  processCampaignBatch,
  startDigest,
} from '../../plugins/newsletter/sending'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
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
      data: { preferences: { digest: 'daily', urgentAlerts: true } },
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
      collection: 'newsletter-recipients',
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
      data: { state: 'unsubscribed' },
      id: leaving.id,
      overrideAccess: true,
    })
    // The busy one is at its last attempt.
    for (const r of (await recipientsOf(campaignId)).filter((r) => r.state === 'retry')) {
      await payload.db.updateOne({
        collection: 'newsletter-recipients',
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
