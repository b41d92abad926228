import type { Payload } from 'payload'

import { verpKey } from '../bounces/key'
import { newsletterOptions } from '../context'
import { personalMessage } from '../email/messages'
import { verpAddressFor } from '../rules/verp'
import { newsletterTexts } from '../translate'
import type { CampaignDoc } from '../types'
import { type Claimed, messageIdOf } from './claims'
import { classifySmtpFailure, type SmtpOutcome } from './smtp-outcome'

export type Outcome =
  | { key: string; kind: 'sent'; subscriber: number | string }
  | {
      attempts: number
      heldAttempts: number
      key: string
      kind: 'refused'
      result: SmtpOutcome
      subscriber: number | string
    }

/** Sends one claimed message through the pooled SMTP adapter; a refusal is its outcome, not a throw. */
export const sendClaimed = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'content' | 'id' | 'subject'>,
  site: { host: string; siteUrl: string },
  { attempts, blocks, heldAttempts, key, subscriber }: Claimed,
): Promise<Outcome> => {
  try {
    const message = personalMessage({
      blocks,
      intro: campaign.content.intro,
      personal: { manageToken: subscriber.manageToken, siteUrl: site.siteUrl },
      senderName: campaign.content.senderName,
      t: await newsletterTexts(payload),
      title: campaign.content.title,
    })
    const { address } = newsletterOptions(payload).bounces
    const returnPath =
      address && verpAddressFor(verpKey(payload), address, subscriber.id, campaign.id)
    await payload.sendEmail({
      // The message's own return path: a bounce arriving later names this subscriber and message.
      ...(returnPath ? { envelope: { from: returnPath, to: subscriber.email } } : {}),
      headers: message.headers,
      html: message.html,
      messageId: messageIdOf(campaign.id, subscriber.id, site.host),
      subject: campaign.subject,
      text: message.text,
      to: subscriber.email,
    })
    return { key, kind: 'sent', subscriber: subscriber.id }
  } catch (error) {
    return {
      attempts,
      heldAttempts,
      key,
      kind: 'refused',
      result: classifySmtpFailure(error),
      subscriber: subscriber.id,
    }
  }
}

/**
 * A sliding window over the SMTP pool: at most `size` messages claimed and not yet recorded
 * (sending, or sent and waiting to be written down), so the pool never idles between groups and
 * a worker that dies leaves at most `size` recipients uncertain. Finished messages are written
 * down together, half a window at a time.
 */
export const sendingWindow = (
  size: number,
  send: (claim: Claimed) => Promise<Outcome>,
  record: (outcomes: Outcome[]) => Promise<void>,
) => {
  const recordEvery = Math.max(1, Math.floor(size / 2))
  const inFlight = new Set<Promise<void>>()
  let finished: Outcome[] = []
  return {
    /** Waits until another message may be claimed, writing down finished ones meanwhile. */
    makeRoom: async () => {
      while (inFlight.size + finished.length >= size) {
        if (finished.length >= recordEvery || !inFlight.size) {
          const outcomes = finished
          finished = []
          await record(outcomes)
        } else await Promise.race(inFlight)
      }
    },
    start: (claim: Claimed) => {
      const sending: Promise<void> = send(claim).then((outcome) => {
        finished.push(outcome)
        inFlight.delete(sending)
      })
      inFlight.add(sending)
    },
    /** Lets every message in flight finish and writes down the rest. */
    drain: async () => {
      await Promise.all(inFlight)
      if (finished.length) await record(finished)
    },
  }
}
