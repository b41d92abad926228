import type { CollectionAfterChangeHook } from 'payload'

import { onBipChange, postsCitingBip } from '../outbox/events'
import { queueFeedRefreshForBip } from '../rss/refresh'

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
    await queueFeedRefreshForBip(req.payload, citing, req)
  }
  return doc
}
