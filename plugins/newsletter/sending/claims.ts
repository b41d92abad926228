import type { Payload } from 'payload'

import { RECIPIENTS, RETRY_CLAIMS } from '../constants'
import type { PostBlock } from '../email/messages'
import type { SubscriberRow } from '../types'
import { newsletterTexts } from '../translate'

/** A claimed message: its record is found by its unique key, so a claim needs no read-back. */
export type Claimed = {
  attempts: number
  blocks: PostBlock[]
  heldAttempts: number
  key: string
  subscriber: SubscriberRow
}

export const recipientKey = (campaignId: number | string, subscriberId: number | string) =>
  `${campaignId}:${subscriberId}`
/** The same Message-ID on every attempt at one message, so a receiving server can spot a repeat. */
export const messageIdOf = (
  campaignId: number | string,
  subscriberId: number | string,
  host: string,
) => `<newsletter.${campaignId}.${subscriberId}@${host}>`

/**
 * Claims the next attempt at a message waiting for a retry. When another worker holds the claim
 * but died before taking the record (the claim is older than a lease and the record still waits),
 * nothing was sent: that attempt is counted as made, so the next one can be claimed.
 */
export const claimRetry = async (
  payload: Payload,
  recipient: { attempts: number; id: number | string; key: string },
  attempt: number,
  now: Date,
  leaseMs: number,
) => {
  const key = `${recipient.key}#${attempt}`
  try {
    await payload.db.create({
      collection: RETRY_CLAIMS,
      data: { at: now.toISOString(), key },
      returning: false,
    })
    return true
  } catch {
    const claim = (await payload.db.findOne({
      collection: RETRY_CLAIMS,
      where: { key: { equals: key } },
    })) as { at?: string } | null
    if (claim?.at && Date.parse(claim.at) < now.getTime() - leaseMs) {
      await payload.db.updateOne({
        collection: RECIPIENTS,
        data: { attempts: attempt },
        id: recipient.id,
        returning: false,
      })
    }
    return false
  }
}

/**
 * Recipients left `sending` by a dead worker become `uncertain`: never resent automatically, the
 * message may have been delivered.
 */
export const markUncertain = async (
  payload: Payload,
  campaignId: number | string,
  now: Date,
  leaseMs: number,
) =>
  payload.db.updateMany({
    collection: RECIPIENTS,
    data: {
      reply: (await newsletterTexts(payload))('newsletter:worker-uncertain'),
      state: 'uncertain',
    },
    returning: false,
    where: {
      and: [
        { campaign: { equals: campaignId } },
        { state: { equals: 'sending' } },
        { claimedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } },
      ],
    },
  })
