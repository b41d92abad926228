// "Send now": a copy skipped because its channel was not configured, sent once it is.
import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '../../../src/access/roles'
import { polishLabelOf } from '../../../src/domain/labels'
import { CHANNELS } from '../../../src/domain/taxonomy'
import { SITE_TARGET } from '../channels/types'
import type { Delivery } from '../delivery/types'
import { loadAccountRules } from '../engine/account-rules'
import { fanoutContext } from '../engine/context'
import { loadPost, postForChannel } from '../engine/post-view'
import { type Target, usableTarget } from '../engine/readiness'
import type { FanoutT } from '../i18n'
import { bipGate } from '../rules/bip-primacy'
import { lintGroupPost } from '../rules/group-lint'
import { queueDelivery } from './queue'
import { findDeliveries, updateDelivery } from './store'

type Req = Partial<PayloadRequest>

/** How far back the bulk action looks for skipped copies. */
export const SEND_SKIPPED_DAYS = 14

export type SendRefusal = { message: string; ok: false; status: 400 | 409 }
type SendPlan = { data: Parameters<typeof updateDelivery>[2]; ok: true; pending: boolean }

const IN_PROGRESS = ['pending', 'scheduled', 'sending', 'waiting_for_bip']

/**
 * What sending a skipped copy now would write, or why it may not go: never a copy already out or
 * on its way, never for a post no longer published or whose BIP entry was withdrawn, only to a
 * configured channel; public information still waits for its BIP entry. `targets` caches each
 * channel's target across the copies of one bulk action.
 */
export const planSendNow = async (
  payload: Payload,
  delivery: Delivery,
  t: FanoutT,
  req?: Req,
  now = new Date(),
  targets = new Map<string, Promise<Target>>(),
): Promise<SendPlan | SendRefusal> => {
  const refuse = (status: 400 | 409, message: string): SendRefusal => ({
    message,
    ok: false,
    status,
  })
  if (delivery.state === 'sent') return refuse(409, t('fanout:sendNow:alreadySent'))
  if (IN_PROGRESS.includes(delivery.state)) return refuse(409, t('fanout:sendNow:inProgress'))
  if (delivery.state !== 'skipped') return refuse(400, t('fanout:sendNow:notSkipped'))
  const post = await loadPost(payload, idOf(delivery.post)!, req)
  if (!post || post.workflowState !== 'published')
    return refuse(400, t('fanout:sendNow:postNotPublished'))
  const bip = typeof post.bipReference === 'object' ? post.bipReference : null
  if (bip?.state === 'withdrawn') return refuse(400, t('fanout:sendNow:bipWithdrawn'))
  const slug = delivery.channel
  const key = `${slug}:${idOf(delivery.account) ?? ''}`
  if (!targets.has(key))
    targets.set(key, usableTarget(payload, slug, t, req, idOf(delivery.account)))
  const target = await targets.get(key)!
  if ('problem' in target)
    return refuse(
      400,
      t('fanout:sendNow:notConfigured', {
        channel: polishLabelOf(CHANNELS, slug),
        problem: target.problem,
      }),
    )
  // One record per post and target: a copy re-addressed to an account that has its own is refused.
  const newKey = `${post.id}:${slug}:${target.id ?? SITE_TARGET}`
  if (newKey !== delivery.key) {
    const [other] = await findDeliveries(payload, { key: { equals: newKey } }, req, 1)
    if (other)
      return refuse(
        409,
        t(other.state === 'sent' ? 'fanout:sendNow:alreadySent' : 'fanout:sendNow:inProgress'),
      )
  }
  const channel = fanoutContext(payload).channels[slug]!
  const rules = target.doc ? await loadAccountRules(payload, target.doc, req) : null
  const copy = channel.render(await postForChannel(payload, post, slug, rules), target.account, t)
  const gate = bipGate(post, now, t)
  const at = now.toISOString()
  return {
    data: {
      account: target.id,
      key: newKey,
      lint: slug === 'group' ? lintGroupPost(copy.text, undefined, t) : null,
      nextAttemptAt: gate.ok ? at : null,
      queuedAt: gate.ok ? at : null,
      reason: gate.ok ? t('fanout:sendNow:reason') : gate.reason,
      state: gate.ok ? 'pending' : 'waiting_for_bip',
      text: copy.text,
    },
    ok: true,
    pending: gate.ok,
  }
}

/**
 * Sends a skipped copy through the outbox: the same record, now addressed and queued (or waiting
 * for BIP), written with the person's request so the audit log names them. The worker claims the
 * attempt as for any copy, so two clicks never post twice.
 */
export const sendNow = async (
  payload: Payload,
  delivery: Delivery,
  t: FanoutT,
  req?: Req,
  now = new Date(),
  targets?: Map<string, Promise<Target>>,
) => {
  const plan = await planSendNow(payload, delivery, t, req, now, targets)
  if (!plan.ok) return plan
  const doc = await updateDelivery(payload, delivery, plan.data, req)
  if (plan.pending) await queueDelivery(payload, doc, req)
  return { delivery: doc, ok: true as const, waiting: !plan.pending }
}

/** Skipped copies of the last 14 days, oldest first. */
const recentSkippedWhere = (now: Date): Where => ({
  and: [
    { state: { equals: 'skipped' } },
    {
      createdAt: {
        greater_than_equal: new Date(
          now.getTime() - SEND_SKIPPED_DAYS * 24 * 3600_000,
        ).toISOString(),
      },
    },
  ],
})

/** The skipped copies of the last 14 days that could be sent now (for the dashboard's count). */
export const sendableSkipped = async (
  payload: Payload,
  t: FanoutT,
  req?: Req,
  now = new Date(),
) => {
  const targets = new Map<string, Promise<Target>>()
  const found: Delivery[] = []
  for (const d of await findDeliveries(payload, recentSkippedWhere(now), req)) {
    if ((await planSendNow(payload, d, t, req, now, targets)).ok) found.push(d)
  }
  return found
}

/** The bulk action: every skipped copy of the last 14 days that may go now; how many went. */
export const sendSkippedRecent = async (
  payload: Payload,
  t: FanoutT,
  req?: Req,
  now = new Date(),
) => {
  const targets = new Map<string, Promise<Target>>()
  let sent = 0
  for (const d of await findDeliveries(payload, recentSkippedWhere(now), req)) {
    if ((await sendNow(payload, d, t, req, now, targets)).ok) sent++
  }
  return sent
}
