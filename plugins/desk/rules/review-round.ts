import type { LogDecision } from '../../../src/domain/workflow'

/** What the rules read of a post's approval log (the user populated or not). */
type Entry = {
  at: string
  by?: null | number | { id: number }
  comment?: null | string
  decision: LogDecision
}
type Log = null | readonly Entry[] | undefined

const latest = (log: Log, decision: Entry['decision']): Entry | undefined =>
  [...(log ?? [])].reverse().find((entry) => entry.decision === decision)

/** When the post was last sent for review: the start of its current round. */
export const submittedAt = (log: Log): null | string => latest(log, 'submit')?.at ?? null

/** Whether the user already approved the post in its current round (a second level waits for another). */
export const approvedThisRound = (log: Log, userId: number): boolean => {
  let approved = false
  for (const entry of log ?? []) {
    if (entry.decision === 'submit') approved = false
    else if (entry.decision === 'approve' && sameUser(entry.by, userId)) approved = true
  }
  return approved
}

/** The latest request for changes: what the approver asked and when. */
export const changesRequested = (log: Log): null | { at: string; comment: string } => {
  const entry = latest(log, 'request_changes')
  return entry ? { at: entry.at, comment: entry.comment ?? '' } : null
}

const sameUser = (by: Entry['by'], userId: number) =>
  (typeof by === 'object' ? by?.id : by) === userId
