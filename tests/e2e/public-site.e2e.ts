import { HtmlValidate } from 'html-validate'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CATEGORY_SLUGS } from '../../src/domain/taxonomy'
import { launchBrowser, openContext, PASSWORD, SAVE, warnOfPageErrors } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'
import { restClient } from './rest'

/**
 * The residents' site on the production server, over real HTTP: the news list with its filters and
 * pages, post pages (BIP link, rules link, images with alt text), every kind of post residents must
 * not see answered 404 (by page and by the REST API), the discussion-rules pages with their earlier
 * versions, valid HTML with the landmarks, and a browser: the filter form without JavaScript,
 * keyboard skip link, axe-core with no violations, a screenshot of a post page.
 */

const USERS = {
  admin: 'admin@wislotki.example',
  approver: 'sekretarz@wislotki.example',
  osp: 'osp@wislotki.example',
} as const
const OSP_POSTS = 11
const DAY = 86_400_000

let server: E2EServer
let browser: Browser | undefined
const pageErrors: string[] = []
const tokens = {} as Record<keyof typeof USERS, string>
const unitIds: Record<string, number | string> = {}

const get = async (route: string) => {
  const res = await fetch(`${server.baseURL}${route}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(SAVE),
  })
  return { headers: res.headers, html: await res.text(), status: res.status }
}
const { api } = restClient(() => server.baseURL)
/** A request that must succeed; its document (or the answer). */
const ok = async (route: string, options: Parameters<typeof api>[1]) => {
  const res = await api(route, options)
  expect(
    res.status,
    `${options?.method ?? 'GET'} ${route}: ${JSON.stringify(res.body)}`,
  ).toBeLessThan(300)
  return (res.body.doc ?? res.body) as Record<string, any>
}

/** The main landmark, without the markers React puts between adjacent text nodes (invisible to readers). */
const mainOf = (html: string) =>
  html.slice(html.indexOf('<main'), html.indexOf('</main>')).replaceAll('<!-- -->', '')
/** Slugs of the posts a list page links to, in order. */
const listedSlugs = (html: string) => {
  const main = mainOf(html)
  const list = main.slice(main.indexOf('<ul class="posts">'))
  return main.includes('<ul class="posts">')
    ? [...list.matchAll(/<h2><a href="\/aktualnosci\/([^"?]+)">/g)].map((m) => m[1])
    : []
}
const alternates = (html: string) =>
  [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)]
    .filter((m) => m[0].includes('application/rss+xml'))
    .map((m) => new URL(/href="([^"]+)"/.exec(m[0])![1], server.baseURL).pathname)
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]

/** A post written and published through the REST API, the way the admin does it. */
const publishPost = async (
  data: Record<string, unknown>,
  submitter: keyof typeof USERS,
  approver?: keyof typeof USERS,
) => {
  const created = await ok('/posts', {
    body: { channels: ['rss'], informationType: 'local_news', ...data },
    method: 'POST',
    token: tokens[submitter],
  })
  let doc = await ok(`/posts/${created.id}`, {
    body: { workflowAction: 'submit' },
    method: 'PATCH',
    token: tokens[submitter],
  })
  if (approver)
    doc = await ok(`/posts/${created.id}`, {
      body: { workflowAction: 'approve' },
      method: 'PATCH',
      token: tokens[approver],
    })
  expect(doc.workflowState, String(data.slug)).toBe('published')
  return doc
}
const bipEntry = (slug: string, data: Record<string, unknown>) =>
  ok('/bip-references', {
    body: {
      producingUnit: unitIds['urzad-gminy'],
      title: `Wpis BIP ${slug}`,
      url: `https://bip.wislotki.example/e2e/${slug}`,
      ...data,
    },
    method: 'POST',
    token: tokens.admin,
  })
const publicInformation = (slug: string, bipReference: number | string) =>
  publishPost(
    {
      bipReference,
      category: 'official',
      informationType: 'public_information',
      lead: `Komunikat ${slug}.`,
      slug,
      title: `Komunikat ${slug}`,
      unit: unitIds['urzad-gminy'],
    },
    'admin',
    'approver',
  )

/** Posts residents must never reach, by what keeps them hidden; the seed brings the first five. */
const HIDDEN: Record<string, string> = {
  'bip-szkic': 'public information published while its BIP entry is a draft',
  'bip-zaplanowany': 'public information whose BIP entry is scheduled for later',
  'cwiczenia-osp-przy-remizie': 'draft',
  'dzien-otwarty-w-szkole': 'changes requested',
  'konsultacje-budzetu-obywatelskiego-2026': 'in review (its BIP entry is a draft)',
  'nowosci-w-bibliotece': 'approved, publication date not yet come',
  'zmiana-godzin-pracy-urzedu': 'withdrawn',
}

beforeAll(async () => {
  server = await startServer({ env: (baseURL) => ({ SERVER_URL: baseURL }), name: 'public-site' })
  for (const [key, email] of Object.entries(USERS)) {
    tokens[key as keyof typeof USERS] = (
      await ok('/users/login', { body: { email, password: PASSWORD }, method: 'POST' })
    ).token
  }
  for (const unit of (await ok('/units?depth=0&limit=100', {})).docs) unitIds[unit.slug] = unit.id
  // Eleven posts of a trusted unit (published on submission), one a second apart in publishedAt order.
  for (let i = 1; i <= OSP_POSTS; i++) {
    await publishPost(
      {
        category: 'safety',
        lead: `Komunikat OSP numer ${i}.`,
        slug: `komunikat-osp-${i}`,
        title: `Komunikat OSP nr ${i}`,
        unit: unitIds['osp-wislotki'],
      },
      'osp',
    )
  }
  const consultationBip = (
    await ok(
      '/bip-references?where[url][equals]=https://bip.wislotki.example/konsultacje/budzet-obywatelski-2026&depth=0',
      { token: tokens.admin },
    )
  ).docs[0]
  await publicInformation('bip-szkic', consultationBip.id)
  await publicInformation(
    'bip-zaplanowany',
    (
      await bipEntry('zaplanowany', {
        publishedAt: new Date(Date.now() + 2 * DAY).toISOString(),
        state: 'published',
      })
    ).id,
  )
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

/** The published posts, newest first: the OSP's eleven, then the seed's council session and school fête. */
const NEWEST_FIRST = [
  ...Array.from({ length: OSP_POSTS }, (_, i) => `komunikat-osp-${OSP_POSTS - i}`),
  'zawiadomienie-o-xxi-sesji-rady-gminy',
  'festyn-rodzinny-w-szkole-podstawowej',
]

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

describe('the RSS page', () => {
  it('lists every feed with its full address, and each of them answers', async () => {
    const { html, status } = await get('/kanaly-rss')
    expect(status).toBe(200)
    const main = mainOf(html)
    const feeds = [
      '/feeds/all.xml',
      ...Object.keys(unitIds).map((slug) => `/feeds/units/${slug}.xml`),
      ...Object.values(CATEGORY_SLUGS).map((slug) => `/feeds/categories/${slug}.xml`),
    ]
    for (const feed of feeds) {
      expect(main, feed).toContain(`<a href="${feed}" type="application/rss+xml">`)
      expect(main, feed).toContain(`<code>${server.baseURL}${feed}</code>`)
      const res = await fetch(`${server.baseURL}${feed}`, { signal: AbortSignal.timeout(15_000) })
      expect(res.status, feed).toBe(200)
      expect(res.headers.get('content-type'), feed).toMatch(/rss\+xml|xml/)
      await res.arrayBuffer()
    }
  })
})

describe('the discussion rules', () => {
  const SLUG = 'fanpage-urzedu-gminy'

  it('lists the published rules and shows who runs the profile, its funding, the rules, moderation and complaints', async () => {
    const index = mainOf((await get('/zasady-dyskusji')).html)
    expect(index).toContain(
      `<a href="/zasady-dyskusji/${SLUG}">Zasady dyskusji na profilu Urzędu Gminy Wisłotki</a>`,
    )
    expect(index).toContain('<a href="/zasady-dyskusji/grupa-mieszkancow-wislotek">')

    const { html, status } = await get(`/zasady-dyskusji/${SLUG}`)
    expect(status).toBe(200)
    const main = mainOf(html)
    expect(main).toMatch(
      /^<main[^>]*><article><h1>Zasady dyskusji na profilu Urzędu Gminy Wisłotki<\/h1>/,
    )
    expect(main).toContain('Wersja 1, obowiązuje od 1 stycznia 2025')
    expect(main).toContain('<dd>Referat Organizacyjny Urzędu Gminy Wisłotki</dd>')
    expect(main).toMatch(
      /Ze środków publicznych: 12\s000,00\szł \(rocznie\)\. Część wynagrodzenia pracownika ds\. komunikacji\./,
    )
    expect(main).toContain('Usuwamy komentarze zawierające wulgaryzmy')
    expect(main).toContain(
      'Każdy usunięty lub ukryty komentarz i każda blokada trafia do publicznego rejestru moderacji',
    )
    expect(main).toContain('Skargę na usunięcie komentarza lub blokadę można złożyć w ciągu 14 dni')
    expect(main).toContain('<a href="mailto:skargi@wislotki.example">skargi@wislotki.example</a>')
    expect(main).not.toContain('Wcześniejsze wersje')
    expect((await get('/zasady-dyskusji/nie-ma-takich')).status).toBe(404)
  })

  it('keeps earlier published versions readable, never drafts', async () => {
    const rules = (
      await ok(`/discussion-rules?where[slug][equals]=${SLUG}&depth=0`, { token: tokens.approver })
    ).docs[0]
    const paragraph = (text: string) => ({
      root: {
        children: [
          { children: [{ text, type: 'text', version: 1 }], type: 'paragraph', version: 1 },
        ],
        type: 'root',
        version: 1,
      },
    })
    await ok(`/discussion-rules/${rules.id}`, {
      body: {
        _status: 'published',
        effectiveFrom: '2026-01-01T00:00:00.000Z',
        rules: paragraph('Nowe zasady: dyskutujemy rzeczowo i z szacunkiem.'),
      },
      method: 'PATCH',
      token: tokens.approver,
    })
    await ok(`/discussion-rules/${rules.id}?draft=true`, {
      body: { _status: 'draft', rules: paragraph('SZKIC, KTÓREGO NIKT NIE ZATWIERDZIŁ.') },
      method: 'PATCH',
      token: tokens.approver,
    })
    await ok('/discussion-rules?draft=true', {
      body: {
        _status: 'draft',
        governs: [{ name: 'Nowy profil', platform: 'facebook_page' }],
        operator: 'Ktoś',
        rules: paragraph('Szkic.'),
        slug: 'szkic-zasad',
        title: 'Szkic zasad',
      },
      method: 'POST',
      token: tokens.approver,
    })

    const main = mainOf((await get(`/zasady-dyskusji/${SLUG}`)).html)
    expect(main).toContain('Wersja 2, obowiązuje od 1 stycznia 2026')
    expect(main).toContain('Nowe zasady: dyskutujemy rzeczowo i z szacunkiem.')
    const earlier = main.slice(main.indexOf('<h2>Wcześniejsze wersje</h2>'))
    expect(earlier).toMatch(
      /<summary>Wersja 1, obowiązywała od 1 stycznia 2025 \(opublikowana [^)]+\)<\/summary>/,
    )
    expect(earlier).toContain('Usuwamy komentarze zawierające wulgaryzmy')
    expect(main).not.toContain('SZKIC')
    expect((await get('/zasady-dyskusji')).html).not.toContain('szkic-zasad')
    expect((await get('/zasady-dyskusji/szkic-zasad')).status).toBe(404)
  })
})

describe('markup and accessibility', () => {
  const PAGES = [
    '/',
    '/aktualnosci',
    '/aktualnosci?jednostka=osp-wislotki&strona=2',
    '/aktualnosci?jednostka=nie-ma-takiej',
    '/aktualnosci/festyn-rodzinny-w-szkole-podstawowej',
    '/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy',
    '/aktualnosci/nie-ma-takiego-wpisu',
    '/nie-ma-takiej-strony',
    '/kanaly-rss',
    '/zasady-dyskusji',
    '/zasady-dyskusji/fanpage-urzedu-gminy',
  ]

  it('every page is valid HTML in Polish with the landmarks and one h1 opening the main content', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Style rules about how React serialises markup, not about validity or accessibility: React writes
        // the camelCase attribute names of its DOM API (charSet, dateTime; HTML attribute names are
        // case-insensitive), self-closes void elements (<meta/>) and writes boolean attributes as async="".
        'attr-case': 'off',
        'attribute-boolean-style': 'off',
        'attribute-empty-style': 'off',
        'void-style': 'off',
        // A search-result length heuristic: page titles are what editors wrote (a post's, a rules document's)
        // followed by the gmina's name, so a long one is expected; nothing about it is invalid or inaccessible.
        'long-title': 'off',
        // Next.js's bootstrap script has id="_R_": valid HTML (an id needs no leading letter); the strict
        // form of the rule is about CSS-selector convenience. Relaxed, it still rejects empty ids and spaces.
        'valid-id': ['error', { relaxed: true }],
      },
    })
    for (const route of PAGES) {
      const { html } = await get(route)
      const report = await validator.validateString(html)
      expect(
        report.results.flatMap((r) =>
          r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`),
        ),
        route,
      ).toEqual([])
      expect(html, route).toMatch(/^<!DOCTYPE html><html lang="pl"/)
      expect(html.match(/<header[ >]/g), route).toHaveLength(1)
      expect(html.match(/<footer[ >]/g), route).toHaveLength(1)
      expect(html.match(/<main[ >]/g), route).toHaveLength(1)
      expect(html.match(/<h1[ >]/g), route).toHaveLength(1)
      expect(html, route).toContain('<nav aria-label="Główna">')
      expect(mainOf(html), route).toMatch(/^<main[^>]*id="tresc"[^>]*>(<article>)?<h1>/)
      // The skip link comes before anything else in the body (after Next.js's hidden, empty metadata slot).
      expect(html, route).toMatch(
        /<body[^>]*>(<div hidden="">(<!--\/?\$-->)*<\/div>)?<a class="skip" href="#tresc">Przejdź do treści<\/a>/,
      )
    }
  })

  it('in a browser: the filter form works without JavaScript, the skip link takes the first Tab, axe finds no violations', async () => {
    browser = await launchBrowser()
    const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
    const axe = async (page: Page) => {
      await page.addScriptTag({ path: axeSource })
      const result = await page.evaluate(() =>
        (
          window as unknown as {
            axe: {
              run: (c: Document) => Promise<{
                violations: { help: string; id: string; nodes: { target: string[] }[] }[]
              }>
            }
          }
        ).axe.run(document),
      )
      return result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      )
    }

    const noScript = await browser.newContext({
      baseURL: server.baseURL,
      javaScriptEnabled: false,
      locale: 'pl-PL',
    })
    const plain = await noScript.newPage()
    await plain.goto('/aktualnosci')
    await plain.getByLabel('Jednostka').selectOption({ label: 'OSP Wisłotki' })
    await plain.getByLabel('Kategoria').selectOption({ label: 'Bezpieczeństwo i ostrzeżenia' })
    await plain.getByRole('button', { name: 'Pokaż' }).click()
    await plain.waitForURL(/jednostka=osp-wislotki&kategoria=bezpieczenstwo/)
    await expect
      .poll(() => plain.getByText(`Znaleziono: ${OSP_POSTS}. Strona 1 z 2.`).count())
      .toBe(1)
    await plain.getByRole('link', { name: 'Starsze →' }).click()
    await plain.waitForURL(/strona=2/)
    expect(await plain.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
      'Komunikat OSP nr 1',
    ])
    await noScript.close()

    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    const violations: Record<string, string[]> = {}
    for (const route of [
      '/aktualnosci',
      '/aktualnosci/festyn-rodzinny-w-szkole-podstawowej',
      '/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy',
      '/zasady-dyskusji/fanpage-urzedu-gminy',
      '/kanaly-rss',
    ]) {
      await page.goto(route)
      violations[route] = await axe(page)
    }
    // A phone's width too: the layout must reflow without losing anything.
    await page.setViewportSize({ height: 800, width: 360 })
    for (const route of [
      '/aktualnosci',
      '/aktualnosci/festyn-rodzinny-w-szkole-podstawowej',
      '/kanaly-rss',
    ]) {
      await page.goto(route)
      violations[`${route} (360 px)`] = await axe(page)
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${route}: no horizontal scrolling at 360 px`,
      ).toBeLessThanOrEqual(360)
    }
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])))

    await page.setViewportSize({ height: 1000, width: 1400 })
    await page.goto('/aktualnosci/festyn-rodzinny-w-szkole-podstawowej')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Przejdź do treści' })
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true)
    const box = await skip.boundingBox()
    expect(box && box.x >= 0 && box.y >= 0, 'the focused skip link is on screen').toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(/#tresc$/)

    await page.goto('/aktualnosci/festyn-rodzinny-w-szkole-podstawowej')
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Festyn rodzinny w Szkole Podstawowej')
    await expect
      .poll(() =>
        page
          .getByRole('img', { name: 'Uczniowie podczas festynu na boisku szkoły' })
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true)
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'public-post.png') })
    await context.close()
  })
})
