import type { Payload } from 'payload'

import {
  afterDelivery,
  afterHardBounce,
  afterReport,
  afterSoftBounce,
  type BounceEvent,
} from './soft-bounces'
import { SUBSCRIBERS } from '../constants'
import { newsletterTexts } from '../translate'

type BounceFields = {
  bounceHistory?: BounceEvent[] | null
  id: number | string
  softBounceDays?: null | number
}

/**
 * Writes through the Local API: the database adapter alone cannot update an array field on part of
 * a row (Payload's SQL adapters then insert the whole row). Only refusals and the first delivery
 * after them come here, never an ordinary send.
 */
const write = (payload: Payload, id: number | string, data: Record<string, unknown>) =>
  payload.update({
    collection: SUBSCRIBERS,
    data,
    depth: 0,
    id,
    overrideAccess: true,
    select: {}, // the id alone
  })

const historyOf = async (payload: Payload, id: number | string) =>
  (
    (await payload.db.findOne({
      collection: SUBSCRIBERS,
      where: { id: { equals: id } },
    })) as BounceFields | null
  )?.bounceHistory ?? []

/** The address does not exist: the subscriber is bounced, with the decision in their history. */
export const recordHardBounce = async (
  payload: Payload,
  id: number | string,
  at: Date,
  reply: string,
  source?: string,
) => {
  const bounceHistory = afterHardBounce(
    await historyOf(payload, id),
    at,
    reply,
    await newsletterTexts(payload),
    source,
  )
  await write(payload, id, {
    bounce: { at: at.toISOString(), reply },
    bounceHistory,
    softBounceDays: 0,
    state: 'bounced',
  })
}

/** The mailbox refused for now: written down; returns true when it was the last day allowed and the subscriber is now bounced. */
export const recordSoftBounce = async (
  payload: Payload,
  id: number | string,
  at: Date,
  reply: string,
  source?: string,
) => {
  const { days, hard, history } = afterSoftBounce(
    await historyOf(payload, id),
    at,
    reply,
    await newsletterTexts(payload),
    source,
  )
  await write(payload, id, {
    bounceHistory: history,
    softBounceDays: days,
    ...(hard ? { bounce: { at: at.toISOString(), reply }, state: 'bounced' } : {}),
  })
  return hard
}

/** A complaint or a report without effect, with whatever else changes on the subscriber (`data`). */
export const recordReport = async (
  payload: Payload,
  id: number | string,
  event: { at: Date; decision: string; kind: 'complaint' | 'ignored'; reply: null | string },
  data: Record<string, unknown> = {},
) => {
  const history = await historyOf(payload, id)
  await write(payload, id, {
    ...data,
    bounceHistory: afterReport(history, event.kind, event.at, event.decision, event.reply),
  })
}

/** Delivered: subscribers with soft bounces behind them start counting again (one query finds them, usually none). */
export const recordDeliveries = async (payload: Payload, ids: (number | string)[], at: Date) => {
  if (!ids.length) return
  const { docs } = await payload.db.find<BounceFields>({
    collection: SUBSCRIBERS,
    limit: ids.length,
    pagination: false,
    where: { and: [{ id: { in: ids } }, { softBounceDays: { greater_than: 0 } }] },
  })
  const t = await newsletterTexts(payload)
  for (const s of docs) {
    await write(payload, s.id, {
      bounceHistory: afterDelivery(s.bounceHistory ?? [], at, t),
      softBounceDays: 0,
    })
  }
}
