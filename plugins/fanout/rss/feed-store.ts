import type { CollectionConfig, Payload, PayloadRequest, Where } from 'payload'

import { createHash } from 'node:crypto'

import { isAdmin } from '../../../src/access/roles'
import { publicPostsWhere } from '../../../src/domain/public-visibility'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import { CORRECTIONS, FEEDS } from '../constants'
import { installFanoutT } from '../i18n-server'
import { fanoutContext } from '../engine/context'
import { officeName } from '../engine/office'
import { postsSlug } from '../engine/post-view'
import { buildFeed, contentFingerprint, isFeedFor } from './build-feed'
import { type FeedKey, feedPath, scopeOf } from './feed-keys'
import { bothLanguages, fanoutLabel } from '../i18n'

export const FEED_SIZE = 50

/**
 * Built feeds, one row per feed: the web server serves these bytes and never builds a feed on a
 * request path. Only the engine writes them; admins may look.
 */
export const feedsCollection: CollectionConfig = {
  slug: FEEDS,
  labels: {
    plural: fanoutLabel('fanout:label:rssFeedsCache'),
    singular: fanoutLabel('fanout:label:rssFeed'),
  },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => isAdmin(req.user),
    update: () => false,
  },
  admin: {
    defaultColumns: ['key', 'items', 'lastModified'],
    group: bothLanguages((f) => f.label.distribution),
    hidden: ({ user }) => !isAdmin(user),
    useAsTitle: 'key',
  },
  fields: [
    {
      name: 'key',
      type: 'text',
      index: true,
      label: fanoutLabel('fanout:label:feed'),
      required: true,
      unique: true,
    },
    { name: 'etag', type: 'text', label: 'ETag', required: true },
    {
      name: 'lastModified',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: fanoutLabel('fanout:label:lastModified'),
      required: true,
    },
    { name: 'items', type: 'number', label: fanoutLabel('fanout:label:items') },
    { name: 'xml', type: 'textarea', admin: { readOnly: true }, label: 'XML', required: true },
  ],
}

export type StoredFeed = { etag: string; key: string; lastModified: string; xml: string }

type Req = Partial<PayloadRequest>

/** A strong validator: the same content gives the same tag on every server and after restarts. */
export const etagOf = (xml: string) =>
  `"${createHash('sha256').update(contentFingerprint(xml)).digest('base64url').slice(0, 32)}"`

const feedUrlOf = (payload: Payload, key: FeedKey) =>
  `${fanoutContext(payload).options.siteUrl}${feedPath(key)}`

const siteTitle = async (payload: Payload, req?: Req) =>
  (await officeName(payload, req)) ?? fanoutContext(payload).options.siteName

/** What a feed shows and how it is titled; null when its unit or category does not exist. */
const describe = async (
  payload: Payload,
  key: FeedKey,
  req?: Req,
): Promise<null | { description: string; title: string; where: Where }> => {
  const scope = scopeOf(key)
  if (!scope) return null
  const site = await siteTitle(payload, req)
  // Feeds are read by residents: in the install's language.
  const t = await installFanoutT(payload)
  if (scope.kind === 'all')
    return {
      description: t('fanout:feedAllDescription', { site }),
      title: t('fanout:feedAllTitle', { site }),
      where: {},
    }
  if (scope.kind === 'category') {
    const name = CATEGORIES.find((c) => c.value === scope.category)!.label.pl
    return {
      description: t('fanout:feedCategoryDescription', { category: name, site }),
      title: `${site} – ${name}`,
      where: { category: { equals: scope.category } },
    }
  }
  const { collections } = fanoutContext(payload).options
  const { docs } = await payload.find({
    collection: collections.units,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { name: true },
    where: { slug: { equals: scope.slug } },
  })
  const unit = docs[0] as { id: number | string; name: string } | undefined
  if (!unit) return null
  // The unit's own name says whose news these are (the office's feed is not titled twice with it).
  return {
    description: t('fanout:feedUnitDescription', { site, unit: unit.name }),
    title: t('fanout:feedUnitTitle', { unit: unit.name }),
    where: { unit: { equals: unit.id } },
  }
}

/** Posts with the time of their latest approved correction, which the feed shows as `atom:updated`. */
const withCorrectionDates = async <P extends { id: number | string }>(
  payload: Payload,
  posts: P[],
  req?: Req,
): Promise<(P & { correctedAt?: null | string })[]> => {
  if (!posts.length) return posts
  const { docs } = await payload.db.find<{ decidedAt?: null | string; post: number | string }>({
    collection: CORRECTIONS,
    limit: 0,
    pagination: false,
    req,
    select: { decidedAt: true, post: true },
    sort: 'decidedAt',
    where: {
      and: [{ post: { in: posts.map((p) => p.id) } }, { state: { equals: 'approved' } }],
    },
  })
  const latest = new Map(docs.map((c) => [String(c.post), c.decidedAt ?? null]))
  return posts.map((p) => ({ ...p, correctedAt: latest.get(String(p.id)) ?? null }))
}

/**
 * Rebuilds one feed from the posts residents may see that ask for RSS, and stores it when its
 * content changed (an unchanged feed keeps its ETag and Last-Modified). Null: no such feed.
 */
export const refreshFeed = async (
  payload: Payload,
  key: FeedKey,
  req?: Req,
): Promise<null | StoredFeed> => {
  const described = await describe(payload, key, req)
  if (!described) return null
  const { siteUrl } = fanoutContext(payload).options
  const { docs } = await payload.find({
    collection: postsSlug(payload),
    depth: 1,
    joins: false,
    limit: FEED_SIZE,
    overrideAccess: true,
    pagination: false,
    req,
    select: {
      bipReference: true,
      body: true,
      category: true,
      images: true,
      informationType: true,
      lead: true,
      publishedAt: true,
      slug: true,
      title: true,
      unit: true,
      updatedAt: true,
    },
    sort: '-publishedAt',
    where: { and: [publicPostsWhere(new Date()), { channels: { in: ['rss'] } }, described.where] },
  })
  const xml = buildFeed(
    {
      description: described.description,
      feedUrl: feedUrlOf(payload, key),
      siteUrl,
      title: described.title,
    },
    await withCorrectionDates(payload, docs, req),
  )
  const etag = etagOf(xml)
  const existing = (await payload.db.findOne({
    collection: FEEDS,
    req,
    where: { key: { equals: key } },
  })) as (StoredFeed & { id: number | string }) | null
  if (existing?.etag === etag) return existing
  const data = { etag, items: docs.length, key, lastModified: new Date().toISOString(), xml }
  if (existing)
    await payload.db.updateOne({ collection: FEEDS, data, id: existing.id, req, returning: false })
  else {
    try {
      await payload.db.create({ collection: FEEDS, data, req })
    } catch {
      // Another process stored this feed first (unique key): store ours over it, it is as fresh.
      await payload.db.updateMany({
        collection: FEEDS,
        data,
        req,
        returning: false,
        where: { key: { equals: key } },
      })
    }
  }
  return data
}

export const refreshFeeds = async (payload: Payload, keys: FeedKey[], req?: Req) => {
  for (const key of keys) await refreshFeed(payload, key, req)
}

/** Only the validators, for a server checking whether its copy is still current. */
export const storedValidators = async (payload: Payload, key: FeedKey) =>
  (
    await payload.find({
      collection: FEEDS,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      select: { etag: true },
      where: { key: { equals: key } },
    })
  ).docs[0] as undefined | { etag: string }

/** The stored feed, unless it was built for another address of the site (then it is to be rebuilt). */
export const storedFeed = async (payload: Payload, key: FeedKey) => {
  const feed = (await payload.db.findOne({
    collection: FEEDS,
    where: { key: { equals: key } },
  })) as null | StoredFeed
  return feed && isFeedFor(feed.xml, feedUrlOf(payload, key)) ? feed : null
}
