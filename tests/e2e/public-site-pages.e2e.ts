import { HtmlValidate } from 'html-validate'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'

import { CATEGORY_SLUGS } from '../../src/domain/taxonomy'
import { launchBrowser, openContext } from './browser'
import { RESULTS_DIR } from './server'
import {
  get,
  mainOf,
  ok,
  OSP_POSTS,
  pageErrors,
  server,
  tokens,
  unitIds,
  usePublicSite,
} from './public-site/site'

/**
 * The residents' RSS and discussion-rules pages, valid markup and accessibility in a browser, on
 * the production server over real HTTP.
 */

usePublicSite()

let browser: Browser | undefined
afterAll(async () => {
  await browser?.close()
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
