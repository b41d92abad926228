import { CATEGORY_SLUGS, type Category, categoryOfSlug } from '../../../src/domain/taxonomy'

/**
 * A feed is named by a key: `all`, `unit:{slug}` or `category:{slug}`. A post appears in three
 * feeds; a change touches those, and the old unit's and category's when it moved.
 */
export type FeedKey = string

export type FeedScope =
  | { kind: 'all' }
  | { kind: 'category'; category: Category; slug: string }
  | { kind: 'unit'; slug: string }

export const ALL_FEED: FeedKey = 'all'

export type PostPlacement = { category?: null | string; unitSlug?: null | string }

export const feedKeysOf = (post: PostPlacement): FeedKey[] => {
  const keys = [ALL_FEED]
  if (post.unitSlug) keys.push(`unit:${post.unitSlug}`)
  const slug = post.category ? CATEGORY_SLUGS[post.category as Category] : undefined
  if (slug) keys.push(`category:${slug}`)
  return keys
}

/** Feeds affected by a change from `before` to `after` (either may be absent). */
export const affectedFeeds = (...placements: (PostPlacement | null | undefined)[]): FeedKey[] => [
  ...new Set(placements.flatMap((p) => (p ? feedKeysOf(p) : []))),
]

export const scopeOf = (key: FeedKey): FeedScope | null => {
  if (key === ALL_FEED) return { kind: 'all' }
  const [kind, slug] = key.split(':', 2)
  if (!slug) return null
  if (kind === 'unit') return { kind: 'unit', slug }
  const category = kind === 'category' ? categoryOfSlug(slug) : null
  return category ? { category, kind: 'category', slug } : null
}

/** Public path of a feed (`/feeds/all.xml`, `/feeds/units/{slug}.xml`, `/feeds/categories/{slug}.xml`). */
export const feedPath = (key: FeedKey) => {
  const scope = scopeOf(key)
  if (!scope || scope.kind === 'all') return '/feeds/all.xml'
  return scope.kind === 'unit'
    ? `/feeds/units/${scope.slug}.xml`
    : `/feeds/categories/${scope.slug}.xml`
}

/** The `{slug}.xml` segment of a feed URL; null for anything else (answered 404). */
export const slugOfFeedFile = (file: string) => {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.xml$/.exec(file)
  return match ? match[1] : null
}
