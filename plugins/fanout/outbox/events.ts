// The outbox's events: changes elsewhere (a BIP entry, an account, rules) that release deliveries.
import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '../../../src/access/roles'
import { RULES_HELD } from '../engine/account-rules'
import { loadPost, postsSlug } from '../engine/post-view'
import { bipGate } from '../rules/bip-primacy'
import { queueDelivery } from './queue'
import { findDeliveries, updateDelivery } from './store'
import { withdrawCopies } from './withdrawal'

type Req = Partial<PayloadRequest>

/** The posts citing a BIP entry, read once per change of the entry for every consumer. */
export const postsCitingBip = async (payload: Payload, bipId: number | string, req?: Req) =>
  (
    await payload.find({
      collection: postsSlug(payload),
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      pagination: false,
      req,
      select: { category: true, unit: true, workflowState: true },
      where: { bipReference: { equals: bipId } },
    })
  ).docs

/**
 * A BIP entry changed. Published: deliveries of the posts citing it are released. Withdrawn: those
 * posts' copies that already went out are taken down or given to the editors (`withdrawCopies`).
 */
export const onBipChange = async (
  payload: Payload,
  bip: { id: number | string; state?: string },
  citing: { id: number | string }[],
  req?: Req,
) => {
  const postIds = citing.map((p) => p.id)
  if (!postIds.length) return
  if (bip.state === 'withdrawn') await withdrawCopies(payload, postIds, req)
  await releaseWaiting(payload, { post: { in: postIds } }, req)
}

/** Waiting deliveries whose BIP entry is now published (and due) go to the queue. */
export const releaseWaiting = async (
  payload: Payload,
  where: Where = {},
  req?: Req,
  now = new Date(),
) => {
  const waiting = await findDeliveries(
    payload,
    { and: [{ state: { equals: 'waiting_for_bip' } }, where] },
    req,
  )
  let released = 0
  for (const d of waiting) {
    const post = await loadPost(payload, idOf(d.post)!, req)
    if (!post || post.workflowState !== 'published') continue
    const gate = bipGate(post, now)
    if (!gate.ok) {
      if (gate.reason !== d.reason) await updateDelivery(payload, d, { reason: gate.reason }, req)
      continue
    }
    const next = await updateDelivery(
      payload,
      d,
      {
        nextAttemptAt: now.toISOString(),
        queuedAt: now.toISOString(),
        reason: null,
        state: 'pending',
      },
      req,
    )
    await queueDelivery(payload, next, req)
    released++
  }
  return released
}

/** A channel account got a new token or secret: what waited for it resumes. */
export const resumeAccount = async (payload: Payload, accountId: number | string, req?: Req) => {
  const now = new Date().toISOString()
  for (const d of await findDeliveries(
    payload,
    { and: [{ account: { equals: accountId } }, { state: { equals: 'needs_action' } }] },
    req,
  )) {
    const next = await updateDelivery(
      payload,
      d,
      { nextAttemptAt: now, queuedAt: now, reason: null, state: 'pending' },
      req,
    )
    await queueDelivery(payload, next, req)
  }
}

/**
 * Deliveries held because their channel's rules of discussion were not published go back to the
 * queue; the worker checks the rules again before sending, so a premature resume only re-holds them.
 */
export const resumeRulesHeld = async (
  payload: Payload,
  accountIds: (number | string)[],
  req?: Req,
) => {
  if (!accountIds.length) return
  const now = new Date().toISOString()
  const held = await findDeliveries(
    payload,
    {
      and: [
        { account: { in: accountIds } },
        { state: { equals: 'needs_action' } },
        { lastErrorCode: { equals: RULES_HELD } },
      ],
    },
    req,
  )
  for (const d of held) {
    const next = await updateDelivery(
      payload,
      d,
      {
        lastError: null,
        lastErrorCode: null,
        nextAttemptAt: now,
        queuedAt: now,
        reason: null,
        state: 'pending',
      },
      req,
    )
    await queueDelivery(payload, next, req)
  }
}
