import type { FanoutTranslationKeys } from '../translations'

/** What an account does with a Page copy when the post's BIP entry is withdrawn. */
export const BIP_WITHDRAWAL_POLICIES = ['task', 'takedown'] as const
export type BipWithdrawalPolicy = (typeof BIP_WITHDRAWAL_POLICIES)[number]

/** A copy after its BIP entry was withdrawn: taken down by the engine, or a task for the editors. */
export type WithdrawalAction = 'takedown' | 'task'

type Copy = {
  channel: string
  state: string
  takenDownAt?: null | string
  withdrawal?: null | string
}

/**
 * What a copy needs when its post's BIP entry is withdrawn; null when nothing (not out, already
 * handled, or a channel the instance itself serves: feeds drop the post, e-mails cannot be recalled).
 * Only the Page can be cleaned by API; a group post is always removed by a person.
 */
export const withdrawalActionFor = (
  copy: Copy,
  policy: null | string | undefined,
): null | WithdrawalAction => {
  if (copy.state !== 'sent' || copy.takenDownAt || copy.withdrawal) return null
  if (copy.channel === 'fanpage') return policy === 'takedown' ? 'takedown' : 'task'
  if (copy.channel === 'group') return 'task'
  return null
}

/** Where a post's withdrawn copies stand, the work left first; null when none was withdrawn. */
export type WithdrawalSummary = 'removed' | 'removed_other' | 'removing' | 'task'

export const withdrawalSummary = (copies: readonly Copy[]): null | WithdrawalSummary => {
  const withdrawn = copies.filter((c) => c.withdrawal)
  if (!withdrawn.length) return null
  if (withdrawn.some((c) => c.withdrawal === 'task' && !c.takenDownAt)) return 'task'
  if (withdrawn.some((c) => !c.takenDownAt)) return 'removing'
  return withdrawn.every((c) => c.channel === 'fanpage') ? 'removed' : 'removed_other'
}

export const WITHDRAWAL_SUMMARY_KEYS: Record<WithdrawalSummary, FanoutTranslationKeys> = {
  removed: 'fanout:withdrawal:postRemoved',
  removed_other: 'fanout:withdrawal:postRemovedOther',
  removing: 'fanout:withdrawal:postRemoving',
  task: 'fanout:withdrawal:postTask',
}

/** One copy's line in the post's channels panel. */
export const withdrawalCopyKey = (copy: Copy): FanoutTranslationKeys | null => {
  if (!copy.withdrawal) return null
  if (copy.takenDownAt) return 'fanout:withdrawal:copyRemoved'
  return copy.withdrawal === 'task'
    ? 'fanout:withdrawal:copyTask'
    : 'fanout:withdrawal:copyRemoving'
}
