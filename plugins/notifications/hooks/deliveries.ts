import { idOf } from '../../../src/access/roles'
import { polishLabelOf } from '../../../src/domain/labels'
import { DISCUSSION_RULES, POSTS } from '../../../src/domain/slugs'
import { CHANNELS } from '../../../src/domain/taxonomy'
import { ACCOUNTS, DELIVERIES } from '../../fanout/exports/slugs'
import { HANDOFF, RULES_HELD } from '../../fanout/exports/server'
import type { DeliveryStateListener } from '../../fanout/exports/types'
import { deliveryEvent, rulesHeldEvent } from '../rules/channel-events'
import { notify } from '../store/notify'

/**
 * The fan-out's `onDeliveryState`: a copy that failed tells the post's author, a group copy to post
 * by hand tells the unit's editors, and rules of discussion holding a channel back tell the admins
 * (once per channel and rules, however many posts wait).
 */
export const notifyDeliveryState: DeliveryStateListener = async (payload, change, req) => {
  const code = change.data.lastErrorCode ?? null
  const relevant =
    change.to === 'failed' ||
    (change.to === 'needs_action' && (code === HANDOFF || code === RULES_HELD))
  if (!relevant) return
  const delivery = await payload.findByID({
    collection: DELIVERIES,
    depth: 0,
    disableErrors: true,
    id: change.delivery.id,
    overrideAccess: true,
    req,
  })
  if (!delivery) return
  const reason = change.data.lastError ?? change.data.reason ?? delivery.reason ?? null
  if (code === RULES_HELD && change.to === 'needs_action') {
    const accountId = idOf(delivery.account)
    if (accountId == null) return
    const account = await payload.findByID({
      collection: ACCOUNTS,
      depth: 0,
      disableErrors: true,
      id: accountId,
      overrideAccess: true,
      req,
    })
    const rulesId = idOf(account?.discussionRules)
    const rules =
      rulesId == null
        ? null
        : await payload.findByID({
            collection: DISCUSSION_RULES,
            depth: 0,
            disableErrors: true,
            id: rulesId,
            overrideAccess: true,
            req,
          })
    if (!account) return
    const stamp = `${rulesId ?? 'none'}-${rules?.updatedAt ?? 'none'}`
    await notify(payload, rulesHeldEvent(account, stamp, reason ?? ''), req)
    return
  }
  const postId = idOf(delivery.post)
  if (postId == null) return
  const post = await payload.findByID({
    collection: POSTS,
    depth: 0,
    disableErrors: true,
    id: postId,
    overrideAccess: true,
    req,
    select: { author: true, title: true, unit: true },
  })
  if (!post) return
  const channel = polishLabelOf(CHANNELS, delivery.channel)
  const event = deliveryEvent(
    {
      attempts: delivery.attempts,
      code,
      reason: reason ? `${channel}: ${reason}` : channel,
      to: change.to,
    },
    {
      author: idOf(post.author),
      deliveryId: delivery.id,
      post: post.id,
      title: post.title,
      unit: idOf(post.unit ?? delivery.unit),
    },
    { handoff: HANDOFF },
  )
  if (event) await notify(payload, event, req)
}
