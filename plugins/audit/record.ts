import type { Payload, PayloadRequest } from 'payload'

import { actorOf, type AuditChange } from './change'

export const AUDIT_LOG = 'audit-log'

export type AuditRecord = AuditChange & {
  collection: string
  documentId: number | string
  documentTitle?: null | string
  operation: 'create' | 'delete' | 'update'
}

type Req = Partial<PayloadRequest>

/**
 * Appends one entry to the audit log through the database adapter: no hooks or access rules (nobody
 * may write the log through the API), one insert, in the caller's transaction when given its
 * request, and nothing read back. `acting` names a non-human actor (the scheduler, a worker).
 */
export const recordAudit = async (payload: Payload, record: AuditRecord, req?: Req, acting?: string) => {
  // The fan-out plugin can run in an instance without the audit log.
  if (!payload.collections[AUDIT_LOG as never]) return
  const who = actorOf(req?.user as never, acting ?? req?.context?.auditActor)
  const { collection, ...rest } = record
  await payload.db.create({
    collection: AUDIT_LOG as never,
    data: { ...rest, ...who, at: new Date().toISOString(), documentCollection: collection, documentId: String(record.documentId) },
    req,
    returning: false,
  })
}
