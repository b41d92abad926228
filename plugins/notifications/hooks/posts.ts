import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../src/access/roles'
import type { Post } from '../../../src/payload-types'
import { addedEntries, type Entry, postEvents } from '../rules/post-events'
import { notify } from '../store/notify'

/** A workflow step written to the approval log tells the people it concerns. */
export const notifyOnPostChange: CollectionAfterChangeHook<Post> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const added = addedEntries(previousDoc?.approvalLog, doc.approvalLog ?? []).map(
    (entry): Entry => ({ ...entry, by: idOf(entry.by) }),
  )
  if (added.length === 0) return doc
  const events = postEvents(
    { author: idOf(doc.author), id: doc.id, title: doc.title, unit: idOf(doc.unit) },
    added,
    doc.workflowState,
  )
  for (const event of events) await notify(req.payload, event, req)
  return doc
}
