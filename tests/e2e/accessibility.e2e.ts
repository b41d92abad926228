import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { personalMessage, postBlock } from '../../plugins/newsletter/email/messages'
import { newsletterPolish as t } from '../../plugins/newsletter/translate'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { openSqlReader } from '../helpers/sql-reader'
import { launchBrowser, LOCALE, SAVE } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * WCAG 2.1 AA on the residents' site, as the act on digital accessibility asks of a gmina: axe-core
 * finds nothing on any public page at a desktop (1280 px) and a phone (390 px) width, nothing
 * scrolls sideways on the phone, the newsletter's e-mails pass axe too, every page's footer leads
 * to the statement and the transparency pages, and the statement carries the template's parts.
 */

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const WIDTHS = [1280, 390] as const
const ADDRESS = 'dostepnosc.e2e@example.pl'

let server: E2EServer
let smtp: FakeSmtp
let browser: Browser
let context: BrowserContext
let page: Page
/** The newsletter's pages behind a token, found in the flow below. */
const tokenPages: string[] = []
let confirmationHtml = ''

type AxeResult = { violations: { help: string; id: string; nodes: { target: string[] }[] }[] }

/** axe-core's violations on what the page shows now (its whole rule set, best practices included). */
const axe = async (p: Page) => {
  await p.addScriptTag({ content: AXE_SOURCE })
  const result = await p.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document) => Promise<AxeResult> } }).axe.run(document),
  )
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

const get = async (route: string) => {
  const res = await fetch(`${server.baseURL}${route}`, { signal: AbortSignal.timeout(SAVE) })
  return { html: await res.text(), status: res.status }
}

beforeAll(async () => {
  smtp = await startFakeSmtp()
  server = await startServer({
    env: (baseURL) => ({ ...smtp.env(), SERVER_URL: baseURL }),
    name: 'accessibility',
  })
  browser = await launchBrowser()
  context = await browser.newContext({ baseURL: server.baseURL, locale: LOCALE })
  context.setDefaultTimeout(SAVE)
  page = await context.newPage()

  // A resident subscribes: the confirmation e-mail, its page, the confirmed page, and the pages
  // behind the subscriber's own link (preferences, unsubscribe).
  const subscribed = await fetch(`${server.baseURL}/api/newsletter/subscribe`, {
    body: JSON.stringify({ consent: true, email: ADDRESS, urgentAlerts: true }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    signal: AbortSignal.timeout(SAVE),
  })
  expect(subscribed.status).toBe(202)
  // Staff notifications share the server: the resident's own mail.
  const mail = await smtp.waitForMailTo(ADDRESS, SAVE)
  confirmationHtml = mail.parsed!.html as string
  const confirm = /\/newsletter\/potwierdz\/[A-Za-z0-9_-]{43}/.exec(mail.parsed!.text!)![0]
  tokenPages.push(confirm)
  await page.goto(confirm)
  await page.getByRole('button', { name: 'Potwierdzam zapis' }).click()
  await page.getByRole('heading', { level: 1, name: 'Zapis potwierdzony' }).waitFor()
  tokenPages.push(new URL(page.url()).pathname + new URL(page.url()).search)
  const db = await openSqlReader(`file:${path.join(server.dir, 'e2e.db')}`)
  try {
    const [row] = await db.rows('select manage_token from newsletter_subscribers where email = ?', [
      ADDRESS,
    ])
    tokenPages.push(
      `/newsletter/preferencje/${row.manage_token}`,
      `/newsletter/wypisz/${row.manage_token}`,
    )
  } finally {
    await db.close()
  }
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
})

const PAGES = [
  '/',
  '/aktualnosci',
  '/aktualnosci?jednostka=osp-wislotki',
  '/aktualnosci/festyn-rodzinny-w-szkole-podstawowej',
  '/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy',
  '/zasady-dyskusji',
  '/zasady-dyskusji/fanpage-urzedu-gminy',
  '/rejestr-moderacji',
  '/rejestr-moderacji?miesiac=nie-miesiac',
  '/rejestr-moderacji/skarga',
  '/oficjalne-profile',
  '/kanaly-rss',
  '/newsletter',
  '/newsletter?wyslano=1',
  '/newsletter?blad_email=Podaj%20poprawny%20adres%20e-mail.&email=zly',
  '/newsletter/potwierdz/nieznany-token',
  '/deklaracja-dostepnosci',
  '/aktualnosci/nie-ma-takiego-wpisu',
  '/nie-ma-takiej-strony',
]

describe('the accessibility statement', () => {
  it('is live in the demo with the parts and element ids of the template, and the statutory procedure', async () => {
    const { html, status } = await get('/deklaracja-dostepnosci')
    expect(status).toBe(200)
    // The ids the Minister's template gives its parts, which monitoring tools look up.
    for (const id of [
      'a11y-wstep',
      'a11y-podmiot',
      'a11y-url',
      'a11y-data-publikacja',
      'a11y-data-aktualizacja',
      'a11y-status',
      'a11y-data-sporzadzenie',
      'a11y-data-przeglad',
      'a11y-ocena',
      'a11y-kontakt',
      'a11y-osoba',
      'a11y-email',
      'a11y-telefon',
      'a11y-procedura',
      'a11y-architektura',
      'a11y-aplikacje',
    ])
      expect(html.match(new RegExp(`id="${id}"`, 'g')), id).toHaveLength(1)
    const text = html.replaceAll('<!-- -->', '')
    expect(text).toContain('<span id="a11y-podmiot">Gmina Wisłotki</span>')
    expect(text).toContain(`<a href="${server.baseURL}" id="a11y-url">`)
    expect(text).toContain(
      '<time dateTime="2025-01-15" id="a11y-data-publikacja">2025-01-15</time>',
    )
    expect(text).toContain('<time dateTime="2025-03-20" id="a11y-data-sporzadzenie">')
    expect(text).toContain('<time dateTime="2026-03-25" id="a11y-data-przeglad">')
    expect(text).toMatch(
      /id="a11y-status">Strona internetowa jest <strong>częściowo zgodna<\/strong>/,
    )
    expect(text).toContain('Część załączników (skany uchwał) to pliki PDF bez warstwy tekstowej.')
    expect(text).toContain('samooceny przeprowadzonej przez podmiot publiczny')
    expect(text).toContain('<span id="a11y-osoba">Anna Administracyjna</span>')
    expect(text).toContain(
      '<a href="mailto:dostepnosc@wislotki.example" id="a11y-email">dostepnosc@wislotki.example</a>',
    )
    expect(text).toContain('<a href="tel:+48123456700" id="a11y-telefon">+48 12 345 67 00</a>')
    expect(text).toContain('nie później niż w ciągu 7 dni')
    expect(text).toContain('nie może być dłuższy niż 2 miesiące')
    expect(text).toContain('al. Solidarności 77, 00-090 Warszawa')
    expect(text).toContain('podjazd dla wózków')
    expect(text).toContain('tłumacza polskiego języka migowego')
  })

  it('every public page’s footer names the gmina and links the statement and the transparency pages', async () => {
    for (const route of PAGES) {
      const { html } = await get(route)
      const footer = html.slice(html.indexOf('<footer'), html.indexOf('</footer>'))
      expect(footer, route).toContain('Urząd Gminy Wisłotki')
      for (const href of [
        '/deklaracja-dostepnosci',
        '/rejestr-moderacji',
        '/zasady-dyskusji',
        '/oficjalne-profile',
        '/kanaly-rss',
      ])
        expect(footer, `${route}: ${href}`).toContain(`href="${href}"`)
    }
  })
})

describe('Open Graph', () => {
  const meta = (html: string, property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]

  it('a post shares its title, lead, address and first image; a post without one the default image', async () => {
    const withImage = (await get('/aktualnosci/festyn-rodzinny-w-szkole-podstawowej')).html
    expect(meta(withImage, 'og:title')).toBe('Festyn rodzinny w Szkole Podstawowej')
    expect(meta(withImage, 'og:description')).toBeTruthy()
    expect(meta(withImage, 'og:url')).toBe(
      `${server.baseURL}/aktualnosci/festyn-rodzinny-w-szkole-podstawowej`,
    )
    expect(meta(withImage, 'og:image')).toMatch(
      new RegExp(`^${server.baseURL}/api/media/file/festyn-szkolny.*\\.jpg$`),
    )
    expect(meta(withImage, 'og:image:alt')).toBe('Uczniowie podczas festynu na boisku szkoły')

    const without = (await get('/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy')).html
    expect(meta(without, 'og:title')).toBe('Zawiadomienie o XXI sesji Rady Gminy Wisłotki')
    expect(meta(without, 'og:image')).toBe(`${server.baseURL}/og-default.png`)
    const image = await fetch(`${server.baseURL}/og-default.png`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
  })
})

describe('axe-core and reflow', () => {
  it('finds no violations on any public page at 1280 and 390 px, and nothing scrolls sideways on a phone', async () => {
    const violations: Record<string, string[]> = {}
    const overflow: Record<string, number> = {}
    for (const width of WIDTHS) {
      await page.setViewportSize({ height: 900, width })
      for (const route of [...PAGES, ...tokenPages]) {
        await page.goto(route)
        const key = `${route} @${width}`
        violations[key] = await axe(page)
        overflow[key] = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
      }
    }
    await page.setViewportSize({ height: 900, width: 390 })
    await page.goto('/rejestr-moderacji')
    await page.screenshot({
      fullPage: true,
      path: path.join(RESULTS_DIR, 'accessibility-register-390.png'),
    })
    const none = (o: Record<string, unknown>, value: unknown) =>
      Object.fromEntries(Object.keys(o).map((k) => [k, value]))
    expect(violations).toEqual(none(violations, []))
    expect(Object.fromEntries(Object.entries(overflow).filter(([, px]) => px > 0))).toEqual({})
    // The register's tables still have their headers for screen readers when stacked.
    expect(
      await page.getByRole('columnheader', { includeHidden: false, name: 'Nr skargi' }).count(),
    ).toBe(1)
  })

  it('finds no violations in the newsletter e-mails: confirmation, urgent alert and digest', async () => {
    const post = {
      bipUrl: 'https://bip.wislotki.example/komunikaty/1',
      bodyText: 'Woda będzie niedostępna od 8:00 do 14:00.\n\nBeczkowozy staną przy szkole.',
      category: 'safety',
      categoryLabel: 'Bezpieczeństwo i ostrzeżenia',
      id: 1,
      images: [],
      informationType: 'urgent_alert',
      lead: 'Awaria wodociągu w Wisłotkach.',
      postUrl: `${server.baseURL}/aktualnosci/awaria`,
      rulesUrl: null,
      title: 'Przerwa w dostawie wody',
      unitName: 'Urząd Gminy Wisłotki',
      unitSlug: 'urzad-gminy',
    }
    const personal = { manageToken: 'T'.repeat(43), siteUrl: server.baseURL }
    const mails = {
      alert: personalMessage({
        blocks: [postBlock(post, '1', true, t)],
        intro: t('newsletter:alert-intro'),
        personal,
        senderName: 'Urząd Gminy Wisłotki',
        title: post.title,
      }).html,
      confirmation: confirmationHtml,
      digest: personalMessage({
        blocks: [
          postBlock(post, '1', false, t),
          postBlock({ ...post, bipUrl: null }, '1', false, t),
        ],
        intro: t('newsletter:digest-intro'),
        personal,
        senderName: 'Urząd Gminy Wisłotki',
        title: `${t('newsletter:digest-daily')}: Urząd Gminy Wisłotki`,
      }).html,
    }
    expect(confirmationHtml).toContain('/newsletter/potwierdz/')
    const violations: Record<string, string[]> = {}
    for (const width of WIDTHS) {
      await page.setViewportSize({ height: 900, width })
      for (const [name, html] of Object.entries(mails)) {
        await page.setContent(html)
        violations[`${name} @${width}`] = await axe(page)
      }
    }
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])))
  })
})
