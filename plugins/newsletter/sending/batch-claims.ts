import type { Payload } from 'payload'

import { CAMPAIGNS, RECIPIENTS, SUBSCRIBERS } from '../constants'
import { newsletterTexts } from '../translate'
import type { CampaignDoc, SubscriberRow } from '../types'
import { blocksFor, receivedAlerts, subscriberPage } from './audience'
import { claimRetry, messageIdOf, recipientKey } from './claims'
import type { sendingWindow } from './send'

/** What the claiming steps of one batch share. */
export type BatchRun = {
  batchSize: number
  campaign: CampaignDoc
  /** Whether the mail server stopped the batch: nothing more is claimed. */
  halted: () => boolean
  host: string
  leaseMs: number
  now: Date
  payload: Payload
  window: ReturnType<typeof sendingWindow>
}

type RetryRow = {
  attempts: number
  heldAttempts?: null | number
  id: number | string
  key: string
  subscriber: number | string
}

const fail = async (
  payload: Payload,
  id: number | string,
  why: 'newsletter:worker-nothingLeft' | 'newsletter:worker-unsubscribed',
) =>
  payload.db.updateOne({
    collection: RECIPIENTS,
    data: { reply: (await newsletterTexts(payload))(why), state: 'failed' },
    id,
    returning: false,
  })

/** Due retries, each claimed again (a unique claim per attempt), its record back to `sending`. */
export const claimRetries = async (run: BatchRun) => {
  const { campaign, now, payload } = run
  const retries = (
    await payload.db.find<RetryRow>({
      collection: RECIPIENTS,
      limit: run.batchSize,
      pagination: false,
      where: {
        and: [
          { campaign: { equals: campaign.id } },
          { state: { equals: 'retry' } },
          { nextAttemptAt: { less_than_equal: now.toISOString() } },
        ],
      },
    })
  ).docs
  let claimed = 0
  for (const r of retries) {
    const subscriber = (await payload.db.findOne({
      collection: SUBSCRIBERS,
      where: { id: { equals: r.subscriber } },
    })) as (SubscriberRow & { state: string }) | null
    if (!subscriber || subscriber.state !== 'confirmed') {
      await fail(payload, r.id, 'newsletter:worker-unsubscribed')
      continue
    }
    const blocks = blocksFor(
      campaign,
      subscriber,
      await receivedAlerts(payload, campaign, [subscriber]),
    )
    if (!blocks.length) {
      await fail(payload, r.id, 'newsletter:worker-nothingLeft')
      continue
    }
    const attempt = r.attempts + 1
    await run.window.makeRoom()
    if (run.halted()) break
    if (!(await claimRetry(payload, r, attempt, now, run.leaseMs))) continue
    await payload.db.updateOne({
      collection: RECIPIENTS,
      data: { attempts: attempt, claimedAt: new Date().toISOString(), state: 'sending' },
      id: r.id,
      returning: false,
    })
    run.window.start({
      attempts: attempt,
      blocks,
      heldAttempts: r.heldAttempts ?? 0,
      key: r.key,
      subscriber,
    })
    claimed++
  }
  return claimed
}

/**
 * New recipients after the campaign's cursor, each claimed by creating its record just before it
 * is sent, until the batch is full. `exhausted`: the audience has nobody left.
 */
export const claimNew = async (run: BatchRun, claimedBefore: number) => {
  const { campaign, payload } = run
  let claimed = claimedBefore
  let cursor = campaign.cursor ?? null
  let exhausted = false
  while (claimed < run.batchSize && !exhausted && !run.halted()) {
    const page = await subscriberPage(
      payload,
      campaign.kind,
      cursor,
      Math.min(500, run.batchSize - claimed),
    )
    if (!page.length) {
      exhausted = true
      break
    }
    const received = await receivedAlerts(payload, campaign, page)
    // How far the page was gone through: a halt leaves the rest of it for when the campaign resumes.
    let through: null | string = null
    for (const subscriber of page) {
      const blocks = blocksFor(campaign, subscriber, received)
      if (blocks.length) await run.window.makeRoom()
      if (run.halted()) break
      through = String(subscriber.id)
      if (!blocks.length) continue
      const key = recipientKey(campaign.id, subscriber.id)
      try {
        await payload.db.create({
          collection: RECIPIENTS,
          data: {
            attempts: 1,
            campaign: campaign.id,
            claimedAt: new Date().toISOString(),
            key,
            messageId: messageIdOf(campaign.id, subscriber.id, run.host),
            state: 'sending',
            subscriber: subscriber.id,
          },
          returning: false,
        })
      } catch {
        // Claimed by another worker (unique key): it is theirs to send.
        continue
      }
      run.window.start({ attempts: 1, blocks, heldAttempts: 0, key, subscriber })
      claimed++
    }
    if (through == null) break
    cursor = through
    await payload.db.updateOne({
      collection: CAMPAIGNS,
      data: { cursor, heartbeatAt: new Date().toISOString() },
      id: campaign.id,
      returning: false,
    })
  }
  return { claimed, exhausted }
}
