// A delivery's attempts: each claimed once (a unique key), so no two workers send the same one.
import type { Payload } from 'payload'

import type { DeliveryAttempt } from '../../../src/payload-types'
import { ATTEMPTS } from '../constants'
import { WORKER_ID } from '../engine/worker-id'

/**
 * Claims attempt `number` of a delivery. The attempt's key is unique in the database, so of several
 * workers racing for the same attempt exactly one insert succeeds, on SQLite, PostgreSQL and MongoDB.
 */
export const claimAttempt = async (
  payload: Payload,
  deliveryId: number | string,
  number: number,
  now: Date,
): Promise<null | Pick<DeliveryAttempt, 'id'>> => {
  try {
    return await payload.db.create({
      collection: ATTEMPTS,
      data: {
        delivery: deliveryId,
        key: `${deliveryId}:${number}`,
        number,
        startedAt: now.toISOString(),
        worker: WORKER_ID,
      },
    })
  } catch {
    return null
  }
}

export const lastAttempt = async (payload: Payload, deliveryId: number | string) =>
  (
    await payload.db.find<DeliveryAttempt>({
      collection: ATTEMPTS,
      limit: 1,
      pagination: false,
      sort: '-number',
      where: { delivery: { equals: deliveryId } },
    })
  ).docs.at(0)

export const finishAttempt = (
  payload: Payload,
  attemptId: number | string,
  outcome: NonNullable<DeliveryAttempt['outcome']>,
  error: null | string = null,
) =>
  payload.db.updateOne({
    collection: ATTEMPTS,
    data: { error, finishedAt: new Date().toISOString(), outcome },
    id: attemptId,
    returning: false,
  })
