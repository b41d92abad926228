import { startOfWeek } from '../../../src/domain/dates'
import type { Role } from '../../../src/domain/workflow'

/** A saved view of the posts list: a filter and an order, as the list's URL carries them. */
export type PostView = {
  id: 'changesRequested' | 'myDrafts' | 'publishedThisWeek' | 'scheduled' | 'toApprove'
  sort: string
  where: Record<string, Record<string, string>>
}

const BY_ROLE: Record<Role, readonly PostView['id'][]> = {
  admin: ['toApprove', 'scheduled', 'publishedThisWeek'],
  approver: ['toApprove', 'scheduled', 'publishedThisWeek'],
  editor: ['myDrafts', 'changesRequested', 'scheduled', 'publishedThisWeek'],
}

/**
 * The posts list's saved views for a role, computed for `now` ("this week" moves with the
 * calendar, which a stored filter could not do).
 */
export const postViews = (role: null | Role, userId: number, now: Date): PostView[] => {
  const views: Record<PostView['id'], Omit<PostView, 'id'>> = {
    changesRequested: {
      sort: 'updatedAt',
      where: { workflowState: { equals: 'changes_requested' } },
    },
    myDrafts: {
      sort: '-updatedAt',
      where: { author: { equals: String(userId) }, workflowState: { equals: 'draft' } },
    },
    publishedThisWeek: {
      sort: '-publishedAt',
      where: {
        publishedAt: { greater_than_equal: startOfWeek(now).toISOString() },
        workflowState: { equals: 'published' },
      },
    },
    scheduled: {
      sort: 'publishAt',
      where: {
        publishAt: { greater_than: now.toISOString() },
        workflowState: { equals: 'approved' },
      },
    },
    toApprove: { sort: 'updatedAt', where: { workflowState: { equals: 'in_review' } } },
  }
  return (role ? BY_ROLE[role] : []).map((id) => ({ id, ...views[id] }))
}

/** Whether the list's current query is this view's (so the view shows as chosen). */
export const isCurrentView = (
  view: PostView,
  searchParams: Record<string, string | string[] | undefined>,
) => {
  const wanted = Object.entries(view.where).flatMap(([field, condition]) =>
    Object.keys(condition).map((operator) => `where[${field}][${operator}]`),
  )
  const given = Object.keys(searchParams).filter((key) => key.startsWith('where['))
  return (
    given.length === wanted.length &&
    Object.entries(view.where).every(([field, condition]) =>
      Object.entries(condition).every(
        ([operator, value]) =>
          operator === 'greater_than' ||
          operator === 'greater_than_equal' ||
          searchParams[`where[${field}][${operator}]`] === value,
      ),
    )
  )
}
