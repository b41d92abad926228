// The outbox's planner: a post's deliveries brought in line with its state, one per channel target.
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/roles'
import { type Channel, SITE_TARGET } from '../channels/types'
import { CANCELLABLE, planDelivery, REPLANNABLE } from '../delivery/states'
import type { Delivery } from '../delivery/types'
import { loadAccountRules, rulesKey } from '../engine/account-rules'
import { type AccountDoc, enabledAccounts, toChannelAccount } from '../engine/accounts'
import { fanoutContext } from '../engine/context'
import { installFanoutT } from '../i18n-server'
import { loadPost, type PostView, postForChannel } from '../engine/post-view'
import { bipGate } from '../rules/bip-primacy'
import { lintGroupPost } from '../rules/group-lint'
import { queueDeliveries } from './queue'
import type { FanoutTranslationKeys } from '../translations'
import { createDelivery, findDeliveries, updateDelivery } from './store'

type Req = Partial<PayloadRequest>

/** Why a social channel has no target, for the editors who read it on the delivery. */
const NOT_CONFIGURED: Record<string, FanoutTranslationKeys> = {
  fanpage: 'fanout:notConfiguredFanpage',
  group: 'fanout:notConfiguredGroup',
}

/**
 * Brings a post's deliveries in line with its state, in the same transaction as the change that
 * triggered it (the outbox): new deliveries are created, planned ones re-planned and queued.
 */
export const syncDeliveries = async (
  payload: Payload,
  postOrId: number | PostView | string,
  req?: Req,
) => {
  const { channels } = fanoutContext(payload)
  const post = typeof postOrId === 'object' ? postOrId : await loadPost(payload, postOrId, req)
  if (!post) return
  const existing = await findDeliveries(payload, { post: { equals: post.id } }, req)
  // Reasons and warnings are stored on the deliveries: in the install's language.
  const t = await installFanoutT(payload)

  if (!['approved', 'published'].includes(post.workflowState)) {
    for (const d of existing.filter((d) => CANCELLABLE.includes(d.state))) {
      await updateDelivery(
        payload,
        d,
        {
          reason: t('fanout:reasonPostWithdrawn'),
          state: 'skipped',
        },
        req,
      )
    }
    return markSynced(payload, post.id, req)
  }

  const now = new Date()
  const urgent = post.informationType === 'urgent_alert'
  const due: Delivery[] = []
  const rulesByKey = new Map<string, ReturnType<typeof loadAccountRules>>()
  const cachedRules = (doc: AccountDoc) => {
    if (!rulesByKey.has(rulesKey(doc)))
      rulesByKey.set(rulesKey(doc), loadAccountRules(payload, doc, req))
    return rulesByKey.get(rulesKey(doc))!
  }
  for (const slug of post.channels ?? []) {
    const channel = channels[slug]
    if (!channel) continue
    const targets = await targetsOf(payload, channel, req)
    for (const target of targets) {
      const key = `${post.id}:${slug}:${target.id ?? (target.account ? SITE_TARGET : 'none')}`
      const current = existing.find((d) => d.key === key)
      if (current && !REPLANNABLE.includes(current.state)) continue
      const rules = target.doc ? await cachedRules(target.doc) : null
      const view = await postForChannel(payload, post, slug, rules)
      const copy = target.account ? channel.render(view, target.account, t) : null
      const plan = planDelivery(
        {
          gate: bipGate(post, now, t),
          misconfiguration: target.account
            ? channel.misconfiguration(target.account, t)
            : t(NOT_CONFIGURED[slug] ?? 'fanout:notConfiguredAccount'),
          postState: post.workflowState,
        },
        t,
      )
      const data = {
        account: target.id,
        channel: slug,
        key,
        lint: slug === 'group' && copy ? lintGroupPost(copy.text, undefined, t) : null,
        nextAttemptAt: plan.state === 'pending' ? now.toISOString() : null,
        post: post.id,
        priority: urgent ? 0 : 1,
        queuedAt: plan.state === 'pending' ? now.toISOString() : null,
        reason: plan.reason,
        state: plan.state,
        text: copy?.text ?? null,
        unit: idOf(post.unit),
      }
      const saved = current
        ? await updateDelivery(payload, current, data, req)
        : await createDelivery(payload, data, req)
      if (plan.state === 'pending') due.push(saved)
    }
  }
  if (due.length) await queueDeliveries(payload, due, req)
  await markSynced(payload, post.id, req)
}

/** Where a channel publishes: its built-in target, each enabled account, or nowhere (skipped, with why). */
const targetsOf = async (payload: Payload, channel: Channel, req?: Req) => {
  if (channel.builtin) return [{ account: channel.builtin, doc: null, id: null }]
  const accounts = await enabledAccounts(payload, channel.slug, req)
  return accounts.length
    ? accounts.map((a) => ({ account: toChannelAccount(payload, a), doc: a, id: a.id }))
    : [{ account: null, doc: null, id: null }]
}

/** Written below the hooks on purpose: it is bookkeeping, not an edit of the post (no version, no hooks). */
const markSynced = async (payload: Payload, id: number | string, req?: Req) => {
  const { collections } = fanoutContext(payload).options
  await payload.db.updateOne({
    collection: collections.posts,
    data: { fanoutSync: 'done' },
    id,
    req: req as PayloadRequest,
  })
}
