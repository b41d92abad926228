// The outbox for corrections: an approved correction changes the post and is planned per channel.
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/roles'
import type { CorrectableContent, CorrectableField } from '../../../src/domain/corrections'
import type { Post, PostCorrection } from '../../../src/payload-types'
import { ACCOUNTS, CORRECTIONS } from '../constants'
import type { Delivery } from '../delivery/types'
import type { AccountDoc } from '../engine/accounts'
import { postsSlug } from '../engine/post-view'
import { correctionPlan } from '../rules/correction-actions'
import { queueDeliveries } from './queue'
import { createDelivery, findDeliveries } from './store'

type Req = Partial<PayloadRequest>

/** Set on the request while an approved correction writes the post: it is not a new proposal. */
export const APPLYING_CORRECTION = 'fanoutApplyingCorrection'

/** One line of a correction's plan: what a channel's copy gets, or why it needs nothing. */
export type CorrectionPlanRow = {
  account: null | number | string
  action: null | string
  channel: string
  reason: null | string
}

/** The approved content written to the post, as the approver (the post's own hooks audit it). */
export const applyCorrectionContent = async (
  payload: Payload,
  correction: PostCorrection,
  req: Req,
) => {
  const proposed = correction.proposed as CorrectableContent
  await payload.update({
    collection: postsSlug(payload),
    context: { [APPLYING_CORRECTION]: true },
    data: {
      body: proposed.body as Post['body'],
      // Corrections stored before per-channel copy existed carry none: the copy stays as it is.
      ...(proposed.channelCopy !== undefined && {
        channelCopy: (proposed.channelCopy ?? {}) as Post['channelCopy'],
      }),
      images: proposed.images as Post['images'],
      lead: proposed.lead,
      title: proposed.title,
    },
    id: idOf(correction.post)!,
    overrideAccess: true,
    req,
  })
}

/**
 * A correction delivery beside each copy that went out: same post, channel and account, its own
 * key, queued in the approving request's transaction. Copies not out yet need none.
 */
export const planCorrectionDeliveries = async (
  payload: Payload,
  correction: PostCorrection,
  req: Req,
) => {
  const postId = idOf(correction.post)!
  const originals = (await findDeliveries(payload, { post: { equals: postId } }, req)).filter(
    (d) => !d.correction,
  )
  const changed = (correction.changed ?? []) as CorrectableField[]
  const rows: CorrectionPlanRow[] = []
  const due: Delivery[] = []
  const now = new Date().toISOString()
  for (const original of originals) {
    const accountId = idOf(original.account)
    const account =
      original.channel === 'group' && accountId != null
        ? ((await payload.db.findOne({
            collection: ACCOUNTS,
            req,
            where: { id: { equals: accountId } },
          })) as AccountDoc | null)
        : null
    const plan = correctionPlan(
      {
        channel: original.channel,
        groupMode: account?.group?.mode,
        originalState: original.state,
      },
      changed,
    )
    rows.push({
      account: accountId,
      action: plan.skip ? null : plan.action,
      channel: original.channel,
      reason: plan.skip ? plan.reason : null,
    })
    if (plan.skip) continue
    due.push(
      await createDelivery(
        payload,
        {
          account: accountId,
          channel: original.channel,
          correction: correction.id,
          correctionAction: plan.action,
          key: `${original.key}:correction:${correction.id}`,
          nextAttemptAt: now,
          post: postId,
          priority: original.priority ?? 1,
          queuedAt: now,
          state: 'pending',
          unit: idOf(original.unit),
        },
        req,
      ),
    )
  }
  await payload.db.updateOne({
    collection: CORRECTIONS,
    data: { plan: rows },
    id: correction.id,
    req: req as PayloadRequest,
  })
  if (due.length) await queueDeliveries(payload, due, req)
}
