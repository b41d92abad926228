import { CORRECTIONS } from '../../fanout/exports/slugs'
import { idOf } from '../../../src/access/roles'
import { POSTS } from '../../../src/domain/slugs'
import { isAuthor } from '../../../src/domain/workflow'
import { ROWS_PER_QUEUE } from '../constants'
import type { QueueLoader } from '../types'
import { documentHref, listHref } from './links'

/** More than a gmina ever has pending at once; the count stays exact below it. */
const PENDING_WINDOW = 500

type Approval = { by: number | string }
const approvedBy = (approvals: unknown, user: { id: number | string }) =>
  Array.isArray(approvals) && approvals.some((a: Approval) => String(a?.by) === String(user.id))

/**
 * Corrections of published posts the user may still approve, the longest waiting first: neither
 * one they proposed (four eyes) nor one they already approved. A row opens the post, where the
 * corrections panel shows the change and its buttons.
 */
export const correctionsToApprove: QueueLoader = async ({ payload, user }) => {
  const found = await payload.find({
    collection: CORRECTIONS,
    depth: 1,
    limit: PENDING_WINDOW,
    overrideAccess: false,
    populate: { posts: { title: true }, units: { name: true } },
    select: { approvals: true, post: true, proposedAt: true, proposedBy: true, unit: true },
    sort: 'proposedAt',
    user,
    where: { state: { equals: 'pending' } },
  })
  const waiting = found.docs.filter(
    (c) => !isAuthor(user, idOf(c.proposedBy)) && !approvedBy(c.approvals, user),
  )
  return {
    count: waiting.length + Math.max(0, found.totalDocs - found.docs.length),
    listHref: listHref(CORRECTIONS, { state: { equals: 'pending' } }, 'proposedAt'),
    rows: waiting.slice(0, ROWS_PER_QUEUE).map((c) => ({
      at: c.proposedAt ?? undefined,
      context: typeof c.unit === 'object' && c.unit ? c.unit.name : undefined,
      href: documentHref(POSTS, idOf(c.post) ?? ''),
      id: String(c.id),
      title: typeof c.post === 'object' && c.post ? c.post.title : String(c.post),
    })),
  }
}
