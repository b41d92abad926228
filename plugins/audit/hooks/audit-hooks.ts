import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { auditChange, type AuditSpec } from '../change'
import { recordAudit } from '../record'

type Doc = Record<string, unknown> & { id: number | string }

/** Where a drafts collection's stored (main) document is kept between beforeChange and afterChange. */
const mainKey = (slug: string, id: unknown) => `audit:${slug}:${String(id)}`

const readMain = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], slug: string, id: number | string) =>
  (await req.payload.db.findOne({ collection: slug as never, req, where: { id: { equals: id } } })) as Doc | null

/**
 * The audit hooks of one collection: every change of its state, and a summary of the other tracked
 * fields, is appended to the audit log in the same transaction as the change itself.
 */
export const auditHooks = (spec: AuditSpec): Required<Pick<NonNullable<CollectionConfig['hooks']>, 'afterChange' | 'afterDelete' | 'beforeChange'>> => {
  // With drafts a save may touch only a draft version: what matters is the stored document before and after.
  const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
    if (spec.drafts && operation === 'update' && originalDoc?.id != null) {
      req.context[mainKey(spec.slug, originalDoc.id)] = await readMain(req, spec.slug, originalDoc.id)
    }
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
    let before: Doc | null = operation === 'create' ? null : (previousDoc as Doc)
    if (spec.drafts && before) {
      const main = req.context[mainKey(spec.slug, doc.id)] as Doc | null | undefined
      delete req.context[mainKey(spec.slug, doc.id)]
      before = main ?? before
      if (doc._status !== 'published') {
        // A saved draft leaves the stored document as it was; only unpublishing changes it.
        const now = await readMain(req, spec.slug, doc.id)
        if (now?._status === before._status) return doc
      }
    }
    const change = auditChange(spec, before, doc, spec.note?.(req.context) ?? null)
    if (change) {
      await recordAudit(req.payload, { ...change, collection: spec.slug, documentId: doc.id, documentTitle: spec.title(doc), operation }, req)
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const state = spec.state && doc[spec.state.name] != null ? String(doc[spec.state.name]) : null
    await recordAudit(
      req.payload,
      { collection: spec.slug, documentId: doc.id, documentTitle: spec.title(doc), field: spec.state && state ? spec.state.name : null, from: state, operation: 'delete', summary: 'usunięto', to: null },
      req,
    )
    return doc
  }

  return { afterChange: [afterChange], afterDelete: [afterDelete], beforeChange: spec.drafts ? [beforeChange] : [] }
}
