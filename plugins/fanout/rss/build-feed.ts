import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import RSS from 'rss'

import { polishLabelOf } from '../../../src/domain/labels'
import { lexicalToPlainText } from '../../../src/domain/lexical-text'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import type { Post } from '../../../src/payload-types'
import { cutCleanly } from '../render/cut'
import { officialLink, type PostForBip } from '../rules/bip-primacy'
import { cleanFeedHtml } from '../rules/feed-html'

type SizedImage = { filesize?: null | number; mimeType?: null | string; url?: null | string }
export type FeedPost = PostForBip & {
  body?: Post['body']
  category: string
  /** When the post's latest approved correction went out: the item's `atom:updated`. */
  correctedAt?: null | string
  id: number | string
  images?:
    | (
        | ({ alt?: null | string; sizes?: { fanpage?: SizedImage | null } | null } & SizedImage)
        | number
        | string
      )[]
    | null
  lead?: null | string
  publishedAt?: null | string
  /** Optional in the schema; the posts collection's hook sets it before publication. */
  slug?: null | string
  title: string
  unit?: { name?: null | string } | null | number | string
  updatedAt?: null | string
}

export type FeedMeta = { description: string; feedUrl: string; siteUrl: string; title: string }

const EXCERPT_LENGTH = 300
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const absolute = (url: string, siteUrl: string) =>
  /^https?:\/\//.test(url) ? url : `${siteUrl}${url}`

/** The lead image in the fanpage size (1200×630), which readers show well, with its real byte size. */
export const enclosureOf = (post: FeedPost, siteUrl: string) => {
  const media = (post.images ?? []).find(
    (m): m is Exclude<typeof m, number | string> => typeof m === 'object' && m !== null,
  )
  if (!media) return null
  const sized =
    media.sizes?.fanpage?.url && media.sizes.fanpage.filesize ? media.sizes.fanpage : media
  if (!sized.url || !sized.filesize) return null
  return {
    alt: media.alt ?? '',
    size: sized.filesize,
    type: sized.mimeType ?? 'image/jpeg',
    url: absolute(sized.url, siteUrl),
  }
}

/** A stable, unique id that survives slug and title edits (RSS guid, isPermaLink="false"). */
export const guidOf = (post: Pick<FeedPost, 'id'>, siteUrl: string) =>
  `${new URL(siteUrl).host}:herold:post:${post.id}`

const excerptOf = (post: FeedPost) =>
  cutCleanly(post.lead?.trim() || lexicalToPlainText(post.body), EXCERPT_LENGTH)

/**
 * The item's `<description>`: the excerpt, then the BIP link, which is never cut off. Many readers
 * show only the description, and the official source must reach them too.
 */
export const descriptionOf = (post: FeedPost) => {
  const bip = officialLink(post)
  const excerpt = excerptOf(post)
  return bip ? `${excerpt}${excerpt ? ' ' : ''}Oficjalna publikacja w BIP: ${bip}` : excerpt
}

/** Full content for readers: lead, image, body, and the BIP link that every copy carries. */
export const contentOf = (post: FeedPost, siteUrl: string) => {
  const parts: string[] = []
  if (post.lead) parts.push(`<p><strong>${escapeHtml(post.lead)}</strong></p>`)
  const image = enclosureOf(post, siteUrl)
  if (image)
    parts.push(`<p><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}"></p>`)
  if (post.body && typeof post.body === 'object')
    parts.push(cleanFeedHtml(convertLexicalToHTML({ data: post.body, disableContainer: true })))
  const bip = officialLink(post)
  if (bip)
    parts.push(
      `<p>Oficjalna publikacja w BIP: <a href="${escapeHtml(bip)}">${escapeHtml(bip)}</a></p>`,
    )
  parts.push(
    `<p><a href="${escapeHtml(`${siteUrl}/aktualnosci/${post.slug}`)}">Czytaj na stronie gminy</a></p>`,
  )
  return parts.join('\n')
}

const unitName = (post: FeedPost) =>
  typeof post.unit === 'object' && post.unit?.name ? post.unit.name : ''

/** The feed's bytes apart from <lastBuildDate>, which the `rss` package sets to the time of building. */
export const contentFingerprint = (xml: string) =>
  xml.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '')

/** A post's item in every feed (and in its live preview): the `rss` package's item options. */
export const feedItemOf = (post: FeedPost, siteUrl: string) => {
  const enclosure = enclosureOf(post, siteUrl)
  const creator = unitName(post)
  return {
    categories: [polishLabelOf(CATEGORIES, post.category)],
    author: creator || undefined,
    custom_elements: [
      { 'content:encoded': { _cdata: contentOf(post, siteUrl) } },
      // RSS 2.0 has no date of change; Atom's (in the namespace the feed declares) tells readers.
      ...(post.correctedAt ? [{ 'atom:updated': new Date(post.correctedAt).toISOString() }] : []),
    ],
    date: new Date(post.publishedAt ?? post.updatedAt ?? 0),
    description: descriptionOf(post),
    enclosure: enclosure
      ? { size: enclosure.size, type: enclosure.type, url: enclosure.url }
      : undefined,
    guid: guidOf(post, siteUrl),
    title: post.title,
    url: `${siteUrl}/aktualnosci/${post.slug}`,
  }
}

/** RSS 2.0 with the `rss` package; pubDate is the newest change among the items. */
export const buildFeed = (meta: FeedMeta, posts: FeedPost[]) => {
  const newest = posts.reduce(
    (max, p) => Math.max(max, Date.parse(p.updatedAt ?? p.publishedAt ?? '') || 0),
    0,
  )
  const feed = new RSS({
    description: meta.description,
    feed_url: meta.feedUrl,
    generator: 'Herold',
    language: 'pl',
    pubDate: newest ? new Date(newest) : new Date(0),
    site_url: meta.siteUrl,
    title: meta.title,
    ttl: 15,
  })
  for (const post of posts) feed.item(feedItemOf(post, meta.siteUrl))
  return feed.xml({ indent: false })
}

/**
 * Whether a built feed is the one for this address (the self link `buildFeed` writes). A feed
 * stored under another address, by a seed run before the site's URL was set or before a move to
 * another domain, would send readers there.
 */
export const isFeedFor = (xml: string, feedUrl: string) =>
  xml.includes(`<atom:link href="${escapeHtml(feedUrl)}" rel="self"`)
