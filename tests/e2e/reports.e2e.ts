import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logIn, openContext, stepper, warnOfPageErrors } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'
import { restClient } from './rest'

/**
 * The reports in the admin of the production server: an approver opens the unit activity report
 * from the navigation and sees its chart (SVG with a title, a description and its data table) and
 * tables, downloads the CSV; the other reports render; an editor is shown no report and no link.
 */

const APPROVER = 'sekretarz@wislotki.example'
const APPROVER2 = 'rzecznik@wislotki.example'
const EDITOR = 'redakcja.szkola@wislotki.example'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('reports-')

const { api, tokenOf } = restClient(() => server.baseURL)

/** A few more posts of this month, published through the workflow, so that several units have bars. */
const publishMore = async () => {
  const [author, second] = [await tokenOf(APPROVER), await tokenOf(APPROVER2)]
  const units = (await api('/units?limit=50&depth=0', { token: author })).body.docs as {
    id: number
    slug: string
  }[]
  const unit = (slug: string) => units.find((u) => u.slug === slug)!.id
  const posts = [
    { category: 'safety', slug: 'osp-wislotki', title: 'Raport: ćwiczenia gminne OSP' },
    { category: 'culture', slug: 'biblioteka', title: 'Raport: wieczór poezji w bibliotece' },
    {
      category: 'municipal_services',
      slug: 'urzad-gminy',
      title: 'Raport: odbiór odpadów wielkogabarytowych',
    },
    {
      category: 'ngo_initiatives',
      slug: 'solectwo-lipowo',
      title: 'Raport: zebranie wiejskie w Lipowie',
    },
  ]
  for (const p of posts) {
    const created = await api('/posts', {
      body: {
        category: p.category,
        channels: ['rss'],
        informationType: 'local_news',
        lead: 'Zapraszamy.',
        title: p.title,
        unit: unit(p.slug),
      },
      method: 'POST',
      token: author,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const submitted = await api(`/posts/${id}`, {
      body: { workflowAction: 'submit' },
      method: 'PATCH',
      token: author,
    })
    expect(submitted.status).toBe(200)
    if (submitted.body.doc.workflowState !== 'published') {
      const approved = await api(`/posts/${id}`, {
        body: { workflowAction: 'approve' },
        method: 'PATCH',
        token: second,
      })
      expect(approved.body.doc?.workflowState, JSON.stringify(approved.body)).toBe('published')
    }
  }
}

beforeAll(async () => {
  server = await startServer({ name: 'reports' })
  browser = await launchBrowser()
  await publishMore()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

describe('reports in the admin', () => {
  it('an approver opens the unit activity report from the navigation: chart, data table, CSV', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, APPROVER))

    await step(page, 'navigate', async () => {
      // Linked from the navigation and from the dashboard.
      expect(await page.locator('#nav-raport-aktywnosc').count()).toBe(1)
      await page.getByRole('heading', { level: 2, name: 'Raporty' }).waitFor()
      await page.getByRole('link', { name: 'Otwórz raport: Aktywność jednostek' }).click()
      await page.waitForURL('**/admin/raporty/aktywnosc')
      await page.getByRole('heading', { level: 1, name: 'Aktywność jednostek' }).waitFor()
    })

    await step(page, 'chart', async () => {
      const chart = page.getByRole('img', {
        name: 'Wpisy opublikowane w miesiącach według jednostek',
      })
      await chart.waitFor()
      expect(await chart.locator('desc').textContent()).toMatch(
        /^Słupki pokazują liczbę wpisów opublikowanych w każdym miesiącu, z podziałem na jednostki\. Razem \d+ wpisów w 6 miesiącach\.$/,
      )
      // One bar per unit with posts this month, each telling its value.
      const bars = await chart.locator('rect > title').allTextContents()
      expect(bars.length).toBeGreaterThanOrEqual(4)
      expect(bars.some((t) => /^OSP Wisłotki, .+: 1$/.test(t))).toBe(true)
      const data = page.getByRole('table', {
        name: 'Dane wykresu: Wpisy opublikowane w miesiącach według jednostek',
      })
      await data.waitFor()
      expect(await data.locator('tbody tr').count()).toBe(6)
      await page.getByRole('table', { name: 'Aktywność jednostek według miesięcy' }).waitFor()
      expect(await page.getByRole('row', { name: /Sołectwo Lipowo/ }).count()).toBeGreaterThan(0)
    })

    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'report-activity.png') })

    await step(page, 'csv', async () => {
      const href = await page.getByTestId('report-csv').getAttribute('href')
      expect(href).toMatch(/^\/api\/raporty\/aktywnosc\/csv\?do=\d{4}-\d\d&od=\d{4}-\d\d$/)
      const res = await page.request.get(href!)
      expect(res.status()).toBe(200)
      expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8')
      expect(res.headers()['content-disposition']).toMatch(
        /^attachment; filename="raport-aktywnosc_\d{4}-\d\d_\d{4}-\d\d\.csv"$/,
      )
      const text = (await res.body()).toString('utf8')
      expect(text.startsWith('\uFEFFMiesiąc;Jednostka;Wpisy opublikowane;')).toBe(true)
      expect(text).toContain(';Sołectwo Lipowo;1;')
    })

    await step(page, 'filter', async () => {
      await page.getByLabel('Jednostka').selectOption({ label: 'OSP Wisłotki' })
      await page.getByRole('button', { name: 'Pokaż' }).click()
      await page.waitForURL(/jednostka=osp-wislotki/)
      const rows = page
        .getByRole('table', { name: 'Aktywność jednostek według miesięcy' })
        .locator('tbody tr')
      await expect
        .poll(() => rows.allTextContents())
        .toEqual([expect.stringContaining('OSP Wisłotki')])
    })

    await step(page, 'other reports', async () => {
      for (const [slug, heading, chart] of [
        [
          'bip',
          'BIP a media społecznościowe',
          'Informacja publiczna, wpisy do sprawdzenia i wpisy BIP bez zapowiedzi',
        ],
        ['moderacja', 'Statystyki moderacji', 'Działania moderacyjne i skargi w miesiącach'],
        [
          'zasiegi',
          'Zasięgi kopii na fanpage',
          'Reakcje, komentarze i udostępnienia według jednostek',
        ],
      ]) {
        await page.goto(`/admin/raporty/${slug}`)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await page.getByRole('img', { name: chart }).waitFor()
      }
      // The demo register's acts of the last weeks are counted.
      await page.goto('/admin/raporty/moderacja')
      const moderation = await page
        .getByRole('table', { name: 'Działania moderacyjne i skargi według miesięcy' })
        .locator('tbody')
        .textContent()
      expect(moderation).toMatch(/\d/)
    })
    await context.close()
  })

  it('an approver reads the audit log in the admin: who changed what, and nobody can edit it', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'audit-login', () => logIn(page, APPROVER))
    await step(page, 'audit-list', async () => {
      await page.goto('/admin/collections/audit-log?limit=100')
      await page.getByRole('heading', { level: 1, name: 'Dziennik zmian' }).waitFor()
      const row = page
        .getByRole('row')
        .filter({ hasText: 'Raport: zebranie wiejskie w Lipowie' })
        .filter({ hasText: 'stan: Do akceptacji → Opublikowany' })
      await row.first().waitFor()
      expect(await row.first().textContent()).toContain(
        'Maria Rzeczniczka (rzecznik@wislotki.example)',
      )
      // No "create new" for anybody.
      expect(await page.getByRole('link', { name: /Utwórz|Stwórz/ }).count()).toBe(0)
    })
    await page.screenshot({ fullPage: false, path: path.join(RESULTS_DIR, 'audit-log.png') })
    await context.close()
  })

  it('shows an editor no report and no link to one; sends a visitor to the login page', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'editor', async () => {
      await logIn(page, EDITOR)
      expect(await page.locator('#nav-raport-aktywnosc').count()).toBe(0)
      expect(await page.getByRole('heading', { level: 2, name: 'Raporty' }).count()).toBe(0)
      await page.goto('/admin/raporty/aktywnosc')
      await page
        .getByText('Raporty są dostępne dla osób zatwierdzających i administratorów.')
        .waitFor()
      expect(
        await page
          .getByRole('img')
          .filter({ has: page.locator('desc') })
          .count(),
      ).toBe(0)
      expect((await page.request.get('/api/raporty/aktywnosc/csv')).status()).toBe(403)
    })
    await context.close()

    const anonymous = await openContext(browser, server.baseURL, pageErrors)
    const visitor = await anonymous.newPage()
    await visitor.goto('/admin/raporty/aktywnosc')
    await visitor.waitForURL(/\/admin\/login/)
    expect(new URL(visitor.url()).searchParams.get('redirect')).toBe('/admin/raporty/aktywnosc')
    await anonymous.close()
  })
})
