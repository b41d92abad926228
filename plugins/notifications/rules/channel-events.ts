import type { NotificationEvent } from '../types'

type Id = number
type Status = { reason?: null | string; since?: null | string; state?: null | string } | null

/**
 * A channel account that has just come to need an admin (a token rejected): one event per
 * problem, from its start (`since`), however many posts then wait for it.
 */
export const accountEvent = (
  account: { id: Id; name?: null | string; status?: Status },
  before: Status | undefined,
): NotificationEvent | null => {
  const status = account.status
  if (status?.state !== 'needs_action' || before?.state === 'needs_action') return null
  return {
    account: account.id,
    actor: null,
    audience: { kind: 'admins' },
    detail: status.reason ?? null,
    kind: 'channel_needs_action',
    stamp: status.since ?? 'unknown',
    title: account.name ?? '',
  }
}

/** What a delivery's change of state says, and to whom (the codes come from the fan-out). */
export const deliveryEvent = (
  change: { code?: null | string; reason?: null | string; to: string; attempts?: null | number },
  facts: { author: Id | null; deliveryId: Id; post: Id; title: string; unit: Id | null },
  codes: { handoff: string },
): NotificationEvent | null => {
  const stamp = `delivery-${facts.deliveryId}-${change.attempts ?? 0}`
  const base = { actor: null, detail: change.reason ?? null, post: facts.post, stamp }
  if (change.to === 'failed')
    return {
      ...base,
      audience: { kind: 'user', user: facts.author },
      kind: 'failed',
      title: facts.title,
    }
  if (change.to === 'needs_action' && change.code === codes.handoff)
    return {
      ...base,
      audience: { kind: 'unitEditors', unit: facts.unit },
      kind: 'handoff',
      title: facts.title,
    }
  return null
}

/**
 * A copy whose BIP entry was withdrawn, left to the editors of the post's unit to remove (a group
 * post; a Page copy the account leaves to them, or one Facebook would not delete): once per copy.
 */
export const withdrawalTaskEvent = (
  facts: { deliveryId: Id; post: Id; title: string; unit: Id | null },
  detail: string,
): NotificationEvent => ({
  actor: null,
  audience: { kind: 'unitEditors', unit: facts.unit },
  detail,
  kind: 'withdrawal_task',
  post: facts.post,
  stamp: `withdrawal-${facts.deliveryId}`,
  title: facts.title,
})

/**
 * Rules of discussion unpublished under a channel hold every post to it: the admins hear once per
 * account and rules version (`rulesStamp`: when the rules last changed), not once per post.
 */
export const rulesHeldEvent = (
  account: { id: Id; name: string },
  rulesStamp: string,
  reason: string,
) =>
  ({
    account: account.id,
    actor: null,
    audience: { kind: 'admins' },
    detail: reason,
    kind: 'channel_needs_action',
    stamp: `rules-${rulesStamp}`,
    title: account.name,
  }) satisfies NotificationEvent
