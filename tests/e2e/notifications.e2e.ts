import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logIn, openContext, stepper, UI, warnOfPageErrors } from './browser'
import { restClient } from './rest'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The notification bell on the production server: an editor submits a post through the REST API,
 * the approver's bell counts it as unread, its item opens the post and the count goes down. The
 * login page on the way shows the gmina's name and coat of arms, and the tab its icon; the opened
 * post shows its approval log as a read-only list.
 */

const APPROVER = 'sekretarz@wislotki.example'
const EDITOR = 'redakcja.szkola@wislotki.example'
const TITLE = 'Dzwonek: koncert szkolnego chóru'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('notifications-')
const { api, tokenOf } = restClient(() => server.baseURL)

beforeAll(async () => {
  server = await startServer({ name: 'notifications' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

const submitSchoolPost = async (title: string) => {
  const token = await tokenOf(EDITOR)
  const units = await api('/units?where[slug][equals]=szkola-podstawowa&depth=0', { token })
  const created = await api('/posts', {
    body: {
      category: 'culture',
      channels: ['rss'],
      informationType: 'local_news',
      lead: 'Zapraszamy na koncert.',
      title,
      unit: units.body.docs[0].id,
    },
    method: 'POST',
    token,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const sent = await api(`/posts/${created.body.doc.id}`, {
    body: { workflowAction: 'submit' },
    method: 'PATCH',
    token,
  })
  expect(sent.status, JSON.stringify(sent.body)).toBe(200)
  return created.body.doc.id as number
}

const bell = (page: Page) => page.getByTitle(/^Powiadomienia: \d+ nieprzeczytan/)
// With nothing unread the bell's title is just "Powiadomienia".
const unread = async (page: Page) =>
  Number(
    ((await page.getByTitle(/^Powiadomienia/).getAttribute('title')) ?? '').match(/\d+/)?.[0] ?? 0,
  )

describe('the notification bell', () => {
  it('counts a post to approve, opens it from its item, and counts one fewer', async () => {
    const id = await submitSchoolPost(TITLE)
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()

    await step(page, 'login-page', async () => {
      await page.goto('/admin/login')
      await page.getByText('Urząd Gminy Wisłotki', { exact: true }).waitFor({ timeout: UI })
      await page.getByRole('img', { name: 'Herb: Urząd Gminy Wisłotki' }).waitFor()
      expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toBe('/herb')
      const icon = await fetch(`${server.baseURL}/herb`)
      expect(icon.headers.get('content-type')).toMatch(/^image\//)
      await page.screenshot({ path: path.join(RESULTS_DIR, 'notifications-login.png') })
    })

    await step(page, 'approver-login', () => logIn(page, APPROVER))
    const before = await step(page, 'bell-count', async () => {
      await bell(page).waitFor({ timeout: UI })
      const count = await unread(page)
      expect(count).toBeGreaterThan(0)
      return count
    })

    await step(page, 'bell-open', async () => {
      await bell(page).click()
      await page.getByRole('button', { name: `Wpis „${TITLE}” czeka na akceptację.` }).waitFor()
      await page.screenshot({ path: path.join(RESULTS_DIR, 'notifications-bell.png') })
    })

    await step(page, 'item-opens-post', async () => {
      await page.getByRole('button', { name: `Wpis „${TITLE}” czeka na akceptację.` }).click()
      await page.waitForURL(new RegExp(`/admin/collections/posts/${id}$`), { timeout: UI })
      await page.locator('#field-title').waitFor()
      expect(await page.locator('#field-title').inputValue()).toBe(TITLE)
      await expect.poll(() => unread(page), { timeout: UI }).toBe(before - 1)
    })

    await step(page, 'approval-log', async () => {
      // The post's approval log reads as a list, not as editable rows.
      const log = page.locator('.approval-log')
      await log.getByRole('heading', { name: 'Dziennik akceptacji' }).waitFor()
      const row = log.locator('tbody tr').last()
      expect(await row.locator('td').allInnerTexts()).toEqual([
        expect.stringMatching(/\d{4}, \d\d:\d\d$/),
        expect.stringMatching(/\S/),
        'Wyślij do akceptacji',
        'Szkic → Do akceptacji',
        '',
      ])
      expect(await log.locator('input, textarea').count()).toBe(0)
      await log.scrollIntoViewIfNeeded()
      await log.screenshot({ path: path.join(RESULTS_DIR, 'notifications-approval-log.png') })
    })
    await context.close()
  })
})
