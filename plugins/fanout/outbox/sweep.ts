// The outbox's sweep: whatever a crash interrupted is put back on the queue or planned again.
import type { Payload } from 'payload'

import { DELIVER_TASK } from '../constants'
import { fanoutContext } from '../engine/context'
import { releaseWaiting } from './events'
import { syncDeliveries } from './plan'
import { queueDeliveries } from './queue'
import { findDeliveries, updateDelivery } from './store'

const DEAD_JOB_MS = 15 * 60_000

/**
 * The safety net of the outbox: whatever a crash interrupted is put back on the queue. Duplicated
 * jobs are harmless (attempts are claimed), lost ones are not, so the sweep errs on queuing.
 */
export const sweep = async (payload: Payload, now = new Date()) => {
  const { collections, timing } = fanoutContext(payload).options
  // A queued delivery whose job has not run after this long lost it (a worker died holding it).
  const stale = new Date(now.getTime() - timing.requeueAfterMs).toISOString()
  const overdue = await findDeliveries(payload, {
    or: [
      {
        and: [
          { state: { equals: 'pending' } },
          { nextAttemptAt: { less_than_equal: now.toISOString() } },
          { queuedAt: { less_than: stale } },
        ],
      },
      { and: [{ state: { equals: 'sending' } }, { leaseUntil: { less_than: now.toISOString() } }] },
    ],
  })
  for (const d of overdue) await updateDelivery(payload, d, { queuedAt: now.toISOString() })
  await queueDeliveries(payload, overdue)
  // Jobs marked processing by a worker that died are never picked up again by Payload; their
  // deliveries were queued again above, so the rows only need clearing. Long after any live job ends.
  const deadJobs = await payload.delete({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: {
      and: [
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(now.getTime() - DEAD_JOB_MS).toISOString() } },
        { taskSlug: { equals: DELIVER_TASK } },
      ],
    },
  })
  // Posts whose state changed but whose deliveries were never made (a crash right after the change).
  const unsynced = await payload.find({
    collection: collections.posts,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    where: {
      and: [
        { fanoutSync: { equals: 'due' } },
        { updatedAt: { less_than: new Date(now.getTime() - 30_000).toISOString() } },
      ],
    },
  })
  for (const post of unsynced.docs) await syncDeliveries(payload, post.id)
  const released = await releaseWaiting(payload, {}, undefined, now)
  return {
    dead: deadJobs.docs.length,
    released,
    repaired: unsynced.docs.length,
    requeued: overdue.length,
  }
}
