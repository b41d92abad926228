// The post as channels render it: read once with its relations, then turned into plain fields.
import type { Payload, PayloadRequest } from 'payload'

import path from 'node:path'

import { polishLabelOf } from '../../../src/domain/labels'
import { lexicalToPlainText } from '../../../src/domain/lexical-text'
import { POSTS, UNITS } from '../../../src/domain/slugs'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import type { Media, Post, PostsSelect } from '../../../src/payload-types'
import type { ChannelSlug, PostForChannel } from '../channels/types'
import { officialLink } from '../rules/bip-primacy'
import { type GoverningRules, isSocialKind, rulesUrlOf } from '../rules/discussion-rules'
import { fanoutContext } from './context'

/** The post as the fan-out reads it: what channels render, relations one level deep. */
const POST_FIELDS = {
  body: true,
  bipReference: true,
  category: true,
  channelCopy: true,
  channels: true,
  images: true,
  informationType: true,
  lead: true,
  publishAt: true,
  slug: true,
  title: true,
  unit: true,
  workflowState: true,
} satisfies PostsSelect<true>

export type PostView = Pick<Post, 'id' | keyof typeof POST_FIELDS>

/** The instance's posts collection (an option), whose documents have the app's `Post` shape. */
export const postsSlug = (payload: Payload) =>
  fanoutContext(payload).options.collections.posts as typeof POSTS

/** The instance's units collection (an option), whose documents have the app's `Unit` shape. */
export const unitsSlug = (payload: Payload) =>
  fanoutContext(payload).options.collections.units as typeof UNITS

export const loadPost = async (
  payload: Payload,
  id: number | string,
  req?: Partial<PayloadRequest>,
) => {
  // Only what channels render, with its relations one level deep; no joins (the post's deliveries).
  return payload.findByID({
    collection: postsSlug(payload),
    depth: 1,
    disableErrors: true,
    id,
    joins: false,
    overrideAccess: true,
    req,
    select: POST_FIELDS,
  })
}

/**
 * The public page of the rules governing the account the copy goes to, where the instance links
 * social copies to their rules (option `rulesLink`); never for the site's own channels.
 */
const rulesUrlFor = (
  payload: Payload,
  channel: ChannelSlug,
  rules: GoverningRules | null | undefined,
) => {
  const { rulesLink, siteUrl } = fanoutContext(payload).options
  return isSocialKind(channel) && rulesLink[channel] ? rulesUrlOf(siteUrl, rules) : null
}

/**
 * The post as a channel renders it: relations resolved, text extracted, links absolute. `rules` are
 * those of the account the copy goes to (`loadAccountRules`), for the discussion-rules link.
 */
export const postForChannel = async (
  payload: Payload,
  post: PostView,
  channel: ChannelSlug,
  rules?: GoverningRules | null,
): Promise<PostForChannel> => {
  const { collections, siteUrl } = fanoutContext(payload).options
  const staticDir = (
    payload.collections as Record<string, { config: { upload?: { staticDir?: string } } }>
  )[collections.media]?.config.upload?.staticDir
  const images = (post.images ?? [])
    .filter((m): m is Media => typeof m === 'object' && m !== null)
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
    copy: post.channelCopy ?? undefined,
    categoryLabel: polishLabelOf(CATEGORIES, post.category),
    id: post.id,
    images,
    informationType: post.informationType ?? 'local_news',
    lead: post.lead ?? null,
    postUrl: post.slug ? `${siteUrl}/aktualnosci/${post.slug}` : null,
    rulesUrl: rulesUrlFor(payload, channel, rules),
    title: post.title,
    unitName: typeof post.unit === 'object' && post.unit ? post.unit.name : '',
    unitSlug: typeof post.unit === 'object' && post.unit ? (post.unit.slug ?? null) : null,
  }
}
