// Where an attempt leaves a delivery: sent, failed for good, waiting for a person, or queued again.
import type { Payload } from 'payload'

import { type Published, type RenderedCopy, SITE_TARGET, type Verdict } from '../channels/types'
import { ACCOUNTS } from '../constants'
import { maxAttempts, nextRetryDelayMs } from '../delivery/retry'
import type { Delivery, ProcessOutcome } from '../delivery/types'
import type { AccountDoc } from '../engine/accounts'
import { finishAttempt } from './attempts'
import { queueDelivery } from './queue'
import { setDelivery, updateDelivery } from './store'

type AccountStatus = NonNullable<AccountDoc['status']>

/** The account's status as the sending path sees it; a built-in channel has none to keep. */
export const markAccount = async (
  payload: Payload,
  accountId: number | string,
  status: AccountStatus,
) =>
  accountId === SITE_TARGET
    ? undefined
    : payload.update({
        collection: ACCOUNTS,
        context: { fanoutStatusOnly: true },
        data: { status },
        id: accountId,
        overrideAccess: true,
      })

/** The copy is out (or was found out already): the delivery is sent, the attempt finished. */
export const settleSent = async (
  payload: Payload,
  delivery: Pick<Delivery, 'channel' | 'id' | 'post' | 'state'>,
  attemptId: number | string,
  copy: RenderedCopy,
  published: Published,
  outcome: 'already_sent' | 'sent',
  account: { id: number | string; status: AccountStatus },
) => {
  await setDelivery(payload, delivery, {
    externalId: published.externalId,
    externalUrl: published.url,
    lastError: null,
    lastErrorCode: null,
    leaseUntil: null,
    payload: copy.payload,
    reason: published.note ?? null,
    sentAt: new Date().toISOString(),
    state: 'sent',
    text: copy.text,
  })
  await finishAttempt(payload, attemptId, outcome)
  if (published.throttleUntil)
    await markAccount(payload, account.id, {
      ...account.status,
      throttleUntil: published.throttleUntil.toISOString(),
    })
  return outcome
}

/**
 * The attempt failed as the channel classified it: the account waits for a person, the delivery
 * fails for good after its last attempt, or it is queued again after the retry delay.
 */
export const settleFailure = async (
  payload: Payload,
  delivery: Delivery,
  attemptId: number | string,
  number: number,
  verdict: Verdict,
  accountId: number | string,
  accountStatus: AccountStatus,
  now: Date,
  sent: Record<string, unknown>,
): Promise<ProcessOutcome> => {
  const base = {
    lastError: verdict.message,
    lastErrorCode: verdict.code ?? null,
    leaseUntil: null,
    payload: sent,
  }
  const outcome = verdict.kind === 'fail' || verdict.kind === 'duplicate' ? 'failed' : verdict.kind
  await finishAttempt(
    payload,
    attemptId,
    outcome,
    `${verdict.code ?? ''} ${verdict.message}`.trim(),
  )
  if (verdict.kind === 'needs_action') {
    await updateDelivery(payload, delivery, {
      ...base,
      reason: verdict.message,
      state: 'needs_action',
    })
    if (verdict.accountWide)
      await markAccount(payload, accountId, {
        reason: verdict.message,
        since: now.toISOString(),
        state: 'needs_action',
      })
    return 'needs_action'
  }
  const urgent = delivery.priority === 0
  if (verdict.kind === 'fail' || verdict.kind === 'duplicate' || number >= maxAttempts(urgent)) {
    await updateDelivery(payload, delivery, { ...base, reason: null, state: 'failed' })
    return 'failed'
  }
  const afterMs =
    verdict.kind === 'wait'
      ? verdict.afterMs
      : (verdict.afterMs ?? nextRetryDelayMs(number, urgent))
  const next = new Date(now.getTime() + afterMs)
  if (verdict.kind === 'wait')
    await markAccount(payload, accountId, { ...accountStatus, throttleUntil: next.toISOString() })
  const updated = await updateDelivery(payload, delivery, {
    ...base,
    nextAttemptAt: next.toISOString(),
    queuedAt: now.toISOString(),
    reason: null,
    state: 'pending',
  })
  await queueDelivery(payload, updated)
  return verdict.kind
}
