import { describe, expect, it } from 'vitest'

import {
  api,
  alternates,
  attr,
  bipEntry,
  get,
  HIDDEN,
  listedSlugs,
  mainOf,
  NEWEST_FIRST,
  ok,
  OSP_POSTS,
  publicInformation,
  publishPost,
  server,
  tokens,
  unitIds,
  usePublicSite,
} from './public-site/site'

/**
 * The residents' news list and post pages, and that nothing unpublished is reachable, on the
 * production server over real HTTP.
 */

usePublicSite()

describe('the news list', () => {
  it('lists published posts newest first, ten a page, with previous/next links and "strona X z Y"', async () => {
    const first = await get('/aktualnosci')
    expect(first.status).toBe(200)
    expect(listedSlugs(first.html)).toEqual(NEWEST_FIRST.slice(0, 10))
    expect(mainOf(first.html)).toContain(`Znaleziono: ${NEWEST_FIRST.length}. Strona 1 z 2.`)
    expect(first.html).toMatch(
      /<nav aria-label="Strony wyników"[^>]*>.*<a href="\/aktualnosci\?strona=2" rel="next">Starsze →<\/a>/,
    )
    expect(first.html).not.toContain('rel="prev"')

    const second = await get('/aktualnosci?strona=2')
    expect(second.status).toBe(200)
    expect(listedSlugs(second.html)).toEqual(NEWEST_FIRST.slice(10))
    expect(second.html).toContain('<a href="/aktualnosci" rel="prev">← Nowsze</a>')
    expect(second.html).not.toContain('rel="next"')
    expect(mainOf(second.html)).toContain('Strona 2 z 2')
  })

  it('the home page shows the ten newest and links to the rest', async () => {
    const home = await get('/')
    expect(home.status).toBe(200)
    expect(listedSlugs(home.html)).toEqual(NEWEST_FIRST.slice(0, 10))
    expect(mainOf(home.html)).toContain(
      `<a href="/aktualnosci">Wszystkie aktualności (${NEWEST_FIRST.length})</a>`,
    )
    expect(mainOf(home.html)).toMatch(/^<main[^>]*><h1>Urząd Gminy Wisłotki: aktualności<\/h1>/)
  })

  it('filters by unit and by category, keeping the filters across pages', async () => {
    const osp = await get('/aktualnosci?jednostka=osp-wislotki')
    expect(listedSlugs(osp.html)).toEqual(NEWEST_FIRST.slice(0, 10))
    expect(mainOf(osp.html)).toContain(`Znaleziono: ${OSP_POSTS}. Strona 1 z 2.`)
    expect(osp.html).toContain(
      '<a href="/aktualnosci?jednostka=osp-wislotki&amp;strona=2" rel="next">',
    )
    expect(osp.html).toMatch(/<option value="osp-wislotki" selected="">OSP Wisłotki<\/option>/)
    expect(listedSlugs((await get('/aktualnosci?jednostka=osp-wislotki&strona=2')).html)).toEqual([
      'komunikat-osp-1',
    ])

    expect(listedSlugs((await get('/aktualnosci?kategoria=sesje-rady')).html)).toEqual([
      'zawiadomienie-o-xxi-sesji-rady-gminy',
    ])
    expect(
      listedSlugs((await get('/aktualnosci?jednostka=szkola-podstawowa&kategoria=edukacja')).html),
    ).toEqual(['festyn-rodzinny-w-szkole-podstawowej'])
    const none = await get('/aktualnosci?jednostka=osp-wislotki&kategoria=edukacja')
    expect(none.status).toBe(200)
    expect(listedSlugs(none.html)).toEqual([])
    expect(mainOf(none.html)).toContain('Brak aktualności dla wybranych filtrów.')
  })

  it('links the feeds of what is shown: all posts, and the unit and category chosen', async () => {
    expect(alternates((await get('/aktualnosci')).html)).toEqual(['/feeds/all.xml'])
    expect(
      alternates(
        (await get('/aktualnosci?jednostka=osp-wislotki&kategoria=bezpieczenstwo')).html,
      ).sort(),
    ).toEqual(
      [
        '/feeds/all.xml',
        '/feeds/categories/bezpieczenstwo.xml',
        '/feeds/units/osp-wislotki.xml',
      ].sort(),
    )
    for (const route of [
      '/',
      '/kanaly-rss',
      '/zasady-dyskusji',
      '/zasady-dyskusji/fanpage-urzedu-gminy',
    ])
      expect(alternates((await get(route)).html), route).toContain('/feeds/all.xml')
  })

  it('explains unknown filters in Polish and answers 404 for pages that do not exist, never 500', async () => {
    const unit = await get('/aktualnosci?jednostka=nie-ma-takiej')
    expect(unit.status).toBe(200)
    expect(mainOf(unit.html)).toContain(
      '<div class="errors" role="alert"><p>Nie znaleziono jednostki „nie-ma-takiej”. Wybierz jednostkę z listy.</p></div>',
    )
    const category = await get('/aktualnosci?kategoria=ogloszenia-x')
    expect(mainOf(category.html)).toContain(
      'Nie ma kategorii „ogloszenia-x”. Wybierz kategorię z listy.',
    )
    // Whatever comes in the query is shown as text, never as markup.
    const hostile = await get(
      `/aktualnosci?jednostka=${encodeURIComponent('<script>alert(1)</script>')}`,
    )
    expect(hostile.status).toBe(200)
    expect(hostile.html).not.toContain('<script>alert(1)</script>')
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')

    for (const page of ['0', '-1', 'abc', '1.5', '2e1', '3', '9999999', '99']) {
      const res = await get(`/aktualnosci?strona=${page}`)
      expect(res.status, `strona=${page}`).toBe(404)
      expect(mainOf(res.html), `strona=${page}`).toContain('<h1>Nie znaleziono strony</h1>')
    }
    expect((await get('/aktualnosci?jednostka=osp-wislotki&strona=3')).status).toBe(404)
  })
})

describe('a post page', () => {
  it('shows the title, unit, category, Polish date, lead, body and images with their alt text', async () => {
    const { html, status } = await get('/aktualnosci/festyn-rodzinny-w-szkole-podstawowej')
    expect(status).toBe(200)
    const main = mainOf(html)
    expect(main).toMatch(/^<main[^>]*><article><h1>Festyn rodzinny w Szkole Podstawowej<\/h1>/)
    expect(main).toContain(
      '<a href="/aktualnosci?jednostka=szkola-podstawowa">Szkoła Podstawowa im. Marii Konopnickiej w Wisłotkach</a>',
    )
    expect(main).toContain('<a href="/aktualnosci?kategoria=edukacja">Edukacja i oświata</a>')
    const published = (
      await ok('/posts?where[slug][equals]=festyn-rodzinny-w-szkole-podstawowej&depth=0', {})
    ).docs[0].publishedAt
    const expectedDate = new Intl.DateTimeFormat('pl-PL', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Warsaw',
    }).format(new Date(published))
    expect(main).toMatch(new RegExp(`<time datetime="${published}">${expectedDate}</time>`, 'i'))
    expect(expectedDate).toMatch(
      /^\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia) \d{4}/,
    )
    expect(main).toContain(
      '<p class="lead">Relacja z sobotniego festynu rodzinnego w naszej szkole.</p>',
    )
    expect(main).toContain(
      'W sobotę na boisku szkolnym odbył się festyn rodzinny. Dziękujemy rodzicom za pomoc!',
    )
    // Local news has no BIP entry; the rules of discussion are linked all the same.
    expect(main).not.toContain('Oficjalna publikacja w BIP')
    expect(main).toContain('<a href="/zasady-dyskusji">zasady dyskusji</a>')

    const img = /<img alt="Uczniowie podczas festynu na boisku szkoły"[^>]*src="([^"]+)"/.exec(main)
    expect(img, 'the image with its alt text').not.toBeNull()
    const file = await fetch(new URL(img![1].replaceAll('&amp;', '&'), server.baseURL))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\//)
  })

  it('links public information to its official BIP publication', async () => {
    const { html } = await get('/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy')
    const main = mainOf(html)
    expect(main).toContain(
      '<a href="https://bip.wislotki.example/rada-gminy/sesje/xxi-sesja">Oficjalna publikacja w BIP</a>',
    )
    expect(main).toContain('(znak sprawy: OR-03.0003.417.2025)')
    expect(main).toContain('<a href="/zasady-dyskusji">zasady dyskusji</a>')
  })

  it('has a title, description, canonical address, Open Graph and the feeds of its unit and category', async () => {
    const { html } = await get('/aktualnosci/festyn-rodzinny-w-szkole-podstawowej')
    expect(html).toContain(
      '<title>Festyn rodzinny w Szkole Podstawowej · Urząd Gminy Wisłotki</title>',
    )
    expect(attr(html, /<meta name="description" content="([^"]*)"/)).toBe(
      'Relacja z sobotniego festynu rodzinnego w naszej szkole.',
    )
    expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toBe(
      `${server.baseURL}/aktualnosci/festyn-rodzinny-w-szkole-podstawowej`,
    )
    expect(attr(html, /<meta property="og:title" content="([^"]*)"/)).toBe(
      'Festyn rodzinny w Szkole Podstawowej',
    )
    expect(attr(html, /<meta property="og:type" content="([^"]*)"/)).toBe('article')
    expect(attr(html, /<meta property="og:locale" content="([^"]*)"/)).toBe('pl_PL')
    expect(attr(html, /<meta property="og:image:alt" content="([^"]*)"/)).toBe(
      'Uczniowie podczas festynu na boisku szkoły',
    )
    expect(alternates(html).sort()).toEqual(
      [
        '/feeds/all.xml',
        '/feeds/categories/edukacja.xml',
        '/feeds/units/szkola-podstawowa.xml',
      ].sort(),
    )
  })

  it('answers 404 in Polish, within the site, for an unknown slug and an address no route has', async () => {
    for (const route of [
      '/aktualnosci/nie-ma-takiego-wpisu',
      '/zasady-dyskusji/nie-ma-takich',
      '/nie-ma-takiej-strony',
    ]) {
      const { html, status } = await get(route)
      expect(status, route).toBe(404)
      // Rendered on the server: readers without JavaScript get the page, not an empty shell.
      expect(html, route).toMatch(/^<!DOCTYPE html><html lang="pl">/)
      expect(mainOf(html), route).toContain('<h1>Nie znaleziono strony</h1>')
      expect(html, route).toContain('<nav aria-label="Główna">')
      expect(html, route).toContain('<meta name="robots" content="noindex"/>')
    }
  })
})

describe('nothing unpublished is reachable', () => {
  it('the cases are in the states they are named after', async () => {
    const states: Record<string, string> = {}
    for (const slug of Object.keys(HIDDEN))
      states[slug] = (
        await ok(`/posts?where[slug][equals]=${slug}&depth=0`, { token: tokens.admin })
      ).docs[0]?.workflowState
    expect(states).toEqual({
      'bip-szkic': 'published',
      'bip-zaplanowany': 'published',
      'cwiczenia-osp-przy-remizie': 'draft',
      'dzien-otwarty-w-szkole': 'changes_requested',
      'konsultacje-budzetu-obywatelskiego-2026': 'in_review',
      'nowosci-w-bibliotece': 'approved',
      'zmiana-godzin-pracy-urzedu': 'withdrawn',
    })
  })

  it('every hidden post is 404 by its address, absent from lists and from the anonymous REST API', async () => {
    const listed = [
      ...listedSlugs((await get('/aktualnosci')).html),
      ...listedSlugs((await get('/aktualnosci?strona=2')).html),
      ...listedSlugs((await get('/')).html),
    ]
    for (const [slug, why] of Object.entries(HIDDEN)) {
      const page = await get(`/aktualnosci/${slug}`)
      expect(page.status, `${slug} (${why})`).toBe(404)
      expect(mainOf(page.html), slug).toContain('<h1>Nie znaleziono strony</h1>')
      expect(page.html, slug).not.toContain(`Komunikat ${slug}`)
      expect(listed, slug).not.toContain(slug)
      expect(
        (await api(`/posts?where[slug][equals]=${slug}`)).body.totalDocs,
        `REST: ${slug} (${why})`,
      ).toBe(0)
    }
  })

  it('a post withdrawn, or whose BIP entry is withdrawn, disappears at once', async () => {
    const post = await publishPost(
      {
        category: 'official',
        lead: 'Do wycofania.',
        slug: 'do-wycofania',
        title: 'Wpis do wycofania',
        unit: unitIds['urzad-gminy'],
      },
      'admin',
      'approver',
    )
    expect((await get('/aktualnosci/do-wycofania')).status).toBe(200)
    expect(listedSlugs((await get('/aktualnosci')).html)[0]).toBe('do-wycofania')
    await ok(`/posts/${post.id}`, {
      body: { workflowAction: 'withdraw', workflowComment: 'Nieaktualne.' },
      method: 'PATCH',
      token: tokens.approver,
    })
    expect((await get('/aktualnosci/do-wycofania')).status).toBe(404)
    expect(listedSlugs((await get('/aktualnosci')).html)).not.toContain('do-wycofania')

    const bip = await bipEntry('wycofany', { state: 'published' })
    await publicInformation('bip-wycofany', bip.id)
    expect((await get('/aktualnosci/bip-wycofany')).status).toBe(200)
    await ok(`/bip-references/${bip.id}`, {
      body: { state: 'withdrawn' },
      method: 'PATCH',
      token: tokens.admin,
    })
    expect((await get('/aktualnosci/bip-wycofany')).status).toBe(404)
    expect(listedSlugs((await get('/')).html)).not.toContain('bip-wycofany')
    expect((await api('/posts?where[slug][equals]=bip-wycofany')).body.totalDocs).toBe(0)
  })
})
