import type { CollectionBeforeOperationHook } from 'payload'

import { keepPublication, saysPublication } from '../domain/publication'

type UpdateArgs = {
  data?: { _status?: unknown }
  draft?: unknown
  id?: number | string
  unpublishAllLocales?: unknown
}

/**
 * A save of one document that names no publication over a pending draft goes into the draft
 * (`keepPublication`). It must be decided here, before the field hooks fill `_status` in from the
 * latest version, and before Payload reads the `draft` flag.
 */
export const keepPublicationOnSave: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const update = args as UpdateArgs
  const request = {
    draft: update.draft,
    status: update.data?._status,
    unpublish: update.unpublishAllLocales,
  }
  if (operation !== 'update' || update.id == null || saysPublication(request)) return args
  const where = { id: { equals: update.id } }
  const stored = await req.payload.db.findOne<{ _status?: string; id: number | string }>({
    collection: collection.slug,
    req,
    where,
  })
  const { docs } = await req.payload.db.findVersions<{ _status?: string }>({
    collection: collection.slug,
    limit: 1,
    pagination: false,
    req,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: update.id } }, { latest: { equals: true } }] },
  })
  const plan = keepPublication(request, {
    latestIsDraft: docs[0]?.version?._status === 'draft',
    published: stored?._status === 'published',
  })
  return plan === 'as-draft' ? { ...args, draft: true } : args
}
