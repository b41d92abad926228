import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { ReachesPublic } from '../types'

import { SITE_VERSION } from '../constants'
import { newVersion } from '../rules/new-version'

/** Writes a new version with the change's `req`, so it rides the change's transaction. */
const bump = (req: PayloadRequest) =>
  req.payload.updateGlobal({
    data: { version: newVersion() },
    depth: 0,
    overrideAccess: true,
    req,
    slug: SITE_VERSION,
  })

export const bumpAfterChange =
  (reachesPublic?: ReachesPublic): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!reachesPublic || reachesPublic(doc, previousDoc)) await bump(req)
    return doc
  }

export const bumpAfterDelete =
  (reachesPublic?: ReachesPublic): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!reachesPublic || reachesPublic(undefined, doc)) await bump(req)
    return doc
  }

export const bumpAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await bump(req)
  return doc
}
