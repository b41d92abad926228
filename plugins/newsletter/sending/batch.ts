import type { Payload } from 'payload'

import { CAMPAIGNS, RECIPIENTS } from '../constants'
import { newsletterOptions } from '../context'
import { BATCH_SIZE, SMTP_RECHECK_MS } from '../defaults'
import type { CampaignDoc } from '../types'
import { claimNew, claimRetries } from './batch-claims'
import { queueBatch } from './chain'
import { markUncertain } from './claims'
import { countStates } from './progress'
import { outcomeRecorder } from './record'
import { sendClaimed, sendingWindow } from './send'

/**
 * One batch of a campaign: recipients left `sending` by a dead worker become `uncertain` (never
 * resent automatically: the message may have been delivered), due retries and new recipients are
 * claimed by creating their unique record just before it is sent through the pooled SMTP adapter.
 * Outcomes are written as messages finish, so a crash leaves at most a window of recipients
 * (the `sending.inFlight` option) uncertain.
 */
export const processCampaignBatch = async (
  payload: Payload,
  campaignId: number | string,
  batchSize = BATCH_SIZE,
  chain?: null | string,
) => {
  const campaign = (await payload.db.findOne({
    collection: CAMPAIGNS,
    where: { id: { equals: campaignId } },
  })) as CampaignDoc | null
  if (!campaign || campaign.state !== 'sending') return { done: true, sent: 0 }
  // Another chain took the campaign over (this one was thought stalled): it carries on alone.
  if (chain && campaign.chain && chain !== campaign.chain) return { done: false, sent: 0 }
  const ownChain = chain ?? campaign.chain ?? null
  const now = new Date()
  const { sending, siteUrl } = newsletterOptions(payload)
  await markUncertain(payload, campaign.id, now, sending.leaseMs)

  const host = new URL(siteUrl).host
  const recorder = outcomeRecorder(payload, campaign.id)
  const window = sendingWindow(
    sending.inFlight,
    (claim) => sendClaimed(payload, campaign, { host, siteUrl }, claim),
    recorder.record,
  )
  const run = {
    batchSize,
    campaign,
    halted: () => Boolean(recorder.halt),
    host,
    leaseMs: sending.leaseMs,
    now,
    payload,
    window,
  }
  const { claimed, exhausted } = await claimNew(run, await claimRetries(run))
  await window.drain()
  const done = await finishBatch(payload, campaign, {
    claimed,
    exhausted,
    halt: recorder.halt,
    ownChain,
  })
  return { done, sent: recorder.sent }
}

/**
 * Writes the campaign's counters as of the end of a batch, and what comes next: a hold when the
 * mail server refused us, done when nobody is left, otherwise the next batch (right away, or when
 * the earliest retry is due). Returns whether the campaign is done.
 */
const finishBatch = async (
  payload: Payload,
  campaign: CampaignDoc,
  batch: { claimed: number; exhausted: boolean; halt: null | string; ownChain: null | string },
) => {
  const at = new Date().toISOString()
  const { sending, ...counters } = await countStates(payload, campaign.id)
  const update = (data: Record<string, unknown>) =>
    payload.db.updateOne({
      collection: CAMPAIGNS,
      data: { counters, heartbeatAt: at, ...data },
      id: campaign.id,
      returning: false,
    })
  if (batch.halt) {
    // The server refused us (login, relay, greeting…): nobody is touched, the campaign waits and checks the server again.
    await update({
      hold: {
        checkAt: new Date(Date.now() + SMTP_RECHECK_MS).toISOString(),
        reason: batch.halt,
        since: at,
      },
      state: 'needs_action',
    })
    return false
  }
  if (batch.exhausted && !sending && !counters.retry) {
    await update({ finishedAt: at, state: 'done' })
    return true
  }
  await update({})
  // More subscribers: the next batch right away; only retries left: when the earliest is due.
  if (!batch.exhausted || batch.claimed) await queueBatch(payload, campaign, batch.ownChain)
  else {
    const earliest = (
      await payload.db.find({
        collection: RECIPIENTS,
        limit: 1,
        pagination: false,
        sort: 'nextAttemptAt',
        where: { and: [{ campaign: { equals: campaign.id } }, { state: { equals: 'retry' } }] },
      })
    ).docs[0] as { nextAttemptAt?: string } | undefined
    if (earliest?.nextAttemptAt)
      await queueBatch(
        payload,
        campaign,
        batch.ownChain,
        undefined,
        new Date(earliest.nextAttemptAt),
      )
  }
  return false
}
