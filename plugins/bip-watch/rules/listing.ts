import { XMLParser } from 'fast-xml-parser'

import type { ListedEntry, Listing } from '../types'

import { normalizeBipUrl } from '../../../src/domain/bip-url'
import { decodeEntities } from './html-text'
import { parseFeedDate } from './polish-date'

type Node = Record<string, unknown>

const parser = new XMLParser({
  attributeNamePrefix: '@',
  ignoreAttributes: false,
  // Names without their namespace prefix: `atom:link`, `fh:complete` and plain `link` alike.
  removeNSPrefix: true,
  // Entities are decoded by `text` below; none a document defines itself is ever expanded.
  processEntities: false,
  isArray: (name) => ['entry', 'item', 'link', 'url'].includes(name),
})

const list = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[]

const text = (value: unknown): null | string => {
  if (typeof value === 'string' || typeof value === 'number') {
    const clean = decodeEntities(String(value)).replace(/\s+/g, ' ').trim()
    return clean || null
  }
  if (value && typeof value === 'object' && '#text' in value) return text((value as Node)['#text'])
  return null
}

const entryUrl = (raw: null | string, base: string): null | string => {
  if (!raw) return null
  try {
    const check = normalizeBipUrl(new URL(raw, base).toString())
    return check.ok ? check.value : null
  } catch {
    return null
  }
}

const atomLink = (links: Node[]) =>
  (links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] as string) ?? null

const rssItems = (channel: Node, base: string): ListedEntry[] =>
  list(channel.item).flatMap((item) => {
    const link = list(item.link).map(text).find(Boolean) ?? null
    const guid = item.guid as Node | string | undefined
    const permalink =
      guid !== undefined && (typeof guid !== 'object' || guid['@isPermaLink'] !== 'false')
        ? text(guid)
        : null
    const url = entryUrl(link ?? permalink, base)
    if (!url) return []
    const published = parseFeedDate(text(item.pubDate) ?? text(item.date))
    return [
      {
        publishedAt: published,
        title: text(item.title),
        updatedAt: parseFeedDate(text(item.modified) ?? text(item.updated)) ?? published,
        url,
      },
    ]
  })

const atomEntries = (feed: Node, base: string): ListedEntry[] =>
  list(feed.entry).flatMap((entry) => {
    const url = entryUrl(atomLink(list(entry.link)), base)
    if (!url) return []
    const updated = parseFeedDate(text(entry.updated))
    return [
      {
        publishedAt: parseFeedDate(text(entry.published)) ?? updated,
        title: text(entry.title),
        updatedAt: updated,
        url,
      },
    ]
  })

const sitemapUrls = (urlset: unknown, base: string): ListedEntry[] =>
  (urlset && typeof urlset === 'object' ? list((urlset as Node).url) : []).flatMap((u) => {
    const url = entryUrl(text(u.loc), base)
    return url
      ? [{ publishedAt: null, title: null, updatedAt: parseFeedDate(text(u.lastmod)), url }]
      : []
  })

/**
 * An RSS 2.0 or Atom feed of a BIP, or its sitemap (`urlset`), read into the entries it lists;
 * null when the document is none of these. A feed lists only recent entries unless it says it is
 * complete (RFC 5005 `fh:complete`); a sitemap lists them all. Relative links resolve against `base`.
 */
export const parseListing = (xml: string, base: string): Listing | null => {
  let doc: Node
  try {
    doc = parser.parse(xml) as Node
  } catch {
    return null
  }
  const rss = doc.rss as Node | undefined
  if (rss && typeof rss === 'object' && rss.channel && typeof rss.channel === 'object') {
    const channel = rss.channel as Node
    return { complete: 'complete' in channel, entries: rssItems(channel, base), kind: 'rss' }
  }
  const feed = doc.feed as Node | undefined
  if (feed && typeof feed === 'object') {
    return { complete: 'complete' in feed, entries: atomEntries(feed, base), kind: 'atom' }
  }
  if ('urlset' in doc) {
    return { complete: true, entries: sitemapUrls(doc.urlset, base), kind: 'sitemap' }
  }
  return null
}
