import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import { POSTS } from '../../../src/domain/slugs'
import type { PostCorrection } from '../../../src/payload-types'
import { correctionEvents } from '../rules/correction-events'
import { notify } from '../store/notify'

/** A correction proposed or decided tells the unit's approvers or its proposer. */
export const notifyOnCorrection: CollectionAfterChangeHook<PostCorrection> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const postId = idOf(doc.post)
  if (postId == null) return doc
  const before = operation === 'create' ? undefined : previousDoc
  const title =
    typeof doc.post === 'object'
      ? doc.post.title
      : (
          await req.payload.findByID({
            collection: POSTS,
            depth: 0,
            disableErrors: true,
            id: postId,
            overrideAccess: true,
            req,
            select: { title: true },
          })
        )?.title
  const events = correctionEvents(
    {
      approvals: Array.isArray(doc.approvals) ? doc.approvals : null,
      comment: doc.comment,
      decidedAt: doc.decidedAt,
      id: doc.id,
      post: postId,
      proposedAt: doc.proposedAt,
      proposedBy: idOf(doc.proposedBy),
      state: doc.state,
      title: title ?? '',
      unit: idOf(doc.unit),
    },
    before && { proposedAt: before.proposedAt, state: before.state },
  )
  for (const event of events) await notify(req.payload, event, req)
  return doc
}
