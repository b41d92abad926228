import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

/**
 * Data for a create that leaves out required fields the collection fills in itself (a default
 * state, a value its hook writes): checked field by field against the generated types, complete
 * once the collection's defaults and hooks have run.
 */
export const completedByCollection = <S extends CollectionSlug>(
  data: Partial<RequiredDataFromCollectionSlug<S>>,
) => data as RequiredDataFromCollectionSlug<S>
