import { idOf, type Ref } from '../../../src/access/roles'

export type PostInFeeds = {
  bipReference?: null | Ref
  category?: null | string
  channels?: null | string[]
  informationType?: null | string
  unit?: null | Ref
  workflowState?: null | string
}

const inRss = (post: PostInFeeds) => (post.channels ?? []).includes('rss')

/** Fields that decide which feeds show a post, or whether residents may see it at all. */
const PLACEMENT = ['bipReference', 'category', 'informationType', 'unit'] as const

/**
 * Whether a change may take a post out of a feed that showed it: unpublished, withdrawn, deleted,
 * taken off RSS, moved to another unit or category, or made to depend on another BIP entry.
 * Residents must not find it there a moment later, so such feeds are rebuilt in the change's own
 * write; other changes (a new post, an edit) can wait for a job.
 */
export const postMayLeaveFeeds = (doc: PostInFeeds, previous: PostInFeeds | undefined) => {
  if (previous?.workflowState !== 'published' || !inRss(previous)) return false
  if (doc.workflowState !== 'published' || !inRss(doc)) return true
  return PLACEMENT.some((field) => String(idOf(doc[field])) !== String(idOf(previous[field])))
}

/** Whether a BIP entry's change may take the posts citing it off the public site and feeds. */
export const bipMayLeavePublic = (
  doc: { publishedAt?: null | string; state?: null | string },
  previous: { publishedAt?: null | string; state?: null | string } | undefined,
) =>
  previous?.state === 'published' &&
  (doc.state !== 'published' || doc.publishedAt !== previous.publishedAt)
