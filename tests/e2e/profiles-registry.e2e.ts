import { HtmlValidate } from 'html-validate'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, openContext, PASSWORD, SAVE, warnOfPageErrors } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'
import { restClient } from './rest'

/**
 * The public registry of official profiles on the production server, over real HTTP:
 * the demo gmina's verified profiles by unit, never the look-alike page nobody verified, guidance
 * on reporting an impostor, and the history (a council's Page handed over between terms, a Page no
 * longer used) — and a handover recorded by an admin appears at once.
 */

const ADMIN = 'admin@wislotki.example'

let server: E2EServer
let browser: Browser | undefined
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startServer({ name: 'profiles-registry' })
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

const get = async (route: string) => {
  const res = await fetch(`${server.baseURL}${route}`, {
    headers: { 'accept-language': 'pl' },
    signal: AbortSignal.timeout(SAVE),
  })
  return { html: await res.text(), status: res.status }
}
const { api } = restClient(() => server.baseURL)
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'))
const section = (html: string, id: string, next?: string) =>
  html.slice(html.indexOf(`id="${id}"`), next ? html.indexOf(`id="${next}"`) : undefined)

describe('the official profiles registry', () => {
  it('lists the verified profiles of each unit, and only those', async () => {
    const { html, status } = await get('/oficjalne-profile')
    expect(status).toBe(200)
    const main = mainOf(html)
    expect(main).toMatch(
      /<main[^>]*id="tresc"[^>]*><h1>Oficjalne profile w mediach społecznościowych<\/h1>/,
    )
    const list = section(main, 'lista', 'rozpoznawanie')
    for (const unit of [
      'Urząd Gminy Wisłotki',
      'Rada Gminy Wisłotki',
      'OSP Wisłotki',
      'Gminna Biblioteka Publiczna w Wisłotkach',
    ])
      expect(list).toContain(`${unit}</h3>`)
    expect(list).toContain('href="https://www.facebook.com/UrzadGminyWislotki"')
    expect(list).toContain('href="https://www.facebook.com/RadaGminyWislotki"')
    expect(list).toContain('href="https://www.instagram.com/biblioteka.wislotki"')
    // The Page's rules of discussion are linked from its row.
    expect(list).toContain('href="/zasady-dyskusji/fanpage-urzedu-gminy"')
    // The look-alike page staff noted but never verified is nowhere on the page; the old Page is no longer "official".
    expect(html).not.toContain('OSPWislotkiInfo')
    expect(list).not.toContain('RadaGminyWislotki2014')
  })

  it('tells residents how to recognise and report an impostor', async () => {
    const { html } = await get('/oficjalne-profile')
    expect(section(html, 'rozpoznawanie', 'zglaszanie')).toContain(
      'Porównaj adres profilu z adresem na tej liście',
    )
    const report = section(html, 'zglaszanie', 'historia')
    expect(report).toContain('Zgłoś stronę')
    expect(report).toContain(
      '<a href="mailto:urzad-gminy@wislotki.example">urzad-gminy@wislotki.example</a>',
    )
  })

  it('keeps the history, and shows a handover as soon as an admin records it', async () => {
    let history = section((await get('/oficjalne-profile')).html, 'historia')
    expect(history).toContain('7 maja 2024')
    expect(history).toContain('Rada Gminy Wisłotki VIII kadencji (2018–2024)')
    expect(history).toContain('Rada Gminy Wisłotki IX kadencji (2024–2029)')
    expect(history).toContain('https://www.facebook.com/RadaGminyWislotki2014')
    expect(history).not.toContain('href="https://www.facebook.com/RadaGminyWislotki2014"')

    const login = await api('/users/login', {
      body: { email: ADMIN, password: PASSWORD },
      method: 'POST',
    })
    const token = login.body.token as string
    const [osp] = (await api('/units?where[slug][equals]=osp-wislotki&depth=0', { token })).body
      .docs
    const profiles = osp.officialProfiles.map((p: Record<string, any>) =>
      p.url === 'https://www.facebook.com/OSPWislotki'
        ? {
            ...p,
            handovers: [
              ...p.handovers,
              {
                at: '2026-01-15T00:00:00.000Z',
                from: 'Jan Strażak (prezes OSP)',
                to: 'Anna Nowak (nowa prezes OSP)',
              },
            ],
          }
        : p,
    )
    const saved = await api(`/units/${osp.id}`, {
      body: { officialProfiles: profiles },
      method: 'PATCH',
      token,
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    history = section((await get('/oficjalne-profile')).html, 'historia')
    expect(history).toContain(
      '<td data-label="Data">15 stycznia 2026</td><td data-label="Jednostka i profil">OSP Wisłotki: OSPWislotki (Facebook – strona)</td><td data-label="Kto przekazał">Jan Strażak (prezes OSP)</td><td data-label="Komu">Anna Nowak (nowa prezes OSP)</td>',
    )
    // Newest first.
    expect(history.indexOf('15 stycznia 2026')).toBeLessThan(history.indexOf('7 maja 2024'))
  })

  it('is valid HTML and renders in a browser', async () => {
    const { html } = await get('/oficjalne-profile')
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(
      html,
    )
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    ).toEqual([])

    browser = await launchBrowser()
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await page.goto('/oficjalne-profile')
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Oficjalne profile w mediach społecznościowych')
    expect(await page.getByRole('link', { name: 'UrzadGminyWislotki' }).getAttribute('href')).toBe(
      'https://www.facebook.com/UrzadGminyWislotki',
    )
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'profiles-registry.png') })
    await context.close()
  })
})
