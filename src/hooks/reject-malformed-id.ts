import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { NotFound } from 'payload'

/** Whether `id` can be an id of this database at all: integers for SQL, ObjectIds for MongoDB. */
export const isWellFormedId = (id: unknown, idType: 'number' | 'text'): boolean => {
  const text = String(id)
  return idType === 'number'
    ? /^\d{1,15}$/.test(text)
    : /^[0-9a-f]{24}$/i.test(text) || /^[\w-]{1,64}$/.test(text)
}

/**
 * A guessed or mangled id in a URL (`/api/posts/abc`) would reach the database as a type error
 * and come back as a 500; it is simply a document that does not exist.
 */
const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id != null && !isWellFormedId(id, req.payload.db.defaultIDType)) throw new NotFound(req.t)
  return args
}

export const withIdGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedId, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
