import type { CollectionSlug, GlobalSlug } from 'payload'

/**
 * Whether a change of one document can alter what residents see. Gets the document after the
 * change and before it (undefined on creation or after a deletion).
 */
export type ReachesPublic = (
  doc: Record<string, unknown> | undefined,
  previousDoc: Record<string, unknown> | undefined,
) => boolean

export type WatchedCollection = {
  /** Left out: every change counts. */
  reachesPublic?: ReachesPublic
  slug: CollectionSlug
}

export type SiteVersionPluginOptions = {
  /** Collections whose changes can alter a public page (a slug, or a slug with its rule). */
  collections: (CollectionSlug | WatchedCollection)[]
  /** Globals whose changes can alter a public page. */
  globals?: GlobalSlug[]
}
