import { describe, expect, it } from 'vitest'

import { gzipEtagOf } from '../../plugins/fanout/rss/conditional'
import { FEEDS } from '../../plugins/fanout/exports/slugs'
import { currentFeed, feedResponse } from '../../plugins/fanout/rss/serve'
import { payload, SITE, useRssStage } from '../helpers/rss'

useRssStage()

describe('serving feeds over HTTP semantics', () => {
  const request = (headers: Record<string, string> = {}, method = 'GET') =>
    new Request(`${SITE}/feeds/all.xml`, { headers, method })

  it('answers 200 with validators, then 304 to a client that has the current version', async () => {
    const feed = (await currentFeed(payload, 'all'))!
    const full = feedResponse(request(), feed)
    expect(full.status).toBe(200)
    expect(full.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(full.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
    const etag = full.headers.get('etag')!
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    const lastModified = full.headers.get('last-modified')!
    expect(Buffer.from(await full.arrayBuffer()).toString('utf8')).toContain('<rss')

    const revalidated = feedResponse(request({ 'if-none-match': etag }), feed)
    expect(revalidated.status).toBe(304)
    expect(revalidated.body).toBeNull()
    expect(feedResponse(request({ 'if-modified-since': lastModified }), feed).status).toBe(304)
    // If-None-Match wins: an old tag means a full answer even with a fresh date.
    expect(
      feedResponse(request({ 'if-modified-since': lastModified, 'if-none-match': '"stary"' }), feed)
        .status,
    ).toBe(200)
  })

  it('tags the gzip representation (compressed by Next.js or the feed edge) apart, and sends nothing for HEAD', async () => {
    const feed = (await currentFeed(payload, 'all'))!
    const gz = feedResponse(request({ 'accept-encoding': 'gzip, br' }), feed)
    expect(gz.headers.get('vary')).toBe('Accept-Encoding')
    expect(gz.headers.get('etag')).toBe(gzipEtagOf(feed.etag))
    // Next.js drops a handler's Content-Encoding: the route sends the XML and Next.js compresses it.
    expect(gz.headers.get('content-encoding')).toBeNull()
    expect(Buffer.from(await gz.arrayBuffer()).equals(Buffer.from(feed.body))).toBe(true)
    expect(
      feedResponse(
        request({ 'accept-encoding': 'gzip', 'if-none-match': gz.headers.get('etag')! }),
        feed,
      ).status,
    ).toBe(304)
    // Either tag proves the client holds this version, whichever encoding it asks for now.
    expect(feedResponse(request({ 'if-none-match': gz.headers.get('etag')! }), feed).status).toBe(
      304,
    )
    expect(
      feedResponse(request({ 'accept-encoding': 'gzip;q=0, identity' }), feed).headers.get('etag'),
    ).toBe(feed.etag)

    const head = feedResponse(request({}, 'HEAD'), feed)
    expect(head.status).toBe(200)
    expect(head.body).toBeNull()
    expect(Number(head.headers.get('content-length'))).toBe(feed.body.length)
  })

  it('notices within a second or two a feed rebuilt by another process (the worker)', async () => {
    const served = (await currentFeed(payload, 'all'))!
    const stored = (await payload.db.findOne({
      collection: FEEDS,
      where: { key: { equals: 'all' } },
    })) as unknown as { id: number | string; xml: string }
    const xml = stored.xml.replace(
      '</channel>',
      '<item><title>Wpis dodany przez workera</title><guid isPermaLink="false">worker</guid></item></channel>',
    )
    await payload.db.updateOne({
      collection: FEEDS,
      data: { etag: '"przebudowany"', lastModified: new Date().toISOString(), xml },
      id: stored.id,
      returning: false,
    })
    // This process still trusts its copy for up to a second, then sees the new tag.
    const waitedFor = Date.now()
    let current = served
    while (current.etag === served.etag && Date.now() - waitedFor < 2000) {
      await new Promise((r) => setTimeout(r, 100))
      current = (await currentFeed(payload, 'all'))!
    }
    expect(current.etag).toBe('"przebudowany"')
    expect(Buffer.from(current.body).toString('utf8')).toContain('Wpis dodany przez workera')
    // Restore a feed built from the database for the tests that follow.
    await payload.db.updateMany({
      collection: FEEDS,
      data: { etag: 'x' },
      returning: false,
      where: { key: { equals: 'all' } },
    })
    const { refreshFeed } = await import('../../plugins/fanout/rss/feed-store')
    await refreshFeed(payload, 'all')
  })
})
