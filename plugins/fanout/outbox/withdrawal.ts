// The outbox's answer to a withdrawn BIP entry: copies already out are taken down, or become tasks.
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/roles'
import { ACCOUNTS, TAKEDOWN_TASK } from '../constants'
import type { Delivery } from '../delivery/types'
import { type AccountDoc, findAccount, toChannelAccount } from '../engine/accounts'
import { fanoutContext } from '../engine/context'
import { installFanoutT } from '../i18n-server'
import { fanoutT } from '../i18n'
import {
  WITHDRAWAL_SUMMARY_KEYS,
  withdrawalActionFor,
  withdrawalSummary,
} from '../rules/bip-withdrawal'
import { findDeliveries, readDelivery, updateDelivery } from './store'

type Req = Partial<PayloadRequest>

/**
 * The copy becomes a task for the editors of its unit (the reason says what to do), and the
 * `onWithdrawalTask` option hears of it; its failure is logged, never the write's.
 */
const makeTask = async (payload: Payload, delivery: Delivery, reason: string, req?: Req) => {
  const doc = await updateDelivery(
    payload,
    delivery,
    { flag: 'bip_withdrawn', reason, withdrawal: 'task' },
    req,
  )
  const listener = fanoutContext(payload).options.onWithdrawalTask
  if (!listener) return doc
  try {
    await listener(payload, { delivery: doc, reason }, req)
  } catch (error) {
    payload.logger.error({ err: error, msg: `onWithdrawalTask failed for ${delivery.id}` })
  }
  return doc
}

/**
 * The BIP entry the posts cite was withdrawn. Every copy already out is flagged; a Page copy is
 * taken down by a queued job (in this transaction, so it exists exactly when the flag does) or
 * becomes a task, as its account says; a group post is always a task (no API reaches groups).
 * A copy already handled is left alone, so a withdrawal repeated queues nothing twice.
 */
export const withdrawCopies = async (payload: Payload, postIds: (number | string)[], req?: Req) => {
  const { options } = fanoutContext(payload)
  const t = await installFanoutT(payload)
  const sent = await findDeliveries(
    payload,
    { and: [{ post: { in: postIds } }, { state: { equals: 'sent' } }] },
    req,
  )
  const accounts = new Map<string, AccountDoc | null>()
  const policyOf = async (d: Delivery) => {
    const id = idOf(d.account)
    if (d.channel !== 'fanpage' || id == null) return null
    if (!accounts.has(String(id)))
      accounts.set(
        String(id),
        (await payload.db.findOne({
          collection: ACCOUNTS,
          req,
          where: { id: { equals: id } },
        })) as AccountDoc | null,
      )
    return accounts.get(String(id))?.bipWithdrawal ?? null
  }
  for (const d of sent) {
    const action = withdrawalActionFor(d, await policyOf(d))
    if (action === 'task')
      await makeTask(
        payload,
        d,
        t(d.channel === 'group' ? 'fanout:withdrawal:taskGroup' : 'fanout:withdrawal:taskFanpage'),
        req,
      )
    else if (action === 'takedown') {
      await updateDelivery(payload, d, { flag: 'bip_withdrawn', withdrawal: 'takedown' }, req)
      await payload.jobs.queue({
        input: { deliveryId: String(d.id) },
        queue: options.queues.normal,
        req: req as PayloadRequest,
        task: TAKEDOWN_TASK,
      })
    } else if (d.flag !== 'bip_withdrawn' && !d.takenDownAt)
      await updateDelivery(payload, d, { flag: 'bip_withdrawn' }, req)
  }
}

/**
 * The takedown job's work: the Page copy is deleted through the channel, then recorded. Run again
 * after a crash between the two, the channel finds the copy gone and it is recorded all the same.
 * A temporary failure throws, so the queue retries it; a lasting one (or the last try) leaves the
 * copy to the editors as a task with the reason.
 */
export const takeDownCopy = async (
  payload: Payload,
  deliveryId: number | string,
  lastTry: boolean,
): Promise<'removed' | 'skipped' | 'task'> => {
  const delivery = await readDelivery(payload, deliveryId)
  if (!delivery || delivery.takenDownAt || delivery.withdrawal !== 'takedown') return 'skipped'
  const t = await installFanoutT(payload)
  const channel = fanoutContext(payload).channels[delivery.channel]
  const accountId = idOf(delivery.account)
  const account = accountId == null ? null : await findAccount(payload, accountId)
  if (!channel?.takeDown || !account || !delivery.externalId) {
    const problem = t('fanout:apiCannotTakeDown')
    await makeTask(payload, delivery, t('fanout:withdrawal:taskFanpageFailed', { problem }))
    return 'task'
  }
  try {
    await channel.takeDown(delivery.externalId, {
      account: toChannelAccount(payload, account),
      deliveryId: delivery.id,
      payload,
      t,
    })
  } catch (error) {
    const verdict = channel.classify(error, t)
    if (!lastTry && (verdict.kind === 'retry' || verdict.kind === 'wait')) throw error
    const problem = verdict.message
    await makeTask(payload, delivery, t('fanout:withdrawal:taskFanpageFailed', { problem }))
    return 'task'
  }
  await updateDelivery(payload, delivery, { reason: null, takenDownAt: new Date().toISOString() })
  return 'removed'
}

/**
 * Where a post's copies stand after its BIP entry was withdrawn, in the words of `i18n` (the posts
 * list says it instead of "Opublikowany"); null when no copy was withdrawn.
 */
export const postWithdrawalLabel = async (
  payload: Payload,
  postId: number | string,
  i18n: Parameters<typeof fanoutT>[0],
) => {
  const summary = withdrawalSummary(
    await findDeliveries(payload, {
      and: [{ post: { equals: postId } }, { withdrawal: { exists: true } }],
    }),
  )
  return summary ? fanoutT(i18n)(WITHDRAWAL_SUMMARY_KEYS[summary]) : null
}
