import type { Payload, PayloadRequest } from 'payload'

import { recordAudit, shortText } from '../../audit/exports/server'
import { polishLabelOf } from '../../../src/domain/labels'
import { CHANNELS } from '../../../src/domain/taxonomy'
import { DELIVERY_STATES } from '../delivery-states'
import { DELIVERIES } from '../constants'
import { WORKER_ID } from './worker-id'

/** What the engine knows of a delivery when it changes it: enough to say from which state, and which copy. */
export type DeliveryRef = {
  channel?: null | string
  id: number | string
  post?: null | number | string | { id: number | string }
  state?: null | string
}

const postIdOf = (post: DeliveryRef['post']) => (post && typeof post === 'object' ? post.id : post)

/** "Fanpage urzędu (Facebook) – wpis #12": the copy a person is looking for in the log. */
export const deliveryTitle = (delivery: DeliveryRef) =>
  [
    delivery.channel ? polishLabelOf(CHANNELS, delivery.channel) : null,
    postIdOf(delivery.post) != null ? `wpis #${postIdOf(delivery.post)}` : null,
  ]
    .filter(Boolean)
    .join(' – ') || null

/** Events on a copy that are not a change of state but belong in the log all the same. */
const eventsOf = (data: Record<string, unknown>): string[] => [
  ...(data.takenDownAt ? ['kopię usunięto z kanału'] : []),
  ...(data.flag === 'bip_withdrawn'
    ? ['oznaczono: wpis BIP wycofany – rozważ usunięcie kopii']
    : []),
]

/**
 * Deliveries are written below the hooks (the engine's own bookkeeping), so the engine records
 * their state changes itself: one insert into the audit log, from the state it already holds,
 * never reading the delivery back. The person who caused it when there is one, else this worker.
 *
 * The claim of an attempt (→ `sending`, a lease of a few seconds) is not logged here: the attempt
 * itself is recorded, with its worker and times, in `delivery-attempts`. The log says where the
 * attempt ended, from the state before it (W kolejce → Opublikowana): one insert per send.
 */
export const recordDeliveryState = async (
  payload: Payload,
  delivery: DeliveryRef,
  data: Record<string, unknown>,
  req?: Partial<PayloadRequest>,
  operation: 'create' | 'update' = 'update',
) => {
  const to = typeof data.state === 'string' ? data.state : null
  const from = operation === 'create' ? null : (delivery.state ?? null)
  const changed = !!to && to !== from && to !== 'sending'
  const events = eventsOf(data)
  if (!changed && !events.length) return
  const why = changed ? ((data.lastError ?? data.reason) as null | string | undefined) : null
  const state = (value: null | string) => (value ? polishLabelOf(DELIVERY_STATES, value) : '—')
  const parts = [
    ...(changed
      ? [
          operation === 'create'
            ? `utworzono (stan: ${state(to)})`
            : `stan: ${state(from)} → ${state(to)}`,
        ]
      : []),
    ...(why ? [shortText(why, 160)] : []),
    ...events,
  ]
  await recordAudit(
    payload,
    {
      collection: DELIVERIES,
      documentId: delivery.id,
      documentTitle: deliveryTitle({
        ...delivery,
        channel: (data.channel as string) ?? delivery.channel,
        post: (data.post as number) ?? delivery.post,
      }),
      field: changed ? 'state' : null,
      from: changed ? from : null,
      operation,
      summary: parts.join('; '),
      to: changed ? to : null,
    },
    req,
    `system (${WORKER_ID})`,
  )
}
