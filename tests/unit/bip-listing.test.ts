import { describe, expect, it } from 'vitest'

import { absenceCounts, pageFate } from '../../plugins/bip-watch/rules/disappearance'
import { parseListing } from '../../plugins/bip-watch/rules/listing'

const BASE = 'https://bip.testowo.pl/rss'

describe('BIP listings', () => {
  it('reads an RSS 2.0 feed: links, CDATA titles, entities, RFC 822 dates', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>BIP</title>
      <item><title><![CDATA[Obwieszczenie „A” & B]]></title><link>https://BIP.testowo.pl/wpis/1#top</link>
      <pubDate>Mon, 16 Mar 2026 09:15:00 GMT</pubDate></item>
      <item><title>Bez linku</title><guid isPermaLink="false">42</guid></item>
      <item><title>Tylko guid &amp; encja</title><guid>https://bip.testowo.pl/wpis/2?a=1&amp;b=2</guid></item>
      </channel></rss>`
    expect(parseListing(xml, BASE)).toEqual({
      complete: false,
      entries: [
        {
          publishedAt: '2026-03-16T09:15:00.000Z',
          title: 'Obwieszczenie „A” & B',
          updatedAt: '2026-03-16T09:15:00.000Z',
          url: 'https://bip.testowo.pl/wpis/1',
        },
        {
          publishedAt: null,
          title: 'Tylko guid & encja',
          updatedAt: null,
          url: 'https://bip.testowo.pl/wpis/2?a=1&b=2',
        },
      ],
      kind: 'rss',
    })
  })

  it('reads an Atom feed with relative links, and its RFC 5005 completeness', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">
      <fh:complete/><title>BIP</title><entry><title type="text">Uchwała</title>
      <link rel="edit" href="/api/7"/><link rel="alternate" href="/wpis/7"/>
      <published>2026-03-16T10:15:00+01:00</published><updated>2026-04-01T08:00:00Z</updated></entry></feed>`
    const listing = parseListing(xml, BASE)!
    expect(listing.kind).toBe('atom')
    expect(listing.complete).toBe(true)
    expect(listing.entries).toEqual([
      {
        publishedAt: '2026-03-16T09:15:00.000Z',
        title: 'Uchwała',
        updatedAt: '2026-04-01T08:00:00.000Z',
        url: 'https://bip.testowo.pl/wpis/7',
      },
    ])
    expect(absenceCounts(listing)).toBe(true)
  })

  it('reads a sitemap (complete by nature) and refuses what is no listing', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://bip.testowo.pl/wpis/1</loc><lastmod>2026-03-16</lastmod></url>
      <url><loc>javascript:alert(1)</loc></url></urlset>`
    const listing = parseListing(xml, BASE)!
    expect(listing.kind).toBe('sitemap')
    expect(listing.entries.map((e) => e.url)).toEqual(['https://bip.testowo.pl/wpis/1'])
    expect(listing.entries[0].updatedAt).toBe('2026-03-16T00:00:00.000Z')
    expect(absenceCounts(listing)).toBe(true)
    expect(parseListing('<urlset/>', BASE)).toEqual({
      complete: true,
      entries: [],
      kind: 'sitemap',
    })
    expect(parseListing('<html><body>Błąd</body></html>', BASE)).toBeNull()
    expect(parseListing('nie xml', BASE)).toBeNull()
  })

  it('counts absence only from a sitemap or a complete feed', () => {
    expect(absenceCounts({ complete: false, kind: 'rss' })).toBe(false)
    expect(absenceCounts({ complete: true, kind: 'rss' })).toBe(true)
  })
})

describe('what an entry page answer means', () => {
  it('410 at once, 404 on the second check, other failures nothing', () => {
    expect(pageFate(410, 0)).toBe('gone')
    expect(pageFate(404, 0)).toBe('check_later')
    expect(pageFate(404, 1)).toBe('gone')
    expect(pageFate(200, 1)).toBe('present')
    expect(pageFate(503, 1)).toBe('unreachable')
    expect(pageFate(null, 0)).toBe('unreachable')
  })
})
