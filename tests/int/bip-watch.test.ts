import { describe, expect, it } from 'vitest'

import { POLL_TASK, WATCH_QUEUE } from '../../plugins/bip-watch/exports/server'
import { startApiServer } from '../helpers/api-server'
import { bip, entryAt, pollOnce, sourceNow, useBipWatchStage } from '../helpers/bip-watch'
import { deliveriesOf, drain } from '../helpers/fanout'
import { g, payload, postsWith, publish } from '../helpers/fanout-stage'

useBipWatchStage()

describe('BIP watcher: a post waiting for BIP', () => {
  it('goes out within one poll after the BIP starts listing its entry, nobody touching the admin', async () => {
    const url = `${bip.url}/wpis/sesja-12`
    const entry = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR-03.0003.12.2026',
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Obwieszczenie o XII sesji Rady Gminy',
        url,
      },
      overrideAccess: false,
      user: g.officeEditor,
    })
    const post = await publish({
      bipReference: entry.id,
      informationType: 'public_information',
      title: 'Zapraszamy na XII sesję',
    })
    await pollOnce()
    await drain(payload)
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual([
      'waiting_for_bip',
      'waiting_for_bip',
    ])
    expect((await entryAt(url))?.state).toBe('draft')

    bip.publish({
      caseReference: 'OR-03.0003.12.2026',
      producedAt: new Date(Date.now() - 86_400_000),
      slug: 'sesja-12',
      title: 'Obwieszczenie o XII sesji Rady Gminy',
    })
    await pollOnce()
    await drain(payload)

    const seen = (await entryAt(url))!
    expect(seen.state).toBe('published')
    expect(seen.bipWatch?.seenVia).toMatch(
      /^Widziany w kanale BIP http:\/\/127\.0\.0\.1:\d+\/rss\.xml /,
    )
    expect(seen.bipWatch?.verifiedAt).toBeTruthy()
    expect(seen.bipWatch?.note).toMatch(/potwierdza wpis \(tytuł\)/)
    expect(seen.bipWatch?.metryczka).toMatchObject({
      enteredBy: 'Anna Nowak',
      producedBy: 'Urząd Gminy Testowo',
      responsible: 'Jan Kowalski, Sekretarz Gminy',
      sharedBy: 'Urząd Gminy Testowo',
    })
    expect(seen.producedAt).toBeTruthy()
    expect(seen.responsiblePerson).toBe('Jan Kowalski, Sekretarz Gminy')
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual(['sent', 'sent'])
    expect(postsWith('Zapraszamy na XII sesję')[0].link).toBe(url)
  })

  it('imports an entry nobody entered, with its unit, dates and case reference from the page', async () => {
    const url = bip.publish({
      markup: 'dl',
      producedBy: 'Szkoła Podstawowa w Testowie',
      slug: 'rekrutacja',
      title: 'Zarządzenie w sprawie rekrutacji SP.4430.2.2026',
    })
    await pollOnce()
    const imported = (await entryAt(url))!
    expect(imported).toMatchObject({
      caseReference: 'SP.4430.2.2026',
      producingUnit: g.school.id,
      state: 'published',
      title: 'Zarządzenie w sprawie rekrutacji SP.4430.2.2026',
    })
    expect(imported.bipWatch?.metryczka?.publishedAt).toBeTruthy()
    expect(imported.bipWatch?.source).toBe((await sourceNow()).id)
    // Seen twice (feed and sitemap), imported once.
    await pollOnce()
    const all = await payload.find({
      collection: 'bip-references',
      overrideAccess: true,
      where: { url: { equals: url } },
    })
    expect(all.totalDocs).toBe(1)
  })

  it('asks with the validators of the last read and handles 304 without reading anything again', async () => {
    await pollOnce()
    const from = bip.requests.length
    await pollOnce()
    const listings = bip.requests.slice(from).filter((r) => r.path.endsWith('.xml'))
    expect(listings.map((r) => [r.path, r.status])).toEqual([
      ['/rss.xml', 304],
      ['/sitemap.xml', 304],
    ])
    for (const r of listings) {
      expect(r.ifNoneMatch).toMatch(/^"[0-9a-f]{32}"$/)
      expect(r.ifModifiedSince).toMatch(/GMT$/)
    }
    // Nothing changed, so no entry page was read either.
    expect(bip.requests.slice(from).filter((r) => r.path.startsWith('/wpis/'))).toEqual([])
    const health = (await sourceNow()).health
    expect(health?.lastSuccessAt).toBeTruthy()
    expect(health?.lastError ?? null).toBeNull()
  })

  it('is scheduled on the Jobs Queue, the only scheduler', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === POLL_TASK)
    expect(task?.schedule?.map((s) => s.queue)).toEqual([WATCH_QUEUE])
  })

  it('suggests matching entries to an editor writing a post, and keeps the sources to admins', async () => {
    const api = await startApiServer(payload.config)
    try {
      const editor = await api.login(g.editor.email, 'Haslo-testowe-1')
      const query = new URLSearchParams({
        text: 'Zasady naboru opisuje zarządzenie SP.4430.2.2026.',
        title: 'Rekrutacja do szkoły',
        unit: String(g.school.id),
      })
      const found = await api.send('GET', `/api/posts/bip-suggestions?${query}`, editor)
      expect(found.status).toBe(200)
      expect(found.body.suggestions[0]).toMatchObject({
        caseReference: 'SP.4430.2.2026',
        reasons: ['ten sam znak sprawy', 'podobny tytuł', 'ta sama jednostka', 'bliska data'],
        state: 'opublikowany w BIP',
        title: 'Zarządzenie w sprawie rekrutacji SP.4430.2.2026',
      })
      const anonymous = await api.send('GET', `/api/posts/bip-suggestions?${query}`, null)
      expect(anonymous.status).toBe(401)
      const wrong = await api.send('GET', '/api/posts/bip-suggestions?title=A&unit=szkoła', editor)
      expect(wrong.status).toBe(400)
      expect(wrong.body.errors[0].message).toMatch(/^Podaj tytuł wpisu/)
      expect((await api.send('GET', '/api/bip-sources', editor)).status).toBe(403)
      const admin = await api.login(g.admin.email, 'Haslo-testowe-1')
      expect((await api.send('GET', '/api/bip-sources', admin)).body.totalDocs).toBe(1)
    } finally {
      await api.close()
    }
  })
})
