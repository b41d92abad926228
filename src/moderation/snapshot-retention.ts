import type { Payload, Where } from 'payload'
import { MODERATION_ENTRIES } from '../domain/slugs'

/**
 * How long an entry keeps its private snapshot (the comment and its author): long enough for any
 * complaint, no longer (RODO storage limitation). The public part of the entry stays for good.
 */
export const SNAPSHOT_RETENTION_DAYS = 365

const EMPTY = {
  authorName: null,
  authorProfileUrl: null,
  commentId: null,
  commentUrl: null,
  text: null,
}

/** Clears the snapshots of entries older than the retention, except while a complaint is open. */
export const purgeOldSnapshots = async (
  payload: Payload,
  now: Date,
  days = SNAPSHOT_RETENTION_DAYS,
) => {
  const where: Where = {
    and: [
      { occurredAt: { less_than: new Date(now.getTime() - days * 86_400_000).toISOString() } },
      { complaintOutcome: { not_equals: 'pending' } },
      { or: Object.keys(EMPTY).map((field) => ({ [`snapshot.${field}`]: { exists: true } })) },
    ],
  }
  const { totalDocs } = await payload.db.count({ collection: MODERATION_ENTRIES, where })
  if (totalDocs)
    await payload.db.updateMany({
      collection: MODERATION_ENTRIES,
      data: { snapshot: { ...EMPTY } },
      returning: false,
      where,
    })
  return totalDocs
}
