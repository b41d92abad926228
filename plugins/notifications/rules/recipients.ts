import type { Audience, Candidate } from '../types'

type Id = number | string

const unitsOf = (user: Candidate) =>
  (user.units ?? []).map((unit) => String(typeof unit === 'object' ? unit.id : unit))

/** Whether a user is among those an audience names (approvers with no units serve every unit). */
export const inAudience = (audience: Audience, user: Candidate): boolean => {
  switch (audience.kind) {
    case 'admins':
      return user.role === 'admin'
    case 'approvers': {
      if (user.role !== 'approver') return false
      const units = unitsOf(user)
      return units.length === 0 || (audience.unit != null && units.includes(String(audience.unit)))
    }
    case 'unitEditors':
      return (
        user.role === 'editor' &&
        audience.unit != null &&
        unitsOf(user).includes(String(audience.unit))
      )
    case 'user':
      return audience.user != null && String(user.id) === String(audience.user)
  }
}

/** The recipients of an event among the candidates: its audience, never the one who acted. */
export const recipientsOf = (audience: Audience, actor: Id | null, candidates: Candidate[]) =>
  candidates
    .filter((user) => inAudience(audience, user))
    .filter((user) => actor == null || String(user.id) !== String(actor))
    .map((user) => user.id)

/** The key that makes a notification unique: the same event never reaches a person twice. */
export const notificationKey = (
  event: { kind: string; post?: Id | null; account?: Id | null; stamp: string },
  recipient: Id,
) => [event.kind, event.post ?? event.account ?? '-', event.stamp, recipient].join(':')
