// The delivery's audit: each change of state (and a few other events) as one line of the log.
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/roles'
import { polishLabelOf } from '../../../src/domain/labels'
import { CHANNELS } from '../../../src/domain/taxonomy'
import { recordAudit, shortText } from '../../audit/exports/server'
import { DELIVERIES } from '../constants'
import { fanoutContextIfAny } from '../engine/context'
import { WORKER_ID } from '../engine/worker-id'
import type { FanoutT } from '../i18n'
import { installFanoutT } from '../i18n-server'
import { deliveryStateName } from './states'
import type { DeliveryData, DeliveryRef, DeliveryStateChange } from './types'

/** The channel and the post ("… – post #12"): the copy a person is looking for in the log. */
export const deliveryTitle = (delivery: Pick<DeliveryData, 'channel' | 'post'>, t: FanoutT) =>
  [
    // The channel's name comes from the shared taxonomy, which names it in Polish.
    delivery.channel ? polishLabelOf(CHANNELS, delivery.channel) : null,
    idOf(delivery.post) != null ? t('fanout:audit:post', { id: idOf(delivery.post) }) : null,
  ]
    .filter(Boolean)
    .join(' – ') || null

/** Events on a copy that are not a change of state but belong in the log all the same. */
const eventsOf = (data: DeliveryData, t: FanoutT): string[] => [
  ...(data.takenDownAt ? [t('fanout:auditTakenDown')] : []),
  ...(data.withdrawal === 'takedown' ? [t('fanout:withdrawal:auditTakedownQueued')] : []),
  ...(data.withdrawal === 'task' ? [t('fanout:withdrawal:auditTask')] : []),
  ...(data.flag === 'bip_withdrawn' && !data.withdrawal ? [t('fanout:auditFlagged')] : []),
]

/**
 * Deliveries are written below the hooks (the engine's own bookkeeping), so the engine records
 * their state changes itself: one insert into the audit log, from the state it already holds,
 * never reading the delivery back. The person who caused it when there is one, else this worker.
 *
 * The claim of an attempt (→ `sending`, a lease of a few seconds) is not logged here: the attempt
 * itself is recorded, with its worker and times, in `delivery-attempts`. The log says where the
 * attempt ended, from the state before it (pending → sent): one insert per send. In the install's
 * language, as everything stored.
 */
export const recordDeliveryState = async (
  payload: Payload,
  delivery: DeliveryRef,
  data: DeliveryData,
  req?: Partial<PayloadRequest>,
  operation: 'create' | 'update' = 'update',
) => {
  const to = data.state ?? null
  const from = operation === 'create' ? null : (delivery.state ?? null)
  const changed = !!to && to !== from && to !== 'sending'
  const t = await installFanoutT(payload)
  const events = eventsOf(data, t)
  if (!changed && !events.length) return
  const why = changed ? (data.lastError ?? data.reason) : null
  const state = (value: null | string) => (value ? deliveryStateName(value, t) : '—')
  const parts = [
    ...(changed
      ? [
          operation === 'create'
            ? t('fanout:audit:created', { state: state(to) })
            : t('fanout:audit:stateChange', { from: state(from), to: state(to) }),
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
      documentTitle: deliveryTitle(
        { channel: data.channel ?? delivery.channel, post: data.post ?? delivery.post },
        t,
      ),
      field: changed ? 'state' : null,
      from: changed ? from : null,
      operation,
      summary: parts.join('; '),
      to: changed ? to : null,
    },
    req,
    `system (${WORKER_ID})`,
  )
  if (changed && to) await tellListener(payload, { data, delivery, from, to }, req)
}

/** The `onDeliveryState` option hears of the change; its failure is logged, never the write's. */
const tellListener = async (
  payload: Payload,
  change: DeliveryStateChange,
  req?: Partial<PayloadRequest>,
) => {
  const listener = fanoutContextIfAny(payload)?.options.onDeliveryState
  if (!listener) return
  try {
    await listener(payload, change, req)
  } catch (error) {
    payload.logger.error({ err: error, msg: `onDeliveryState failed for ${change.delivery.id}` })
  }
}
