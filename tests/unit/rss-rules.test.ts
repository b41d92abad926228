import { describe, expect, it } from 'vitest'

import {
  buildFeed,
  contentFingerprint,
  type FeedPost,
  guidOf,
  isFeedFor,
} from '../../plugins/fanout/rss/build-feed'
import { acceptsGzip, gzipEtagOf, notModified } from '../../plugins/fanout/rss/conditional'
import {
  affectedFeeds,
  feedPath,
  scopeOf,
  slugOfFeedFile,
} from '../../plugins/fanout/rss/feed-keys'
import { etagOf } from '../../plugins/fanout/rss/feed-store'

const current = { etag: '"abc"', lastModified: new Date('2026-03-01T10:00:00.000Z') }

describe('conditional feed requests (RFC 9110 §13)', () => {
  it('answers 304 for a matching tag, a list containing it, a weak form of it, or *', () => {
    expect(notModified({ ifNoneMatch: '"abc"' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: '"x", "abc"' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: 'W/"abc"' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: '*' }, current)).toBe(true)
    expect(notModified({ ifNoneMatch: '"other"' }, current)).toBe(false)
  })

  it('lets If-None-Match win over If-Modified-Since', () => {
    // The date alone would say "not modified"; the tag says the client's copy is old.
    expect(
      notModified(
        { ifModifiedSince: 'Sun, 01 Mar 2026 12:00:00 GMT', ifNoneMatch: '"old"' },
        current,
      ),
    ).toBe(false)
    expect(
      notModified(
        { ifModifiedSince: 'Sun, 01 Mar 2026 09:00:00 GMT', ifNoneMatch: '"abc"' },
        current,
      ),
    ).toBe(true)
  })

  it('compares If-Modified-Since at whole seconds and ignores invalid dates', () => {
    expect(
      notModified(
        { ifModifiedSince: 'Sun, 01 Mar 2026 10:00:00 GMT' },
        { ...current, lastModified: new Date('2026-03-01T10:00:00.900Z') },
      ),
    ).toBe(true)
    expect(notModified({ ifModifiedSince: 'Sun, 01 Mar 2026 09:59:59 GMT' }, current)).toBe(false)
    expect(notModified({ ifModifiedSince: 'wczoraj' }, current)).toBe(false)
    expect(notModified({}, current)).toBe(false)
  })

  it('offers gzip only to clients that accept it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(null)).toBe(false)
    expect(acceptsGzip(' gzip ')).toBe(true)
    expect(acceptsGzip('gzip;q=1.0')).toBe(true)
    expect(acceptsGzip('deflate, gzip; q=0.001')).toBe(true)
    expect(acceptsGzip('gzip;q=0.000, br')).toBe(false)
    expect(acceptsGzip('deflate, gzip;q=0')).toBe(false)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('x-gzip')).toBe(false)
  })

  it('gives the gzip representation its own strong tag, derived from the identity tag', () => {
    expect(gzipEtagOf('"abc"')).toBe('"abc-gz"')
    expect(notModified({ ifNoneMatch: gzipEtagOf('"abc"') }, current)).toBe(false)
  })
})

describe('feed keys', () => {
  it('places a post in the all, unit and category feeds, and a moved post in both places', () => {
    expect(affectedFeeds({ category: 'sport', unitSlug: 'szkola' })).toEqual([
      'all',
      'unit:szkola',
      'category:sport',
    ])
    expect(
      affectedFeeds(
        { category: 'sport', unitSlug: 'szkola' },
        { category: 'culture', unitSlug: 'szkola' },
      ),
    ).toEqual(['all', 'unit:szkola', 'category:sport', 'category:kultura'])
  })

  it('maps keys to URLs and URL segments back, refusing anything else', () => {
    expect(feedPath('category:kultura')).toBe('/feeds/categories/kultura.xml')
    expect(feedPath('unit:osp-wislotki')).toBe('/feeds/units/osp-wislotki.xml')
    expect(slugOfFeedFile('osp-wislotki.xml')).toBe('osp-wislotki')
    for (const bad of ['osp.json', '../x.xml', 'A.xml', '.xml', 'a--b.xml'])
      expect(slugOfFeedFile(bad)).toBeNull()
    expect(scopeOf('category:nie-ma')).toBeNull()
    expect(scopeOf('unit:')).toBeNull()
  })
})

describe('feed building', () => {
  const meta = {
    description: 'Opis',
    feedUrl: 'https://gmina.example/feeds/all.xml',
    siteUrl: 'https://gmina.example',
    title: 'Gmina',
  }
  const post = {
    category: 'culture',
    id: 7,
    informationType: 'local_news',
    publishedAt: '2026-03-01T10:00:00.000Z',
    slug: 'festyn',
    title: 'Festyn <&> „gminny”',
    updatedAt: '2026-03-01T10:00:00.000Z',
  }

  it('gives the same ETag to an unchanged feed built at another time', async () => {
    const first = buildFeed(meta, [post])
    await new Promise((r) => setTimeout(r, 1100))
    const second = buildFeed(meta, [post])
    expect(contentFingerprint(first)).toBe(contentFingerprint(second))
    expect(etagOf(first)).toBe(etagOf(second))
    expect(etagOf(buildFeed(meta, [{ ...post, title: 'Inny tytuł' }]))).not.toBe(etagOf(first))
  })

  it('puts the BIP link in <description> after the excerpt, never cut off, and only once the entry is published', () => {
    const bip = {
      state: 'published',
      url: 'https://bip.gmina.example/obwieszczenia/17',
    }
    const long = 'Słowo '.repeat(100).trim()
    const description = (xml: string) =>
      /<item>[\s\S]*?<description><!\[CDATA\[([\s\S]*?)\]\]><\/description>/.exec(xml)?.[1]
    const withBip = { ...post, bipReference: bip, informationType: 'public_information' }
    expect(description(buildFeed(meta, [{ ...withBip, lead: 'Nabór trwa do piątku.' }]))).toBe(
      'Nabór trwa do piątku. Oficjalna publikacja w BIP: https://bip.gmina.example/obwieszczenia/17',
    )
    const cut = description(buildFeed(meta, [{ ...withBip, lead: long }]))!
    expect(cut).toMatch(
      /…? Oficjalna publikacja w BIP: https:\/\/bip\.gmina\.example\/obwieszczenia\/17$/,
    )
    expect(cut.length).toBeLessThan(long.length)
    expect(
      description(
        buildFeed(meta, [
          { ...withBip, bipReference: { ...bip, state: 'draft' }, lead: 'Szkic w BIP.' },
        ]),
      ),
    ).toBe('Szkic w BIP.')
    expect(description(buildFeed(meta, [{ ...post, lead: 'Bez BIP.' }]))).toBe('Bez BIP.')
  })

  it('writes content:encoded without the editor’s leftovers', () => {
    const body = {
      root: {
        children: [
          {
            children: [
              {
                children: [{ text: 'pierwszy', type: 'text', version: 1 }],
                type: 'listitem',
                value: 1,
                version: 1,
              },
            ],
            listType: 'bullet',
            tag: 'ul',
            type: 'list',
            version: 1,
          },
        ],
        type: 'root',
        version: 1,
      },
    }
    const xml = buildFeed(meta, [{ ...post, body: body as unknown as FeedPost['body'] }]) // a minimal Lexical state
    const encoded = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]>/.exec(xml)?.[1]
    expect(encoded).toContain('<ul class="list-bullet"><li>pierwszy</li></ul>')
    expect(encoded).not.toMatch(/class=""|style=""|value="1"/)
  })

  it('keeps guids stable across slug and title edits', () => {
    expect(guidOf({ id: 7 }, 'https://gmina.example')).toBe('gmina.example:herold:post:7')
  })

  it('knows a feed built for another address of the site, or another feed, from its self link', () => {
    const xml = buildFeed(meta, [post])
    expect(isFeedFor(xml, 'https://gmina.example/feeds/all.xml')).toBe(true)
    expect(isFeedFor(xml, 'http://localhost:3000/feeds/all.xml')).toBe(false)
    expect(isFeedFor(xml, 'https://gmina.example/feeds/units/szkola.xml')).toBe(false)
    const odd = { ...meta, feedUrl: 'https://gmina.example/feeds/all.xml?a=1&b=2' }
    expect(isFeedFor(buildFeed(odd, [post]), odd.feedUrl)).toBe(true)
  })
})
