import type { Payload, PayloadRequest } from 'payload'

import { actorOf } from './change'
import { AUDIT_LOG } from './constants'
import type { AuditRecord } from './types'

type Req = Partial<PayloadRequest>

/**
 * Appends one entry to the audit log through the database adapter: no hooks or access rules (nobody
 * may write the log through the API), one insert, in the caller's transaction when given its
 * request, and nothing read back. `acting` names a non-human actor (the scheduler, a worker).
 */
export const recordAudit = async (
  payload: Payload,
  record: AuditRecord,
  req?: Req,
  acting?: string,
) => {
  // A plugin that records its own changes can run in an instance without the audit log.
  if (!payload.collections[AUDIT_LOG]) return
  const who = actorOf(req?.user, acting ?? req?.context?.auditActor)
  const { collection, ...rest } = record
  await payload.db.create({
    collection: AUDIT_LOG,
    data: {
      ...rest,
      ...who,
      at: new Date().toISOString(),
      documentCollection: collection,
      documentId: String(record.documentId),
    },
    req,
    returning: false,
  })
}
