import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
} from 'payload'

import { ATTEMPTS, CORRECTIONS, DELIVERIES } from '../constants'
import { syncDeliveries } from '../outbox/plan'
import { findDeliveries } from '../outbox/store'
import { refreshFeedsAfterPostChange } from '../rss/refresh'

/** A new state, or channels added to a post that is already out, changes what must be delivered. */
const deliveriesChange = (
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
) =>
  !previous ||
  doc.workflowState !== previous.workflowState ||
  JSON.stringify(doc.channels ?? []) !== JSON.stringify(previous.channels ?? [])

/**
 * The outbox marker: a change of workflow state records "deliveries due" in the same write as the
 * state itself, so a crash before the deliveries exist is repaired by the sweep on any database.
 */
export const markFanoutDue: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (deliveriesChange({ ...originalDoc, ...data }, originalDoc)) data.fanoutSync = 'due'
  return data
}

/** Hooks are thin: they only tell the engine what changed, in the request's own transaction. */
export const onPostChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const previous = operation === 'create' ? undefined : previousDoc
  if (deliveriesChange(doc, previous)) await syncDeliveries(req.payload, doc.id, req)
  await refreshFeedsAfterPostChange(req.payload, doc, previous, req)
  return doc
}

/**
 * An admin deleting a post takes its delivery records with it (they point at the post), and the
 * feeds it was in are rebuilt without it. Copies already on Facebook stay: take them down first.
 */
export const beforePostDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const ids = (await findDeliveries(req.payload, { post: { equals: id } }, req)).map((d) => d.id)
  if (ids.length) {
    await req.payload.db.deleteMany({ collection: ATTEMPTS, req, where: { delivery: { in: ids } } })
    await req.payload.db.deleteMany({ collection: DELIVERIES, req, where: { id: { in: ids } } })
  }
  // Its corrections go too (the audit log keeps their record).
  await req.payload.db.deleteMany({ collection: CORRECTIONS, req, where: { post: { equals: id } } })
}

export const afterPostDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshFeedsAfterPostChange(req.payload, { ...doc, workflowState: 'deleted' }, doc, req)
}
