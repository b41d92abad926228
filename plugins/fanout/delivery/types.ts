// The delivery's type: the generated document, and the parts of it that functions take.
import type { Payload, PayloadRequest } from 'payload'

import type { Delivery } from '../../../src/payload-types'

export type { Delivery }

/** What the outbox knows of a delivery when it changes it: from which state, and which copy. */
export type DeliveryRef = Pick<Delivery, 'id'> &
  Partial<Pick<Delivery, 'channel' | 'post' | 'state'>>

/** What the queue needs to know of a delivery: which one, when, and how urgent. */
export type Queueable = Pick<Delivery, 'id' | 'nextAttemptAt' | 'priority'>

type Id = number | string

/** A write to a delivery: any of its own fields; relations also by a string id (MongoDB). */
export type DeliveryData = Partial<
  Omit<Delivery, 'account' | 'attemptLog' | 'createdAt' | 'id' | 'post' | 'unit' | 'updatedAt'>
> & {
  account?: Delivery['account'] | Id
  post?: Delivery['post'] | Id
  unit?: Delivery['unit'] | Id
}

/** How one call of `processDelivery` ended, for the job's output. */
export type ProcessOutcome =
  | 'already_sent'
  | 'failed'
  | 'needs_action'
  | 'not_due'
  | 'retry'
  | 'sent'
  | 'skipped'
  | 'taken'
  | 'wait'
  | 'waiting_for_bip'

/** A delivery's change of state, as the engine wrote it (`from` is null for a new delivery). */
export type DeliveryStateChange = {
  data: DeliveryData
  delivery: DeliveryRef
  from: Delivery['state'] | null
  to: Delivery['state']
}

/** `onDeliveryState`: called after the write, in the writer's transaction when it has one. */
export type DeliveryStateListener = (
  payload: Payload,
  change: DeliveryStateChange,
  req?: Partial<PayloadRequest>,
) => Promise<void>

/** A copy whose BIP entry was withdrawn, left to the editors of its unit: what to do is the reason. */
export type WithdrawalTask = { delivery: Delivery; reason: string }

/** `onWithdrawalTask`: called after the task is written, in the writer's transaction when it has one. */
export type WithdrawalTaskListener = (
  payload: Payload,
  task: WithdrawalTask,
  req?: Partial<PayloadRequest>,
) => Promise<void>
