import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logIn, openContext, stepper, UI, warnOfPageErrors } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The BIP watcher's suggestions in the post's edit view: an approver writing about the council
 * session sees the demo gmina's session notice (same case reference, similar title), and one
 * click cites it in the post's "Wpis w BIP" field.
 */

const APPROVER = 'sekretarz@wislotki.example'
const ENTRY = 'Zawiadomienie o XXI sesji Rady Gminy Wisłotki'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('bip-suggestions-')

beforeAll(async () => {
  server = await startServer({ name: 'bip-suggestions' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

const choose = async (page: Page, field: Locator, option: string) => {
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
  await expect
    .poll(() => field.locator('.rs__single-value').allInnerTexts(), { timeout: UI })
    .toContain(option)
}

describe('BIP suggestions while writing a post', () => {
  it('lists the matching entry with its reasons and cites it on a click', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, APPROVER))
    await step(page, 'write', async () => {
      await page.goto('/admin/collections/posts/create')
      await page.locator('#field-title').fill('Zapraszamy na XXI sesję Rady Gminy')
      await page.locator('#field-lead').fill('Porządek obrad w zawiadomieniu OR-03.0003.417.2025.')
      await choose(
        page,
        page.locator('#field-informationType'),
        'Informacja publiczna (wymaga BIP)',
      )
    })
    const panel = page.locator('.bip-suggestions')
    await step(page, 'suggested', async () => {
      await panel.getByText('Pasujące wpisy BIP').waitFor({ timeout: UI })
      const item = panel.locator('li', { hasText: ENTRY })
      await item.waitFor({ timeout: UI })
      expect(await item.innerText()).toContain('ten sam znak sprawy')
      expect(await item.innerText()).toContain('opublikowany w BIP')
    })
    await step(page, 'cite', async () => {
      await panel
        .locator('li', { hasText: ENTRY })
        .getByRole('button', { name: 'Wskaż ten wpis' })
        .click()
      await panel.getByText('Wskazany').waitFor({ timeout: UI })
      await expect
        .poll(() => page.locator('#field-bipReference .rs__single-value').allInnerTexts(), {
          timeout: UI,
        })
        .toContain(ENTRY)
    })
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'bip-suggestions.png') })
    await context.close()
  })
})
