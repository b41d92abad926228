// Four eyes for a correction after publication: the same unit rules as the post's first round.
import { isAuthor, requiredApprovals, type Actor } from '../../../src/domain/workflow'
import { type FanoutT, polishT } from '../i18n'

export type CorrectionState = 'approved' | 'pending' | 'rejected'
export type CorrectionDecision = 'approve' | 'reject'
export type Approval = { at: string; by: number | string }

export type CorrectionDecisionInput = {
  actor: Actor
  /** Approvals this correction already has, oldest first. */
  approvals: readonly Approval[]
  comment?: null | string
  decision: CorrectionDecision
  now: Date
  /** Who proposed the correction: never its approver, whatever their role. */
  proposedBy: null | number | string
  state: CorrectionState
  unit: { approvalLevels?: null | number; trusted?: boolean | null }
}

export type CorrectionDecisionResult =
  | { approvals: Approval[]; ok: true; state: CorrectionState }
  | { message: string; ok: false; status: 400 | 403 }

/** A new correction: approved at once where the unit needs no approval (trusted units). */
export const initialCorrectionState = (unit: CorrectionDecisionInput['unit']): CorrectionState =>
  requiredApprovals(unit) === 0 ? 'approved' : 'pending'

/**
 * An approver's decision on a pending correction. Approving needs as many different approvers
 * as the unit asks of a post, none of them its proposer; rejecting needs a reason.
 */
export const planCorrectionDecision = (
  input: CorrectionDecisionInput,
  t: FanoutT = polishT,
): CorrectionDecisionResult => {
  const { actor, decision } = input
  if (actor.role !== 'approver' && actor.role !== 'admin')
    return { message: t('fanout:correction:onlyApprovers'), ok: false, status: 403 }
  if (input.state !== 'pending')
    return { message: t('fanout:correction:notPending'), ok: false, status: 400 }
  if (decision === 'reject') {
    if (!input.comment?.trim())
      return { message: t('fanout:correction:rejectNeedsReason'), ok: false, status: 400 }
    return { approvals: [...input.approvals], ok: true, state: 'rejected' }
  }
  if (isAuthor(actor, input.proposedBy))
    return { message: t('fanout:correction:ownCorrection'), ok: false, status: 403 }
  if (input.approvals.some((a) => String(a.by) === String(actor.id)))
    return { message: t('fanout:correction:alreadyApproved'), ok: false, status: 400 }
  const approvals = [...input.approvals, { at: input.now.toISOString(), by: actor.id! }]
  return {
    approvals,
    ok: true,
    state: approvals.length >= requiredApprovals(input.unit) ? 'approved' : 'pending',
  }
}
