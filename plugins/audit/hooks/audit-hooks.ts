import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
} from 'payload'

import { auditChange } from '../change'
import { recordAudit } from '../record'
import { auditTexts } from '../translate'
import type { AuditSpec } from '../types'

type Doc = Record<string, unknown> & { id: number | string }
type Req = Parameters<CollectionBeforeChangeHook>[0]['req']

/** Where a drafts collection's stored (main) document waits from beforeChange to afterChange. */
const mainKey = (slug: string, id: unknown) => `audit:${slug}:${String(id)}`

const readMain = async (req: Req, slug: CollectionSlug, id: number | string) =>
  (await req.payload.db.findOne({
    collection: slug,
    req,
    where: { id: { equals: id } },
  })) as Doc | null

/**
 * The audit hooks of one collection: every change of its state, and a summary of the other tracked
 * fields, is appended to the audit log in the same transaction as the change itself.
 */
const auditHooks = (spec: AuditSpec) => {
  // With drafts a save may touch only a draft version: what matters is the stored document
  // before and after.
  // The hooks' own collection is spec's (`withAudit`): its slug is typed as a collection slug.
  const beforeChange: CollectionBeforeChangeHook = async ({
    collection,
    data,
    operation,
    originalDoc,
    req,
  }) => {
    if (spec.drafts && operation === 'update' && originalDoc?.id != null) {
      const main = await readMain(req, collection.slug, originalDoc.id)
      req.context[mainKey(spec.slug, originalDoc.id)] = main
    }
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({
    collection,
    doc,
    operation,
    previousDoc,
    req,
  }) => {
    let before: Doc | null = operation === 'create' ? null : (previousDoc as Doc)
    if (spec.drafts && before) {
      const main = req.context[mainKey(spec.slug, doc.id)] as Doc | null | undefined
      delete req.context[mainKey(spec.slug, doc.id)]
      before = main ?? before
      if (doc._status !== 'published') {
        // A saved draft leaves the stored document as it was; only unpublishing changes it.
        const now = await readMain(req, collection.slug, doc.id)
        if (now?._status === before._status) return doc
      }
    }
    const texts = await auditTexts(req.payload)
    const change = auditChange(spec, before, doc, spec.note?.(req.context) ?? null, texts)
    if (change) {
      const record = {
        ...change,
        collection: spec.slug,
        documentId: doc.id,
        documentTitle: spec.title(doc, texts),
        operation,
      }
      await recordAudit(req.payload, record, req)
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const state = spec.state && doc[spec.state.name] != null ? String(doc[spec.state.name]) : null
    const texts = await auditTexts(req.payload)
    await recordAudit(
      req.payload,
      {
        collection: spec.slug,
        documentId: doc.id,
        documentTitle: spec.title(doc, texts),
        field: spec.state && state ? spec.state.name : null,
        from: state,
        operation: 'delete',
        summary: texts.t('audit:deleted'),
        to: null,
      },
      req,
    )
    return doc
  }

  return { afterChange, afterDelete, beforeChange: spec.drafts ? [beforeChange] : [] }
}

/**
 * A collection with the audit hooks of `spec`. Used by the audit plugin for the collections its
 * options name, and by any plugin on the collections it adds, whichever comes first in the config.
 * The change is recorded before its consequences (deliveries, feeds) run their afterChange hooks.
 */
export const withAudit = (collection: CollectionConfig, spec: AuditSpec): CollectionConfig => {
  const audit = auditHooks(spec)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [audit.afterChange, ...(hooks.afterChange ?? [])],
      afterDelete: [...(hooks.afterDelete ?? []), audit.afterDelete],
      beforeChange: [...(hooks.beforeChange ?? []), ...audit.beforeChange],
    },
  }
}
