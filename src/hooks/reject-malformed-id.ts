import type { CollectionBeforeOperationHook, CollectionConfig, Config } from 'payload'

import { NotFound } from 'payload'

import { isWellFormedId } from '../domain/well-formed-id'

/**
 * A guessed or mangled id in a URL (`/api/posts/abc`) would reach the database as a type error
 * and come back as a 500; it is simply a document that does not exist.
 */
const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id != null && !isWellFormedId(id, req.payload.db.defaultIDType)) throw new NotFound(req.t)
  return args
}

const withIdGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedId, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/**
 * Guards every collection the app and its plugins define; Payload's own (`payload-*`) keep
 * their ids as Payload reads them (preferences are addressed by key).
 */
export const idGuardPlugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((c) => (c.slug.startsWith('payload-') ? c : withIdGuard(c))),
})
