import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logIn, openContext, stepper, UI, warnOfPageErrors } from './browser'
import { restClient } from './rest'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The editors' desk on the production server's dashboard: an approver finds what waits for them
 * without building a filter, the count follows a submission made meanwhile, the posts list has
 * the same queue as a saved view, a row opens the post;
 * an editor sees their drafts and the changes asked of them.
 */

const APPROVER = 'sekretarz@wislotki.example'
const EDITOR = 'redakcja.szkola@wislotki.example'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('desk-')
const { api, tokenOf } = restClient(() => server.baseURL)

beforeAll(async () => {
  server = await startServer({ name: 'desk' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

/** A school post written by the demo editor, optionally sent for review. */
const schoolPost = async (title: string, submit: boolean) => {
  const token = await tokenOf(EDITOR)
  const units = await api('/units?where[slug][equals]=szkola-podstawowa&depth=0', { token })
  const created = await api('/posts', {
    body: {
      category: 'education',
      channels: ['rss'],
      informationType: 'local_news',
      lead: 'Zapraszamy.',
      title,
      unit: units.body.docs[0].id,
    },
    method: 'POST',
    token,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  if (submit) {
    const sent = await api(`/posts/${created.body.doc.id}`, {
      body: { workflowAction: 'submit' },
      method: 'PATCH',
      token,
    })
    expect(sent.status, JSON.stringify(sent.body)).toBe(200)
  }
  return created.body.doc.id as number
}

// A queue's name starts with its title and ends with its count ("Do akceptacji 2").
const queue = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name}`) })
const countOf = async (page: Page, name: string) =>
  Number(await queue(page, name).locator('h3 .pill').textContent())

describe("the editors' desk", () => {
  it('shows an approver what waits, keeps the count live, and opens the post', async () => {
    await schoolPost('Biurko: zebranie z rodzicami', true)
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'approver-login', () => logIn(page, APPROVER))

    const waiting = queue(page, 'Do akceptacji')
    await step(page, 'approver-queues', async () => {
      await page.getByRole('heading', { level: 2, name: 'Twoje biurko' }).waitFor()
      for (const name of ['Do akceptacji', 'Czekają na BIP', 'Problemy z kanałami'])
        await queue(page, name).waitFor()
      await waiting.getByRole('link', { name: 'Biurko: zebranie z rodzicami' }).waitFor()
      expect(await waiting.textContent()).toContain('Szkoła Podstawowa')
    })
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'desk-approver.png') })

    await step(page, 'approver-live', async () => {
      const before = await countOf(page, 'Do akceptacji')
      await schoolPost('Biurko: dzień otwarty', true)
      // The dashboard asks again when the tab comes back into view (and every 30 s).
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
      await expect.poll(() => countOf(page, 'Do akceptacji'), { timeout: UI }).toBe(before + 1)
    })

    await step(page, 'approver-view', async () => {
      // The posts list offers the same queue as a saved view, shared by every approver.
      await page.goto('/admin/collections/posts')
      const views = page.getByRole('navigation', { name: 'Widoki listy wpisów' })
      await views.getByRole('link', { name: 'Do akceptacji' }).click()
      await page.waitForURL(
        /where%5BworkflowState%5D%5Bequals%5D=in_review|where\[workflowState\]\[equals\]=in_review/,
      )
      await views.locator('[aria-current="page"]', { hasText: 'Do akceptacji' }).waitFor()
      const rows = page.locator('.table tbody tr')
      await expect
        .poll(() => rows.allTextContents(), { timeout: UI })
        .toEqual(expect.arrayContaining([expect.stringContaining('Biurko: dzień otwarty')]))
      for (const text of await rows.allTextContents()) expect(text).toContain('Do akceptacji')
      await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'desk-views.png') })
      await page.goto('/admin')
    })

    await step(page, 'approver-open', async () => {
      await waiting.getByRole('link', { name: 'Biurko: zebranie z rodzicami' }).click()
      await page.waitForURL(/\/admin\/collections\/posts\/\d+$/)
      await page.locator('#field-title').waitFor()
      expect(await page.locator('#field-title').inputValue()).toBe('Biurko: zebranie z rodzicami')
    })
    await context.close()
  })

  it('shows an editor their drafts and nothing of the approvers’ queues', async () => {
    await schoolPost('Biurko: szkic ogłoszenia', false)
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'editor-login', () => logIn(page, EDITOR))
    await step(page, 'editor-queues', async () => {
      await queue(page, 'Moje szkice')
        .getByRole('link', { name: 'Biurko: szkic ogłoszenia' })
        .waitFor()
      for (const name of ['Do poprawy', 'Zaplanowane', 'Zadania do grupy'])
        await queue(page, name).waitFor()
      expect(await queue(page, 'Do akceptacji').count()).toBe(0)
    })
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'desk-editor.png') })
    await context.close()
  })
})
