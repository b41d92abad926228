import type { NotificationEvent } from '../types'

type Id = number
/** A post correction as the routing needs it (the fan-out's `post-corrections`). */
export type CorrectionFacts = {
  /** The fan-out's approvals, oldest first (`{ at, by }`). */
  approvals?: null | readonly unknown[]
  comment?: null | string
  decidedAt?: null | string
  id: Id
  post: Id
  proposedAt?: null | string
  proposedBy: Id | null
  state: 'approved' | 'pending' | 'rejected'
  title: string
  unit: Id | null
}

const lastApprover = (approvals: CorrectionFacts['approvals']) => {
  const last = approvals?.at(-1)
  const by = last && typeof last === 'object' && 'by' in last ? last.by : null
  return typeof by === 'number' || typeof by === 'string' ? Number(by) : null
}

/**
 * What a correction's change tells people: a newly proposed (or re-proposed) correction waits for
 * the unit's approvers; its decision reaches the one who proposed it. A trusted unit's correction,
 * approved as it is proposed, tells nobody: there is nothing to decide and nothing to learn.
 */
export const correctionEvents = (
  doc: CorrectionFacts,
  before: Pick<CorrectionFacts, 'proposedAt' | 'state'> | undefined,
): NotificationEvent[] => {
  const base = { post: doc.post, title: doc.title }
  const proposed = doc.proposedAt && doc.proposedAt !== before?.proposedAt
  if (doc.state === 'pending' && proposed)
    return [
      {
        ...base,
        actor: doc.proposedBy,
        audience: { kind: 'approvers', unit: doc.unit },
        kind: 'correction_proposed',
        stamp: `correction-${doc.id}:${doc.proposedAt}`,
      },
    ]
  if (before?.state !== 'pending' || doc.state === 'pending') return []
  const approved = doc.state === 'approved'
  return [
    {
      ...base,
      actor: approved ? lastApprover(doc.approvals) : null,
      audience: { kind: 'user', user: doc.proposedBy },
      detail: approved ? null : (doc.comment ?? null),
      kind: approved ? 'correction_approved' : 'correction_rejected',
      stamp: `correction-${doc.id}:${doc.decidedAt ?? doc.state}`,
    },
  ]
}
