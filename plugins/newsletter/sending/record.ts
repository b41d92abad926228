import type { Payload } from 'payload'

import { retryDelayMs } from '../../fanout/exports/server'
import { CAMPAIGNS, RECIPIENTS } from '../constants'
import { MAX_SMTP_ATTEMPTS } from '../defaults'
import type { Outcome } from './send'
import { settleServerRefusal } from './smtp-outcome'
import { recordDeliveries, recordHardBounce, recordSoftBounce } from './subscriber-bounces'
import { newsletterTexts } from '../translate'

type Refused = Extract<Outcome, { kind: 'refused' }>

const setRecipient = (payload: Payload, key: string, data: Record<string, unknown>) =>
  payload.db.updateOne({
    collection: RECIPIENTS,
    data,
    returning: false,
    where: { key: { equals: key } },
  })

/** Another attempt after the backoff, or `failed` after the last one; attempts the server held do not count. */
const retryLater = (payload: Payload, o: Refused) => {
  const giveUp = o.attempts - o.heldAttempts >= MAX_SMTP_ATTEMPTS
  const next = new Date(Date.now() + retryDelayMs(o.attempts - o.heldAttempts))
  return setRecipient(
    payload,
    o.key,
    giveUp
      ? { reply: o.result.reply, state: 'failed' }
      : { nextAttemptAt: next.toISOString(), reply: o.result.reply, state: 'retry' },
  )
}

/**
 * Writes down how a batch's finished messages went (sent ones in bulk) and that its worker is
 * alive. `halt` is the mail server's own refusal (login, relay…) that stops the batch: the campaign
 * then waits for the server.
 */
export const outcomeRecorder = (payload: Payload, campaignId: number | string) => {
  let sentCount = 0
  let lastBeat = Date.now()
  let halt: null | string = null

  const refused = async (o: Refused, now: Date) => {
    const { kind, reply } = settleServerRefusal(o.result, sentCount > 0)
    if (kind === 'server') {
      // Not the recipient's doing: the message waits, due as soon as the campaign resumes, and the attempt is not counted.
      halt ??= reply
      await setRecipient(payload, o.key, {
        heldAttempts: o.heldAttempts + 1,
        nextAttemptAt: now.toISOString(),
        reply: (await newsletterTexts(payload))('newsletter:worker-serverHeld', { reply }).slice(
          0,
          500,
        ),
        state: 'retry',
      })
    } else if (
      kind === 'hard' ||
      (kind === 'soft' && (await recordSoftBounce(payload, o.subscriber, now, reply)))
    ) {
      await setRecipient(payload, o.key, { reply, state: 'bounced' })
      if (kind === 'hard') await recordHardBounce(payload, o.subscriber, now, reply)
    } else await retryLater(payload, o)
  }

  const record = async (outcomes: Outcome[]) => {
    const now = new Date()
    const at = now.toISOString()
    const sent = outcomes.flatMap((o) => (o.kind === 'sent' ? [o] : []))
    sentCount += sent.length
    if (sent.length) {
      await payload.db.updateMany({
        collection: RECIPIENTS,
        data: { sentAt: at, state: 'sent' },
        returning: false,
        where: { key: { in: sent.map((o) => o.key) } },
      })
      await recordDeliveries(
        payload,
        sent.map((o) => o.subscriber),
        now,
      )
    }
    for (const o of outcomes) if (o.kind === 'refused') await refused(o, now)
    // Alive (at most once a second): a campaign whose heartbeat stops for a lease is handed to a new chain.
    if (Date.now() - lastBeat >= 1000) {
      lastBeat = Date.now()
      await payload.db.updateOne({
        collection: CAMPAIGNS,
        data: { heartbeatAt: at },
        id: campaignId,
        returning: false,
      })
    }
  }

  return {
    get halt() {
      return halt
    },
    record,
    get sent() {
      return sentCount
    },
  }
}
