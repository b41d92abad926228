import type { Where } from 'payload'

import config from '@payload-config'
import { getPayload } from 'payload'
import { cache } from 'react'

import { officeName } from '../../plugins/fanout/exports/server'
import { polishLabelOf } from '../domain/labels'
import { publicPostsWhere } from '../domain/public-visibility'
import { BIP_REFERENCES, DISCUSSION_RULES, MEDIA, POSTS, UNITS } from '../domain/slugs'
import { CATEGORIES, CATEGORY_SLUGS, type Category } from '../domain/taxonomy'
import { PAGE_SIZE } from './paging'

/**
 * What the residents' pages read. Everything goes through the local API as an anonymous visitor
 * (overrideAccess: false) and through `publicPostsWhere`, so nothing unpublished can leak.
 */
export const sitePayload = () => getPayload({ config })

type MediaRef = {
  alt?: null | string
  filesize?: null | number
  height?: null | number
  mimeType?: null | string
  sizes?: Record<string, { height?: null | number; url?: null | string; width?: null | number }>
  url?: null | string
  width?: null | number
}
export type PublicPost = {
  bipReference?: {
    caseReference?: null | string
    state?: null | string
    title?: null | string
    url?: null | string
  } | null
  body?: unknown
  category: Category
  id: number | string
  images?: (MediaRef | number | string)[] | null
  informationType?: null | string
  lead?: null | string
  publishedAt?: null | string
  slug: string
  title: string
  unit?: { id: number | string; name: string; slug?: null | string } | null
}

const LIST_SELECT = {
  category: true,
  images: true,
  lead: true,
  publishedAt: true,
  slug: true,
  title: true,
  unit: true,
} as const
const POST_SELECT = {
  ...LIST_SELECT,
  bipReference: true,
  body: true,
  informationType: true,
} as const
/** Related documents carry only what the pages show (not a unit's profiles nor a BIP entry's change register). */
const POPULATE = {
  [BIP_REFERENCES]: { caseReference: true, state: true, title: true, url: true },
  // filename: the upload's url is computed from it.
  [MEDIA]: {
    alt: true,
    filename: true,
    height: true,
    mimeType: true,
    sizes: true,
    url: true,
    width: true,
  },
  [UNITS]: { name: true, slug: true },
} as const

export type UnitOption = { id: number | string; name: string; slug: string }

/** Units that residents can filter by (with a slug), alphabetically. */
export const publicUnits = cache(async (): Promise<UnitOption[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: UNITS,
    depth: 0,
    limit: 500,
    overrideAccess: false,
    pagination: false,
    select: { name: true, slug: true },
    sort: 'name',
  })
  return docs.filter((u): u is typeof u & { slug: string } => !!u.slug)
})

/** The gmina's name for the header: its office unit, or SITE_NAME. */
export const siteName = cache(async () => {
  return (
    (await officeName(await sitePayload())) ?? process.env.SITE_NAME ?? 'Serwis informacyjny gminy'
  )
})

export type ListFilters = { category?: Category | null; page: number; unit?: UnitOption | null }

export const listPublicPosts = async ({ category, page, unit }: ListFilters) => {
  const payload = await sitePayload()
  const and: Where[] = [publicPostsWhere(new Date())]
  if (unit) and.push({ unit: { equals: unit.id } })
  if (category) and.push({ category: { equals: category } })
  const result = await payload.find({
    collection: POSTS,
    depth: 1,
    joins: false,
    limit: PAGE_SIZE,
    overrideAccess: false,
    page,
    populate: POPULATE,
    select: LIST_SELECT,
    sort: '-publishedAt',
    where: { and },
  })
  // Depth 1 with `populate`: relations hold the selected fields only, which the generated type
  // (id or whole document) cannot express.
  return { ...result, docs: result.docs as unknown as PublicPost[] }
}

export const publicPostBySlug = cache(async (slug: string): Promise<null | PublicPost> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: POSTS,
    depth: 1,
    joins: false,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    populate: POPULATE,
    select: POST_SELECT,
    where: { and: [publicPostsWhere(new Date()), { slug: { equals: slug } }] },
  })
  // Depth 1 with `populate`: relations hold the selected fields only, which the generated type
  // (id or whole document) cannot express.
  return (docs[0] as unknown as PublicPost | undefined) ?? null
})

/** The feed of all posts: every page links it (a page that sets its own alternates must list it again). */
export const ALL_POSTS_FEED = { title: 'RSS: wszystkie aktualności', url: '/feeds/all.xml' }

export const categoryLabel = (value: null | string | undefined) => polishLabelOf(CATEGORIES, value)
export const categorySlug = (value: Category) => CATEGORY_SLUGS[value]

/** The first image of a post in the size wanted, with its alt text; null when there is none. */
export const imageOf = (
  post: Pick<PublicPost, 'images'>,
  size: 'fanpage' | 'thumbnail' = 'fanpage',
) => {
  const media = (post.images ?? []).find((m): m is MediaRef => typeof m === 'object' && m !== null)
  if (!media) return null
  const sized = media.sizes?.[size]
  const url = sized?.url || media.url
  if (!url) return null
  return {
    alt: media.alt ?? '',
    height: sized?.height ?? media.height ?? undefined,
    url,
    width: sized?.width ?? media.width ?? undefined,
  }
}

export const allImagesOf = (post: Pick<PublicPost, 'images'>) =>
  (post.images ?? [])
    .filter((m): m is MediaRef => typeof m === 'object' && m !== null && !!m.url)
    .map((m) => ({
      alt: m.alt ?? '',
      height: m.sizes?.fanpage?.height ?? m.height ?? undefined,
      url: m.sizes?.fanpage?.url || m.url!,
      width: m.sizes?.fanpage?.width ?? m.width ?? undefined,
    }))

export type PublicRules = {
  complaints?: { email?: null | string; howTo?: null | string; url?: null | string } | null
  effectiveFrom?: null | string
  funding?: {
    amount?: null | number
    details?: null | string
    period?: null | string
    publiclyFunded?: boolean | null
  } | null
  governs?:
    | {
        name: string
        personalProfileUsedOfficially?: boolean | null
        platform: string
        unit?: { name?: string } | null
        url?: null | string
      }[]
    | null
  id: number | string
  moderationDocumentation?: null | string
  operator?: null | string
  rules?: unknown
  slug: string
  title: string
  updatedAt?: string
  version?: null | number
}

export const publishedRules = cache(async (): Promise<PublicRules[]> => {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: DISCUSSION_RULES,
    depth: 1,
    draft: false,
    limit: 100,
    overrideAccess: false,
    pagination: false,
    sort: 'title',
    where: { _status: { equals: 'published' } },
  })
  // Depth 1: the governed units are documents, which the generated type leaves as id or document.
  return docs as unknown as PublicRules[]
})

export const publishedRulesBySlug = cache(
  async (slug: string) => (await publishedRules()).find((r) => r.slug === slug) ?? null,
)

/**
 * Earlier published versions of a rules document, newest first. Versions are staff-only in the API,
 * so they are read here with overrideAccess, and only published snapshots leave this function.
 */
export const earlierRuleVersions = async (
  id: number | string,
  currentVersion: null | number | undefined,
) => {
  const payload = await sitePayload()
  const { docs } = await payload.findVersions({
    collection: DISCUSSION_RULES,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  const seen = new Set<number>()
  const result: {
    effectiveFrom?: null | string
    publishedAt: string
    rules: unknown
    version: number
  }[] = []
  for (const v of docs) {
    const n = v.version.version ?? 0
    if (!n || n === currentVersion || seen.has(n)) continue
    seen.add(n)
    result.push({
      effectiveFrom: v.version.effectiveFrom,
      publishedAt: v.updatedAt,
      rules: v.version.rules,
      version: n,
    })
  }
  return result
}
