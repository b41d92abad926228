import type { CollectionAfterChangeHook } from 'payload'

import { onBipChange, postsCitingBip } from '../outbox/events'
import { refreshFeedsAfterBipChange } from '../rss/refresh'
import { bipMayLeavePublic } from '../rules/feed-removal'

/** A BIP entry published, withdrawn or changed: its posts' deliveries and feeds follow. */
export const onBipReferenceChange: CollectionAfterChangeHook = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context.fanoutUrlCheck) return doc
  if (doc.state !== previousDoc?.state || doc.publishedAt !== previousDoc?.publishedAt) {
    const citing = await postsCitingBip(req.payload, doc.id, req)
    await onBipChange(req.payload, doc, citing, req)
    const leaving = bipMayLeavePublic(doc, previousDoc)
    await refreshFeedsAfterBipChange(req.payload, citing, leaving, req)
  }
  return doc
}
