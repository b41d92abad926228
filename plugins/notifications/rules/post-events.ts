import type { LogDecision, WorkflowState } from '../../../src/domain/workflow'
import type { NotificationEvent } from '../types'

type Id = number
/** An approval log entry, its `by` as an id. */
export type Entry = {
  at: string
  by: Id | null
  comment?: null | string
  decision: LogDecision
  to?: null | WorkflowState
}
type PostFacts = { author: Id | null; id: Id; title: string; unit: Id | null }

/**
 * What the approval log's new entries (one write's worth, oldest first) tell people. Entries the
 * system adds in the same write (an automatic approval, the publication that follows) are the
 * doing of whoever made the write. The post's state after the write decides whether a submission
 * waits for approvers at all (a trusted unit's does not).
 */
export const postEvents = (
  post: PostFacts,
  added: readonly Entry[],
  stateAfter: WorkflowState,
): NotificationEvent[] => {
  const actor = added.find((entry) => entry.by != null)?.by ?? null
  const published = added.some((entry) => entry.decision === 'publish')
  const base = { actor, post: post.id, title: post.title }
  const toAuthor = { kind: 'user', user: post.author } as const
  return added.flatMap((entry): NotificationEvent[] => {
    const stamp = `${entry.decision}:${entry.at}`
    switch (entry.decision) {
      case 'submit':
        return stateAfter === 'in_review'
          ? [
              {
                ...base,
                audience: { kind: 'approvers', unit: post.unit },
                kind: 'submitted',
                stamp,
              },
            ]
          : []
      case 'request_changes':
        return [
          { ...base, audience: toAuthor, detail: entry.comment, kind: 'changes_requested', stamp },
        ]
      case 'approve':
      case 'auto_approve':
        // Published in the same write: the author hears once, of the publication.
        return entry.to === 'approved' && !published
          ? [{ ...base, audience: toAuthor, kind: 'approved', stamp }]
          : []
      case 'publish':
        return [{ ...base, audience: toAuthor, kind: 'published', stamp }]
      default:
        return []
    }
  })
}

/** The log's entries a write added: those after the ones stored before it. */
export const addedEntries = <T>(before: readonly T[] | null | undefined, after: readonly T[]) =>
  after.slice(before?.length ?? 0)
