// The outbox's queue: deliveries handed to Payload's Jobs Queue, a post's channels in one job.
import type { Payload, PayloadRequest } from 'payload'

import { DELIVER_TASK } from '../constants'
import type { Queueable } from '../delivery/types'
import { fanoutContext } from '../engine/context'

/** At most this many deliveries are sent side by side by one job. */
const JOB_SIZE = 20

/**
 * Puts deliveries on the Jobs Queue, in the caller's transaction when given its request. A post's
 * channels share one job: they are sent side by side and the queue's own bookkeeping is paid once.
 */
export const queueDeliveries = async (
  payload: Payload,
  deliveries: Queueable[],
  req?: Partial<PayloadRequest>,
) => {
  const { queues } = fanoutContext(payload).options
  const now = Date.now()
  const groups = new Map<string, { ids: (number | string)[]; queue: string; waitUntil?: Date }>()
  for (const d of deliveries) {
    const waitUntil =
      d.nextAttemptAt && new Date(d.nextAttemptAt).getTime() > now
        ? new Date(d.nextAttemptAt)
        : undefined
    const queue = d.priority === 0 ? queues.urgent : queues.normal
    const key = `${queue}:${waitUntil?.toISOString() ?? ''}`
    const group = groups.get(key) ?? { ids: [], queue, waitUntil }
    group.ids.push(d.id)
    groups.set(key, group)
  }
  for (const { ids, queue, waitUntil } of groups.values()) {
    for (let i = 0; i < ids.length; i += JOB_SIZE) {
      const deliveryIds = ids.slice(i, i + JOB_SIZE).map(String)
      await payload.jobs.queue({
        input: { deliveryIds },
        queue,
        req: req as PayloadRequest,
        task: DELIVER_TASK,
        waitUntil,
      })
    }
  }
}

export const queueDelivery = (
  payload: Payload,
  delivery: Queueable,
  req?: Partial<PayloadRequest>,
) => queueDeliveries(payload, [delivery], req)
