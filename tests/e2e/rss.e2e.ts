import { parseFeed } from '@rowanmanning/feed-parser'
import { XMLValidator } from 'fast-xml-parser'
import http from 'node:http'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CATEGORIES, CATEGORY_SLUGS } from '../../src/domain/taxonomy'
import { PASSWORD } from './browser'
import { startServer, type E2EServer } from './server'
import { restClient } from './rest'

/**
 * The RSS feeds through the production server (`next start` on the seeded demo, jobs run
 * in-process): the real HTTP answers (validators, 304, gzip as Next.js passes it on, HEAD, 404),
 * and a post published over REST reaching exactly its feeds.
 */

const ADMIN = 'admin@wislotki.example'
const TITLE = 'Ćwiczenia ewakuacyjne w remizie – utrudnienia w ruchu'

let server: E2EServer

type Raw = { body: Buffer; headers: http.IncomingHttpHeaders; status: number }

/** One request exactly as written (fetch would add Accept-Encoding and decode the body). */
const raw = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Raw>((resolve, reject) => {
    const request = http.request(
      `${server.baseURL}${path}`,
      { headers, method, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            body: Buffer.concat(chunks),
            headers: response.headers,
            status: response.statusCode ?? 0,
          }),
        )
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error(`${method} ${path} timed out`)))
    request.on('error', reject)
    request.end()
  })

/** The text of an answer, whatever its encoding; a body labelled gzip must be gzip. */
const textOf = (answer: Raw) =>
  (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString(
    'utf8',
  )

const { api } = restClient(() => server.baseURL)

beforeAll(async () => {
  server = await startServer({ env: (baseURL) => ({ SERVER_URL: baseURL }), name: 'rss' })
})

afterAll(async () => {
  await server?.stop()
})

describe('RSS feeds from the production server', () => {
  let plain: Raw

  it('serves the demo posts as RSS 2.0 with strong validators and short public caching', async () => {
    plain = await raw('/feeds/all.xml')
    expect(plain.status).toBe(200)
    expect(plain.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(new Date(plain.headers['last-modified']!).toUTCString()).toBe(
      plain.headers['last-modified'],
    )
    expect(plain.headers['cache-control']).toMatch(/^public, max-age=\d+$/)
    expect(plain.headers.vary).toMatch(/Accept-Encoding/)
    const xml = plain.body.toString('utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = parseFeed(xml)
    expect(feed.language).toBe('pl')
    expect(feed.self).toBe(`${server.baseURL}/feeds/all.xml`)
    expect(feed.items.length).toBeGreaterThan(0)
    // Exactly the published demo posts asking for RSS (what anyone may read over REST), newest first.
    const published = await api(
      '/posts?where[workflowState][equals]=published&where[channels][in]=rss&sort=-publishedAt&depth=0&limit=50',
    )
    expect(published.body.totalDocs).toBeGreaterThan(0)
    expect(feed.items.map((i) => i.title)).toEqual(
      published.body.docs.map((p: { title: string }) => p.title),
    )
    for (const item of feed.items)
      expect(item.url).toMatch(new RegExp(`^${server.baseURL}/aktualnosci/[a-z0-9-]+$`))
  })

  it('sends gzip compressed once, by us (level 9), not again by Next.js, with its own tag', async () => {
    const gz = await raw('/feeds/all.xml', { 'accept-encoding': 'gzip, deflate, br' })
    expect(gz.status).toBe(200)
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true)
    // Next.js would compress at level 6, per request: these are the stored bytes, untouched.
    expect(gz.body.equals(gzipSync(plain.body, { level: 9 }))).toBe(true)
    expect(gz.headers.etag).not.toBe(plain.headers.etag)
    expect(gz.headers.vary).toMatch(/Accept-Encoding/)

    const refused = await raw('/feeds/all.xml', { 'accept-encoding': 'gzip;q=0, identity' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body.equals(plain.body)).toBe(true)
  })

  it('answers 304 to a client holding the current version; If-None-Match wins over If-Modified-Since', async () => {
    const byTag = await raw('/feeds/all.xml', { 'if-none-match': plain.headers.etag! })
    expect(byTag.status).toBe(304)
    expect(byTag.body.length).toBe(0)
    expect(byTag.headers.etag).toBe(plain.headers.etag)
    const gzTag = (await raw('/feeds/all.xml', { 'accept-encoding': 'gzip' })).headers.etag!
    expect(
      (await raw('/feeds/all.xml', { 'accept-encoding': 'gzip', 'if-none-match': gzTag })).status,
    ).toBe(304)
    expect(
      (await raw('/feeds/all.xml', { 'if-modified-since': plain.headers['last-modified']! }))
        .status,
    ).toBe(304)
    const stale = await raw('/feeds/all.xml', {
      'if-modified-since': plain.headers['last-modified']!,
      'if-none-match': '"inna-wersja"',
    })
    expect(stale.status).toBe(200)
    expect(stale.body.equals(plain.body)).toBe(true)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw('/feeds/all.xml', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers.etag).toBe(plain.headers.etag)
    expect(head.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
  })

  it('serves unit and category feeds and a Polish 404 for unknown ones, readable in either encoding', async () => {
    const unit = await raw('/feeds/units/urzad-gminy.xml', { 'accept-encoding': 'gzip' })
    expect(unit.status).toBe(200)
    expect(parseFeed(textOf(unit)).title).toBe('Urząd Gminy Wisłotki – aktualności')
    // The category of the newest post: its feed holds it, under the category's Polish name.
    const newest = parseFeed(plain.body.toString('utf8')).items[0]
    const category = CATEGORIES.find((c) => c.label.pl === newest.categories[0].label)!
    const categoryFeed = parseFeed(
      textOf(await raw(`/feeds/categories/${CATEGORY_SLUGS[category.value]}.xml`)),
    )
    expect(categoryFeed.title).toBe(`Urząd Gminy Wisłotki – ${category.label.pl}`)
    expect(categoryFeed.items.map((i) => i.title)).toContain(newest.title)
    for (const path of [
      '/feeds/units/nie-ma-takiej.xml',
      '/feeds/categories/polityka.xml',
      '/feeds/units/urzad-gminy.json',
    ]) {
      for (const headers of [{}, { 'accept-encoding': 'gzip' }] as Record<string, string>[]) {
        const missing = await raw(path, headers)
        expect(missing.status, path).toBe(404)
        expect(textOf(missing)).toContain('Nie ma takiego kanału RSS')
      }
    }
  })

  it('a post published over REST reaches its feeds within seconds; other feeds keep their tags', async () => {
    const login = await api('/users/login', {
      body: { email: ADMIN, password: PASSWORD },
      method: 'POST',
    })
    expect(login.status).toBe(200)
    const token = login.body.token as string
    const osp = (await api('/units?where[slug][equals]=osp-wislotki&depth=0', { token })).body
      .docs[0]
    const library = await raw('/feeds/units/biblioteka.xml')
    const council = await raw('/feeds/categories/sesje-rady.xml')

    const created = await api('/posts', {
      body: {
        category: 'safety',
        channels: ['rss'],
        informationType: 'local_news',
        lead: 'W sobotę od 9:00 do 12:00 ulica Strażacka będzie zamknięta.',
        title: TITLE,
        unit: osp.id,
      },
      method: 'POST',
      token,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    // The OSP is trusted with no approval levels: submitting publishes.
    const submitted = await api(`/posts/${created.body.doc.id}`, {
      body: { workflowAction: 'submit' },
      method: 'PATCH',
      token,
    })
    expect(submitted.body.doc?.workflowState, JSON.stringify(submitted.body)).toBe('published')

    const deadline = Date.now() + 30_000
    let titles: (null | string)[] = []
    while (Date.now() < deadline) {
      titles = parseFeed(textOf(await raw('/feeds/all.xml'))).items.map((i) => i.title)
      if (titles.includes(TITLE)) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(titles[0]).toBe(TITLE)
    expect(parseFeed(textOf(await raw('/feeds/units/osp-wislotki.xml'))).items[0].title).toBe(TITLE)
    expect(
      parseFeed(textOf(await raw('/feeds/categories/bezpieczenstwo.xml'))).items[0].title,
    ).toBe(TITLE)
    expect((await raw('/feeds/units/biblioteka.xml')).headers.etag).toBe(library.headers.etag)
    expect((await raw('/feeds/categories/sesje-rady.xml')).headers.etag).toBe(council.headers.etag)
    expect((await raw('/feeds/all.xml', { 'if-none-match': plain.headers.etag! })).status).toBe(200)

    const deliveries = (
      await api(`/deliveries?where[post][equals]=${created.body.doc.id}&depth=0`, { token })
    ).body.docs as Record<string, any>[]
    expect(deliveries.map((d) => [d.channel, d.state])).toEqual([['rss', 'sent']])
  })
  it('a BIP entry withdrawn: the first feed request after its jobs ran no longer carries the post', async () => {
    const token = (
      await api('/users/login', { body: { email: ADMIN, password: PASSWORD }, method: 'POST' })
    ).body.token as string
    const post = (
      await api('/posts?where[slug][equals]=zawiadomienie-o-xxi-sesji-rady-gminy&depth=0', {
        token,
      })
    ).body.docs[0]
    const session = 'Zawiadomienie o XXI sesji Rady Gminy Wisłotki'
    const primed = await raw('/feeds/all.xml')
    const primedAt = Date.now()
    expect(parseFeed(textOf(primed)).items.map((i) => i.title)).toContain(session)
    const stored = async () =>
      (await api('/rss-feeds?where[key][equals]=all&depth=0', { token })).body.docs[0]
        ?.etag as string
    const before = await stored()
    expect(before).toBe(primed.headers.etag)

    const withdrawn = await api(`/bip-references/${post.bipReference}`, {
      body: { state: 'withdrawn' },
      method: 'PATCH',
      token,
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    // The withdrawal's jobs rebuild the stored feed; the server was not asked in between.
    const deadline = Date.now() + 30_000
    while ((await stored()) === before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250))
    expect(await stored()).not.toBe(before)
    // A copy younger than the revalidation window (a second) may still be served without asking;
    // when the jobs beat that second, the first request comes just after it.
    await new Promise((r) => setTimeout(r, Math.max(0, primedAt + 1100 - Date.now())))

    const first = await raw('/feeds/all.xml', { 'if-none-match': primed.headers.etag! })
    expect(first.status).toBe(200)
    expect(parseFeed(textOf(first)).items.map((i) => i.title)).not.toContain(session)
  })
})
