import type { CollectionSlug } from 'payload'

/** Where a document opens in the admin. */
export const documentHref = (collection: CollectionSlug, id: number | string) =>
  `/admin/collections/${collection}/${id}`

/** The admin's list of a collection, filtered and sorted as the queue is. */
export const listHref = (
  collection: CollectionSlug,
  where: Record<string, Record<string, string>>,
  sort: string,
) => {
  const query = new URLSearchParams({ sort })
  for (const [field, condition] of Object.entries(where))
    for (const [operator, value] of Object.entries(condition))
      query.set(`where[${field}][${operator}]`, value)
  return `/admin/collections/${collection}?${query}`
}
