// The outbox's worker side: one delivery sent, or the reason it is not sent now.
import type { Payload } from 'payload'

import { idOf } from '../../../src/access/roles'
import { HandoffRequired, type Published, type RenderedCopy, SITE_TARGET } from '../channels/types'
import type { Delivery, ProcessOutcome } from '../delivery/types'
import {
  accountRulesProblem,
  loadAccountRules,
  RULES_HELD,
  rulesKey,
} from '../engine/account-rules'
import { type AccountDoc, findAccount, toChannelAccount } from '../engine/accounts'
import { fanoutContext } from '../engine/context'
import { HANDOFF } from '../constants'
import { installFanoutT } from '../i18n-server'
import { loadPost, postForChannel } from '../engine/post-view'
import { bipGate } from '../rules/bip-primacy'
import { claimAttempt, finishAttempt, lastAttempt } from './attempts'
import { correctionCopy, correctionTargetOf, sendCopy } from './correction-send'
import { queueDelivery } from './queue'
import { settleFailure, settleSent } from './settle'
import { readDelivery, setDelivery, updateDelivery } from './store'

/** A built-in channel behaves as an always-enabled account with no status of its own. */
const BUILTIN_DOC: AccountDoc = {
  enabled: true,
  id: SITE_TARGET,
  kind: 'rss',
  name: 'site',
  status: null,
}

/** The copy last attempted, as stored on the delivery (a channel's payload is always an object). */
const storedCopy = ({ payload, text }: Pick<Delivery, 'payload' | 'text'>): null | RenderedCopy =>
  payload && typeof payload === 'object' && !Array.isArray(payload) && text
    ? { payload, text }
    : null

/** Reads shared by the deliveries of one job: the post, and the channel accounts. */
export type JobCache = {
  accounts: Map<string, ReturnType<typeof findAccount>>
  posts: Map<string, ReturnType<typeof loadPost>>
  rules: Map<string, ReturnType<typeof loadAccountRules>>
}
export const newJobCache = (): JobCache => ({
  accounts: new Map(),
  posts: new Map(),
  rules: new Map(),
})

const cached = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
  if (!map.has(key)) map.set(key, load())
  return map.get(key)!
}

/**
 * Sends one delivery, or decides why not now. Safe to call any number of times, from any number
 * of workers: it acts only on a due delivery, claims the attempt first, and before posting again
 * after an attempt with an unknown outcome it looks for the earlier copy.
 */
export const processDelivery = async (
  payload: Payload,
  deliveryId: number | string,
  now = new Date(),
  cache: JobCache = newJobCache(),
): Promise<ProcessOutcome> => {
  const { channels, options } = fanoutContext(payload)
  const delivery = await readDelivery(payload, deliveryId)
  if (!delivery) return 'skipped'
  const leased =
    delivery.state === 'sending' && delivery.leaseUntil && new Date(delivery.leaseUntil) > now
  if (!['pending', 'sending'].includes(delivery.state) || leased)
    return delivery.state === 'sent' ? 'already_sent' : 'not_due'
  if (
    delivery.state === 'pending' &&
    delivery.nextAttemptAt &&
    new Date(delivery.nextAttemptAt) > now
  )
    return 'not_due'

  // What the delivery tells a person is stored on it: in the install's language.
  const t = await installFanoutT(payload)
  const postId = String(idOf(delivery.post))
  const post = await cached(cache.posts, postId, () => loadPost(payload, postId))
  if (!post || post.workflowState !== 'published') {
    await updateDelivery(payload, delivery, {
      reason: t('fanout:reasonPostNotPublished'),
      state: 'skipped',
    })
    return 'skipped'
  }
  // BIP primacy is checked again at the last moment: the entry may have been withdrawn meanwhile.
  const gate = bipGate(post, now, t)
  if (!gate.ok) {
    await updateDelivery(payload, delivery, { reason: gate.reason, state: 'waiting_for_bip' })
    return 'waiting_for_bip'
  }
  const channel = channels[delivery.channel]
  const accountId = delivery.account ? String(idOf(delivery.account)) : null
  const accountDoc = channel?.builtin
    ? BUILTIN_DOC
    : accountId
      ? await cached(cache.accounts, accountId, () => findAccount(payload, accountId))
      : null
  if (!channel || !accountDoc || !accountDoc.enabled) {
    await updateDelivery(payload, delivery, {
      reason: t('fanout:reasonChannelDisabled'),
      state: 'skipped',
    })
    return 'skipped'
  }
  // Rules of discussion unpublished since the post was planned: nothing goes out under them.
  const rules = channel.builtin
    ? null
    : await cached(cache.rules, rulesKey(accountDoc), () => loadAccountRules(payload, accountDoc))
  const rulesProblem = channel.builtin ? null : accountRulesProblem(accountDoc, rules, t)
  if (rulesProblem) {
    await updateDelivery(payload, delivery, {
      lastError: rulesProblem,
      lastErrorCode: RULES_HELD,
      reason: rulesProblem,
      state: 'needs_action',
    })
    return 'needs_action'
  }
  if (accountDoc.status?.state === 'needs_action') {
    // One rejected token must not turn into a storm of calls: wait for the re-authorisation.
    await updateDelivery(payload, delivery, {
      reason: accountDoc.status.reason ?? t('fanout:reasonChannelNeedsAdmin'),
      state: 'needs_action',
    })
    return 'needs_action'
  }
  const throttleUntil = accountDoc.status?.throttleUntil
    ? new Date(accountDoc.status.throttleUntil)
    : null
  if (throttleUntil && throttleUntil > now) {
    const next = await updateDelivery(payload, delivery, {
      nextAttemptAt: throttleUntil.toISOString(),
      queuedAt: now.toISOString(),
      reason: t('fanout:reasonThrottled'),
      state: 'pending',
    })
    await queueDelivery(payload, next)
    return 'wait'
  }

  let number = (delivery.attempts ?? 0) + 1
  let attempt = await claimAttempt(payload, delivery.id, number, now)
  if (!attempt) {
    // Attempt n is claimed but the delivery does not record it: either its worker is between the
    // two writes (it keeps the claim for one lease), or it died there. A dead claim must not block
    // the delivery for ever: it counts as an attempt with an unknown outcome, and the next follows.
    const last = await lastAttempt(payload, delivery.id)
    if (
      !last ||
      (!last.outcome &&
        new Date(last.startedAt ?? 0).getTime() + options.timing.leaseMs > now.getTime())
    )
      return 'taken'
    number = Math.max(number, last.number) + 1
    attempt = await claimAttempt(payload, delivery.id, number, now)
    if (!attempt) return 'taken'
  }
  const account = channel.builtin ?? toChannelAccount(payload, accountDoc)
  const view = await postForChannel(payload, post, delivery.channel, rules)
  const correction = await correctionTargetOf(payload, delivery)
  const rendered = channel.render(view, account, t)
  const copy = correction ? correctionCopy(rendered, correction, t) : rendered
  // The copy is recorded before it is sent: if this attempt's outcome stays unknown, the next one
  // looks for exactly this text, even if the post is edited meanwhile.
  const stored = storedCopy(delivery)
  const earlier = stored && stored.text !== copy.text ? stored : null
  await setDelivery(payload, delivery, {
    attempts: number,
    leaseUntil: new Date(now.getTime() + options.timing.leaseMs).toISOString(),
    payload: copy.payload,
    state: 'sending',
    text: copy.text,
  })
  const ctx = { account, deliveryId: delivery.id, payload, t }
  const record = (published: Published, outcome: 'already_sent' | 'sent') =>
    settleSent(payload, delivery, attempt.id, copy, published, outcome, {
      id: account.id,
      status: accountDoc.status ?? {},
    })

  try {
    const since = new Date(delivery.createdAt ?? now.getTime() - 24 * 3600_000)
    if (number > 1) {
      for (const candidate of earlier ? [earlier, copy] : [copy]) {
        const existing = await channel.findExisting(candidate, { ...ctx, since })
        if (existing) return await record(existing, 'already_sent')
      }
    }
    try {
      return await record(await sendCopy(channel, copy, ctx, correction), 'sent')
    } catch (error) {
      // "Duplicate" means an earlier copy may exist after all (e.g. an attempt cut off mid-way).
      if (channel.classify(error, t).kind !== 'duplicate') throw error
      const existing = await channel.findExisting(copy, { ...ctx, since })
      if (existing) return await record(existing, 'already_sent')
      throw error
    }
  } catch (error) {
    if (error instanceof HandoffRequired) {
      await updateDelivery(payload, delivery, {
        lastErrorCode: HANDOFF,
        leaseUntil: null,
        payload: copy.payload,
        reason: error.instructions,
        state: 'needs_action',
        text: copy.text,
      })
      await finishAttempt(payload, attempt.id, 'needs_action', 'handoff')
      return 'needs_action'
    }
    return settleFailure(
      payload,
      delivery,
      attempt.id,
      number,
      channel.classify(error, t),
      account.id,
      accountDoc.status ?? {},
      now,
      copy.payload,
    )
  }
}
