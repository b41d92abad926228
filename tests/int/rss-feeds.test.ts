import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { currentFeed } from '../../plugins/fanout/rss/serve'
import type { Post } from '../../src/payload-types'
import { act, draftPost } from '../helpers/fixtures'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
  fetchFeed,
  g,
  imageBytes,
  imageId,
  itemTitles,
  payload,
  publish,
  RFC822,
  SITE,
  useRssStage,
} from '../helpers/rss'

useRssStage()

describe('RSS feeds', () => {
  let festyn: Post
  let obwieszczenie: Post
  let waiting: Post

  beforeAll(async () => {
    festyn = await publish(g.office, {
      category: 'culture',
      images: [imageId],
      title: 'Festyn gminny 2026',
    })
    obwieszczenie = await publish(g.school, {
      bipReference: g.bipPublished.id,
      category: 'sport',
      informationType: 'public_information',
      title: 'Obwieszczenie o naborze',
    })
    waiting = await publish(g.school, {
      bipReference: g.bipDraft.id,
      category: 'sport',
      informationType: 'public_information',
      title: 'Projekt uchwały: konsultacje',
    })
    await draftPost(payload, g.approver, g.office, {
      channels: ['rss'],
      title: 'Szkic, którego nikt nie widzi',
    })
    await publish(g.office, { channels: ['fanpage'], title: 'Tylko na fanpage' })
  })

  it('records a delivery for the RSS channel once the post is in its feeds', async () => {
    const [delivery] = await deliveriesOf(payload, festyn.id)
    expect(delivery).toMatchObject({
      channel: 'rss',
      externalId: `wislotki.example:herold:post:${festyn.id}`,
      externalUrl: `${SITE}/aktualnosci/${festyn.slug}`,
      state: 'sent',
    })
    expect((await deliveriesOf(payload, waiting.id))[0].state).toBe('waiting_for_bip')
  })

  it('is valid RSS 2.0 that an independent parser reads completely', async () => {
    const { xml } = (await fetchFeed('all'))!
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(doc.rss['@_version']).toBe('2.0')
    const channel = doc.rss.channel
    for (const required of ['title', 'link', 'description'])
      expect(String(channel[required] ?? '')).not.toBe('')
    expect(channel.language).toBe('pl')
    const items = [channel.item].flat()
    const guids = items.map((i) => i.guid['#text'])
    expect(new Set(guids).size).toBe(guids.length)
    for (const item of items) {
      expect(item.guid['@_isPermaLink']).toBe('false')
      expect(item.pubDate).toMatch(RFC822)
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate)
    }

    const feed = parseFeed(xml)
    expect(feed.title).toBe('Urząd Gminy Testowo – wszystkie aktualności')
    expect(feed.language).toBe('pl')
    expect(feed.items.map((i) => i.title)).toEqual([
      'Obwieszczenie o naborze',
      'Festyn gminny 2026',
    ])
    const item = feed.items.find((i) => i.title === 'Festyn gminny 2026')!
    expect(item.url).toBe(`${SITE}/aktualnosci/${festyn.slug}`)
    expect(item.id).toBe(`wislotki.example:herold:post:${festyn.id}`)
    expect(item.description).toBe('Lead wpisu.')
    expect(item.content).toContain('Treść wpisu testowego.')
    expect(item.categories.map((c) => c.label ?? c.term)).toEqual(['Kultura i wydarzenia'])
    expect(item.authors.map((a) => a.name)).toEqual(['Urząd Gminy Testowo'])
    expect(item.media).toHaveLength(1)
    expect(item.media[0]).toMatchObject({ length: imageBytes, mimeType: 'image/jpeg' })
    expect(item.media[0].url).toMatch(new RegExp(`^${SITE}/api/media/file/festyn-1200x630\\.jpg$`))
    const bipItem = feed.items.find((i) => i.title === 'Obwieszczenie o naborze')!
    expect(bipItem.content).toContain(
      'Oficjalna publikacja w BIP: <a href="https://bip.testowo.example/a">',
    )
    // Readers that show only the description get the official source too.
    expect(bipItem.description).toBe(
      'Lead wpisu. Oficjalna publikacja w BIP: https://bip.testowo.example/a',
    )
  })

  it('builds unit and category feeds, and has none for an unknown unit', async () => {
    expect(itemTitles((await fetchFeed('unit:szkola-podstawowa-w-testowie'))!.xml)).toEqual([
      'Obwieszczenie o naborze',
    ])
    expect(itemTitles((await fetchFeed('category:kultura'))!.xml)).toEqual(['Festyn gminny 2026'])
    expect(itemTitles((await fetchFeed('category:edukacja'))!.xml)).toEqual([])
    expect(await currentFeed(payload, 'unit:nie-ma-takiej')).toBeNull()
  })

  it('refreshes exactly the feeds a change affects', async () => {
    const before = Object.fromEntries(
      await Promise.all(
        [
          'all',
          'unit:urzad-gminy-testowo',
          'category:kultura',
          'unit:szkola-podstawowa-w-testowie',
          'category:sport',
        ].map(async (k) => [k, (await fetchFeed(k))!.etag]),
      ),
    )
    await payload.update({
      collection: 'posts',
      data: { title: 'Festyn gminny 2026 – nowa godzina' },
      id: festyn.id,
      overrideAccess: true,
    })
    await drain(payload)
    const after = async (k: string) => (await fetchFeed(k))!.etag
    expect(await after('all')).not.toBe(before.all)
    expect(await after('unit:urzad-gminy-testowo')).not.toBe(before['unit:urzad-gminy-testowo'])
    expect(await after('category:kultura')).not.toBe(before['category:kultura'])
    expect(await after('unit:szkola-podstawowa-w-testowie')).toBe(
      before['unit:szkola-podstawowa-w-testowie'],
    )
    expect(await after('category:sport')).toBe(before['category:sport'])
    expect(itemTitles((await fetchFeed('all'))!.xml)).toContain('Festyn gminny 2026 – nowa godzina')
  })

  it('moves a post from its old category feed to the new one, leaving other feeds alone', async () => {
    const before = Object.fromEntries(
      await Promise.all(
        ['category:sport', 'category:edukacja', 'category:kultura', 'unit:urzad-gminy-testowo'].map(
          async (k) => [k, (await fetchFeed(k))!.etag],
        ),
      ),
    )
    expect(itemTitles((await fetchFeed('category:sport'))!.xml)).toEqual([
      'Obwieszczenie o naborze',
    ])
    await payload.update({
      collection: 'posts',
      data: { category: 'education' },
      id: obwieszczenie.id,
      overrideAccess: true,
    })
    await drain(payload)
    expect(itemTitles((await fetchFeed('category:sport'))!.xml)).toEqual([])
    expect(itemTitles((await fetchFeed('category:edukacja'))!.xml)).toEqual([
      'Obwieszczenie o naborze',
    ])
    expect((await fetchFeed('category:kultura'))!.etag).toBe(before['category:kultura'])
    expect((await fetchFeed('unit:urzad-gminy-testowo'))!.etag).toBe(
      before['unit:urzad-gminy-testowo'],
    )
    expect(
      parseFeed((await fetchFeed('all'))!.xml)
        .items.find((i) => i.title === 'Obwieszczenie o naborze')!
        .categories.map((c) => c.label ?? c.term),
    ).toEqual(['Edukacja i oświata'])
  })

  it('shows public information only once its BIP entry is published, and drops withdrawn posts', async () => {
    expect(itemTitles((await fetchFeed('all'))!.xml)).not.toContain('Projekt uchwały: konsultacje')
    await payload.update({
      collection: 'bip-references',
      data: { state: 'published' },
      id: g.bipDraft.id,
      overrideAccess: true,
    })
    await drain(payload)
    expect(itemTitles((await fetchFeed('all'))!.xml)).toContain('Projekt uchwały: konsultacje')

    await act(payload, g.approver, festyn.id, 'withdraw', 'Wydarzenie odwołane.')
    await drain(payload)
    const titles = itemTitles((await fetchFeed('all'))!.xml)
    expect(titles.some((t) => t?.startsWith('Festyn'))).toBe(false)
    expect(titles).not.toContain('Szkic, którego nikt nie widzi')
    expect(titles).not.toContain('Tylko na fanpage')
  })

  it('takes withdrawn posts out of their feeds in the withdrawal’s own write, before any job runs', async () => {
    const stored = async (key: string) =>
      itemTitles(
        Buffer.from((await currentFeed(payload, key, { revalidate: true }))!.body).toString(),
      )
    const entry = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR.0003.9.2026',
        producingUnit: g.office.id,
        state: 'published',
        title: 'Ogłoszenie o przetargu',
        url: 'https://bip.testowo.example/c',
      },
      overrideAccess: true,
    })
    const cited = await publish(g.office, {
      bipReference: entry.id,
      category: 'municipal_services',
      informationType: 'public_information',
      title: 'Przetarg na remont świetlicy',
    })
    const plain = await publish(g.school, { category: 'sport', title: 'Turniej halowy' })
    expect(await stored('all')).toEqual(
      expect.arrayContaining(['Przetarg na remont świetlicy', 'Turniej halowy']),
    )

    // No job runs between the change and the reads below.
    await payload.update({
      collection: 'bip-references',
      data: { state: 'withdrawn' },
      id: entry.id,
      overrideAccess: true,
    })
    expect(await stored('all')).not.toContain(cited.title)
    expect(await stored('unit:urzad-gminy-testowo')).not.toContain(cited.title)
    await act(payload, g.approver, plain.id, 'withdraw', 'Turniej przełożony.')
    expect(await stored('all')).not.toContain(plain.title)
    expect(await stored('category:sport')).not.toContain(plain.title)
  })

  it('rebuilds a stored feed that was built for another address of the site before serving it', async () => {
    const built = (await currentFeed(payload, 'all', { revalidate: true }))!
    const xml = Buffer.from(built.body).toString()
    // As a seed run before SERVER_URL was set leaves it: the same feed under the default address.
    const elsewhere = xml.replaceAll(SITE, 'http://localhost:3000')
    await payload.db.updateMany({
      collection: 'rss-feeds',
      data: { etag: '"built-elsewhere"', xml: elsewhere },
      returning: false,
      where: { key: { equals: 'all' } },
    })
    const served = Buffer.from((await currentFeed(payload, 'all', { revalidate: true }))!.body)
    expect(served.toString()).toBe(xml)
    expect(parseFeed(served.toString()).self).toBe(`${SITE}/feeds/all.xml`)
    const row = await payload.db.findOne({
      collection: 'rss-feeds',
      where: { key: { equals: 'all' } },
    })
    expect(row).toMatchObject({ etag: built.etag, xml })
  })
})

describe('feed routes', () => {
  type Route = typeof import('../../src/app/(public)/feeds/units/[file]/route')
  // Imported once Payload runs: the routes load the config, which reads MEDIA_DIR when imported.
  let allRoute: typeof import('../../src/app/(public)/feeds/all.xml/route')
  let unitRoute: Route
  let categoryRoute: Route
  beforeAll(async () => {
    allRoute = await import('../../src/app/(public)/feeds/all.xml/route')
    unitRoute = await import('../../src/app/(public)/feeds/units/[file]/route')
    categoryRoute = await import('../../src/app/(public)/feeds/categories/[file]/route')
  })

  const call = async (
    route: { GET: (...args: never[]) => Promise<Response> | Response },
    url: string,
    headers: Record<string, string> = {},
    file?: string,
  ) =>
    (
      route.GET as (
        request: Request,
        context: { params: Promise<{ file: string }> },
      ) => Promise<Response>
    )(new Request(`${SITE}${url}`, { headers }), {
      params: Promise.resolve({ file: file ?? '' }),
    })

  it('serve all, unit and category feeds, each with its own validators', async () => {
    const all = await call(allRoute, '/feeds/all.xml')
    expect(all.status).toBe(200)
    expect(parseFeed(await all.text()).title).toBe('Urząd Gminy Testowo – wszystkie aktualności')
    const unit = await call(
      unitRoute,
      '/feeds/units/szkola-podstawowa-w-testowie.xml',
      {},
      'szkola-podstawowa-w-testowie.xml',
    )
    expect(unit.status).toBe(200)
    expect(parseFeed(await unit.text()).title).toBe('Szkoła Podstawowa w Testowie – aktualności')
    const category = await call(categoryRoute, '/feeds/categories/edukacja.xml', {}, 'edukacja.xml')
    expect(parseFeed(await category.text()).items.map((i) => i.title)).toEqual([
      'Obwieszczenie o naborze',
    ])
    expect(new Set([all, unit, category].map((r) => r.headers.get('etag'))).size).toBe(3)
    expect(allRoute.HEAD).toBe(allRoute.GET)
  })

  it('answer 404 in Polish for unknown units, categories and file names', async () => {
    for (const [route, file] of [
      [unitRoute, 'nie-ma-takiej-jednostki.xml'],
      [categoryRoute, 'polityka.xml'],
      [categoryRoute, 'edukacja.json'],
      [unitRoute, '..%2Fall.xml'],
    ] as [Route, string][]) {
      const response = await call(route, `/feeds/x/${file}`, {}, file)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await response.text()).toBe(
        'Nie ma takiego kanału RSS. Listę kanałów znajdziesz na stronie /kanaly-rss.',
      )
    }
  })
})
