import type { Payload, PayloadRequest } from 'payload'

import { entryComplaintOutcome } from '../domain/moderation'
import { COMPLAINTS, MODERATION_ENTRIES } from '../domain/slugs'

/**
 * Keeps the register entry's complaint outcome in step with its complaints. Written through the
 * adapter: it is derived data, not a correction, so it neither needs a reason nor enters the trail.
 */
export const syncEntryOutcome = async (
  payload: Payload,
  entryId: number | string,
  req?: Partial<PayloadRequest>,
) => {
  const { docs } = await payload.find({
    collection: COMPLAINTS,
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    pagination: false,
    req,
    select: { state: true },
    where: { entry: { equals: entryId } },
  })
  const outcome = entryComplaintOutcome((docs as { state?: string }[]).map((d) => d.state))
  await payload.db.updateOne({
    collection: MODERATION_ENTRIES,
    data: { complaintOutcome: outcome },
    id: entryId,
    req,
  })
  return outcome
}
