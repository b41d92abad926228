import type { Access, PayloadRequest, Where } from 'payload'

import type { Role } from '../domain/workflow'

/** The user of a request, or the admin's client-side user (`useAuth`, `admin.hidden`). */
type MaybeUser = PayloadRequest['user'] | Record<string, unknown> | null | undefined
/** A relationship value as Payload gives it: the id, or the populated document. */
export type Ref<Id extends number | string = number | string> = { id: Id } | Id

export const roleOf = (user: MaybeUser): null | Role =>
  user && 'role' in user ? ((user.role as Role | undefined) ?? null) : null

export const isAdmin = (user: MaybeUser) => roleOf(user) === 'admin'
export const isStaff = (user: MaybeUser) => {
  const role = roleOf(user)
  return role === 'admin' || role === 'approver'
}

/** The id of a relationship value, whether populated or not (works for numeric and string ids). */
export const idOf = <Id extends number | string>(ref: null | Ref<Id> | undefined): Id | null =>
  ref == null ? null : typeof ref === 'object' ? ref.id : ref

export const sameId = (a: null | Ref | undefined, b: null | Ref | undefined) => {
  const x = idOf(a)
  const y = idOf(b)
  return x != null && y != null && String(x) === String(y)
}

export const unitIdsOf = (user: MaybeUser): (number | string)[] =>
  user && 'units' in user && Array.isArray(user.units)
    ? (user.units as Ref[]).map(idOf).filter((id): id is number | string => id != null)
    : []

export const belongsToUnit = (user: MaybeUser, unit: null | Ref | undefined) =>
  unitIdsOf(user).some((id) => sameId(id, unit))

export const anyone: Access = () => true
export const loggedIn: Access = ({ req }) => !!req.user
export const adminsOnly: Access = ({ req }) => isAdmin(req.user)
export const staffOnly: Access = ({ req }) => isStaff(req.user)

/** A where clause matching documents whose `field` points at one of the user's units. */
export const inUsersUnits = (user: MaybeUser, field: string): Where => {
  const ids = unitIdsOf(user)
  // An empty `in` list is not portable across database adapters; match nothing explicitly.
  return ids.length ? { [field]: { in: ids } } : { id: { exists: false } }
}
