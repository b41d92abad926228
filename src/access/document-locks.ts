import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionSlug,
  DatabaseAdapterObj,
  DefaultDocumentIDType,
  PayloadRequest,
  Where,
} from 'payload'

import { APIError, createLocalReq } from 'payload'

import { say } from '../domain/labels'
import { isAdmin } from './roles'

type Ref = { relationTo?: string; value?: unknown } | null | undefined
type LockDoc = { document?: Ref; globalSlug?: null | string; user?: Ref }
type LockUser = { collection: string; id: number | string }

/** The id a relationship value names, whether populated or not. */
const idIn = (value: unknown): DefaultDocumentIDType | null => {
  const id = value && typeof value === 'object' && 'id' in value ? value.id : value
  return typeof id === 'number' || typeof id === 'string' ? (id as DefaultDocumentIDType) : null
}

/** Whether the lock is held by this user. */
const isOwnLock = (lock: LockDoc, user: LockUser) =>
  lock.user?.relationTo === user.collection && String(idIn(lock.user.value)) === String(user.id)

/** May the requesting user update the document, by that collection's own access rules? */
const mayUpdateDocument = async (req: PayloadRequest, ref: NonNullable<Ref>) => {
  const collection = ref.relationTo
    ? req.payload.collections[ref.relationTo as CollectionSlug]
    : undefined
  const id = idIn(ref.value)
  if (!collection || id == null) return false
  const access = await collection.config.access.update({ id, req })
  if (typeof access !== 'object') return Boolean(access)
  const { totalDocs } = await req.payload.count({
    collection: collection.config.slug,
    overrideAccess: true,
    req,
    where: { and: [{ id: { equals: id } }, access] },
  })
  return totalDocs > 0
}

const mayUpdateGlobal = async (req: PayloadRequest, slug: string) => {
  const global = req.payload.config.globals.find((g) => g.slug === slug)
  return !!global && Boolean(await global.access.update({ req }))
}

/** Every target named by the lock (a document, a global) must be one the user may edit; one at least. */
const mayLockTargets = async (req: PayloadRequest, lock: LockDoc) => {
  const checks = [
    ...(lock.document?.value != null ? [mayUpdateDocument(req, lock.document)] : []),
    ...(lock.globalSlug ? [mayUpdateGlobal(req, lock.globalSlug)] : []),
  ]
  return checks.length > 0 && (await Promise.all(checks)).every(Boolean)
}

/**
 * Payload's document locks ("someone is editing this", which makes other users' saves fail
 * with 423) taken over the API: only in one's own name, only on what one may edit. The admin's
 * own locking writes these records directly in the database for the requesting user; over the API
 * it reads them, takes one over (PATCH with oneself as `user`) and releases its own (DELETE).
 */
export const guardDocumentLock: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Code of Herold's own acting without a user (never the API) is not restricted.
  if (!req.user) return data
  if (operation === 'create' && data.user == null)
    data.user = { relationTo: req.user.collection, value: req.user.id }
  const lock = { ...(originalDoc as LockDoc | undefined), ...(data as LockDoc) }
  if (!isOwnLock(lock, req.user)) {
    throw new APIError(
      say(
        req,
        'Dokument można zablokować tylko we własnym imieniu.',
        'A document can only be locked in your own name.',
      ),
      403,
      undefined,
      true,
    )
  }
  if (!(await mayLockTargets(req, lock))) {
    throw new APIError(
      say(
        req,
        'Nie możesz blokować dokumentu, którego nie możesz edytować.',
        'You cannot lock a document you may not edit.',
      ),
      403,
      undefined,
      true,
    )
  }
  return data
}

/** Releasing a lock: one's own; admins any (a stale one left by someone else). */
export const ownLocksOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdmin(req.user)) return true
  const own: Where[] = [
    { 'user.relationTo': { equals: req.user.collection } },
    { 'user.value': { equals: req.user.id } },
  ]
  return { and: own }
}

const LOCKS = 'payload-locked-documents'

/**
 * The admin's form state (a server function of @payloadcms/ui) writes its lock straight into the
 * database for the requesting user, on whatever document id it is sent, without asking access.
 * Such a lock on a document its holder may not edit is not written: crafted calls then cannot
 * make an approver's save fail with 423. Locks for one's own editing are written as before.
 */
export const withEditableLocksOnly = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const create = instance.create.bind(instance)
    instance.create = (async (options) => {
      if (options.collection !== LOCKS || options.req?.user) return create(options)
      const lock = options.data as LockDoc
      const holderCollection = lock.user?.relationTo as CollectionSlug | undefined
      const holder = holderCollection ? idIn(lock.user?.value) : null
      const user =
        holderCollection && holder != null
          ? await instance.findOne({
              collection: holderCollection,
              where: { id: { equals: holder } },
            })
          : null
      // A lock without a holder blocks nobody's save: nothing to check.
      if (!user) return create(options)
      const req = await createLocalReq(
        { user: { ...user, collection: holderCollection } as NonNullable<PayloadRequest['user']> },
        args.payload,
      )
      if (await mayLockTargets(req, lock)) return create(options)
      args.payload.logger.info(
        `Lock refused: ${holderCollection} ${holder} may not edit what it names`,
      )
      return null
    }) as typeof instance.create
    return instance
  },
})
