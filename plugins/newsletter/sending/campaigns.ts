import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { idOf } from '../../../src/access/roles'
import { loadPost, postForChannel } from '../../fanout/exports/server'
import { CAMPAIGNS, RECIPIENTS } from '../constants'
import { postBlock } from '../email/messages'
import { alertSubject } from '../email/post-preview'
import { senderName } from '../email/sender-name'
import type { CampaignDoc, CampaignKind } from '../types'
import { countAudience } from './audience'
import { queueBatch, restartChain } from './chain'
import { newsletterTexts } from '../translate'

type Req = Partial<PayloadRequest>

/**
 * Creates a campaign once (its key is unique: a second worker or a retried job finds the first)
 * and queues its first batch. Returns null when there is nothing to send.
 */
export const startCampaign = async (
  payload: Payload,
  data: {
    content: CampaignDoc['content']
    key: string
    kind: CampaignKind
    periodEnd?: string
    periodStart?: string
    posts: (number | string)[]
    subject: string
  },
  req?: Req,
) => {
  const existing = (await payload.db.findOne({
    collection: CAMPAIGNS,
    req,
    where: { key: { equals: data.key } },
  })) as CampaignDoc | null
  if (existing) return existing
  const now = new Date().toISOString()
  const total = await countAudience(payload, data)
  const chain = randomUUID()
  let campaign: CampaignDoc
  try {
    // The adapter returns the stored row untyped (`Document`).
    campaign = await payload.db.create({
      collection: CAMPAIGNS,
      data: {
        ...data,
        chain,
        heartbeatAt: now,
        startedAt: now,
        state: total ? 'sending' : 'done',
        total,
        ...(total ? {} : { finishedAt: now }),
      },
      req,
    })
  } catch {
    return (await payload.db.findOne({
      collection: CAMPAIGNS,
      req,
      where: { key: { equals: data.key } },
    })) as CampaignDoc
  }
  if (total) await queueBatch(payload, campaign, chain, req)
  return campaign
}

/** Messages whose outcome is unknown go out again, only because a person decided so. */
export const resendUncertain = async (payload: Payload, campaignId: number | string, req?: Req) => {
  const campaign = (await payload.db.findOne({
    collection: CAMPAIGNS,
    req,
    where: { id: { equals: campaignId } },
  })) as CampaignDoc | null
  if (!campaign) return
  await payload.db.updateMany({
    collection: RECIPIENTS,
    data: { nextAttemptAt: new Date().toISOString(), reply: null, state: 'retry' },
    req,
    returning: false,
    where: { and: [{ campaign: { equals: campaignId } }, { state: { equals: 'uncertain' } }] },
  })
  await restartChain(payload, campaign, { finishedAt: null, state: 'sending' }, req)
}

/** An urgent alert goes out at once, to everybody who asked for alerts. */
export const startAlertCampaign = async (payload: Payload, postId: number | string, req?: Req) => {
  const post = await loadPost(payload, postId, req)
  if (!post) return null
  const view = await postForChannel(payload, post, 'newsletter')
  const name = await senderName(payload)
  const t = await newsletterTexts(payload)
  const unit = idOf(post.unit)
  return startCampaign(
    payload,
    {
      content: {
        blocks: [postBlock(view, unit == null ? null : String(unit), true, t)],
        intro: t('newsletter:alert-intro'),
        senderName: name,
        title: view.title,
      },
      key: `alert:${postId}`,
      kind: 'alert',
      posts: [postId],
      subject: alertSubject(t, view.title),
    },
    req,
  )
}
