import type { Payload, PayloadRequest } from 'payload'

import path from 'node:path'

import { polishLabelOf } from '../../../src/domain/labels'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import type { ChannelSlug, PostForChannel } from '../channels/types'
import { lexicalToPlainText } from '../render/lexical-text'
import { officialLink, type PostForBip } from '../rules/bip-primacy'
import { fanoutContext } from './context'

type MediaDoc = { alt?: string; filename?: string; mimeType?: string; sizes?: Record<string, { filename?: null | string; mimeType?: null | string; url?: null | string }>; url?: string }

export type PostDoc = PostForBip & {
  body?: unknown
  category: string
  channels?: null | string[]
  id: number | string
  images?: (MediaDoc | number | string)[] | null
  lead?: null | string
  publishAt?: null | string
  slug?: null | string
  title: string
  unit?: { id: number | string; name: string; slug?: null | string } | number | string | null
  workflowState: string
}

const POST_FIELDS = { body: true, bipReference: true, category: true, channels: true, images: true, informationType: true, lead: true, publishAt: true, slug: true, title: true, unit: true, workflowState: true }

export const loadPost = async (payload: Payload, id: number | string, req?: Partial<PayloadRequest>) => {
  const { collections } = fanoutContext(payload).options
  // Only what channels render, with its relations one level deep; no joins (the post's deliveries).
  return (await payload.findByID({ collection: collections.posts as never, depth: 1, disableErrors: true, id, joins: false, overrideAccess: true, req, select: POST_FIELDS as never })) as PostDoc | null
}

const PLATFORM_OF: Partial<Record<ChannelSlug, string>> = { fanpage: 'facebook_page', group: 'facebook_group' }

const RULES_CACHE_MS = 30_000
const rulesCache = new Map<string, { at: number; url: null | string }>()

/** The public discussion-rules page governing the channel's platform, when one is published. */
const rulesUrlFor = async (payload: Payload, channel: ChannelSlug, req?: Partial<PayloadRequest>) => {
  const { collections, rulesLink, siteUrl } = fanoutContext(payload).options
  const platform = PLATFORM_OF[channel]
  if (!platform || !rulesLink[channel as 'fanpage' | 'group']) return null
  // Rules change rarely and every copy asks: half a minute of staleness saves a query per delivery.
  const cached = rulesCache.get(platform)
  if (cached && Date.now() - cached.at < RULES_CACHE_MS) return cached.url
  const found = await payload.find({
    collection: collections.discussionRules as never,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { and: [{ _status: { equals: 'published' } }, { 'governs.platform': { equals: platform } }] },
  })
  const slug = (found.docs[0] as { slug?: string } | undefined)?.slug
  const url = slug ? `${siteUrl}/zasady-dyskusji/${slug}` : null
  rulesCache.set(platform, { at: Date.now(), url })
  return url
}

/** The post as a channel renders it: relations resolved, text extracted, links absolute. */
export const postForChannel = async (payload: Payload, post: PostDoc, channel: ChannelSlug, req?: Partial<PayloadRequest>): Promise<PostForChannel> => {
  const { collections, siteUrl } = fanoutContext(payload).options
  const staticDir = (payload.collections as Record<string, { config: { upload?: { staticDir?: string } } }>)[collections.media]?.config.upload?.staticDir
  const images = (post.images ?? [])
    .filter((m): m is MediaDoc => typeof m === 'object' && m !== null)
    .map((m) => {
      const size = m.sizes?.fanpage?.filename ? m.sizes.fanpage : null
      const filename = size?.filename ?? m.filename ?? null
      const url = size?.url ?? m.url ?? ''
      return {
        alt: m.alt ?? '',
        filePath: staticDir && filename ? path.join(staticDir, filename) : null,
        mimeType: size?.mimeType ?? m.mimeType ?? 'image/jpeg',
        url: url.startsWith('http') ? url : `${siteUrl}${url}`,
      }
    })
  return {
    bipUrl: officialLink(post),
    bodyText: lexicalToPlainText(post.body),
    category: post.category,
    categoryLabel: polishLabelOf(CATEGORIES, post.category),
    id: post.id,
    images,
    informationType: post.informationType ?? 'local_news',
    lead: post.lead ?? null,
    postUrl: post.slug ? `${siteUrl}/aktualnosci/${post.slug}` : null,
    rulesUrl: await rulesUrlFor(payload, channel, req),
    title: post.title,
    unitName: typeof post.unit === 'object' && post.unit ? post.unit.name : '',
    unitSlug: typeof post.unit === 'object' && post.unit ? post.unit.slug ?? null : null,
  }
}
