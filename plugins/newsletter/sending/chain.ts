import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { deliveryQueues } from '../../fanout/exports/server'
import { CAMPAIGNS, NEWSLETTER_BATCH_TASK } from '../constants'
import type { CampaignDoc } from '../types'

type Req = Partial<PayloadRequest>

/**
 * Queues the next batch of a campaign's chain. A campaign is worked on by one chain of batch jobs
 * at a time (`chain` on the campaign): a batch of another chain stops, so a resumed campaign does
 * not get two chains competing for the same subscribers. Batches share the fan-out's delivery queues:
 * alerts go on the urgent one, digests on the normal one, so that a long digest never holds up an urgent post on another channel.
 */
export const queueBatch = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'id' | 'kind'>,
  chain: null | string,
  req?: Req,
  waitUntil?: Date,
) => {
  const [urgent, normal] = deliveryQueues(payload)
  await payload.jobs.queue({
    input: { campaignId: String(campaign.id), ...(chain ? { chain } : {}) },
    queue: campaign.kind === 'alert' ? urgent : normal,
    req: req as PayloadRequest,
    task: NEWSLETTER_BATCH_TASK,
    waitUntil,
  })
}

/** Hands a campaign to a new chain of batches (after a stall, or when staff resend) and queues its first batch. */
export const restartChain = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'id' | 'kind'>,
  data: Record<string, unknown>,
  req?: Req,
) => {
  const chain = randomUUID()
  await payload.db.updateOne({
    collection: CAMPAIGNS,
    data: { ...data, chain, heartbeatAt: new Date().toISOString() },
    id: campaign.id,
    req,
    returning: false,
  })
  await queueBatch(payload, campaign, chain, req)
}
