import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logIn, openContext, stepper, UI, warnOfPageErrors } from './browser'
import { restClient } from './rest'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * Live previews on the post form: an editor types a new post and, before saving anything, sees it
 * as the Page, the residents' group, the newsletter and the RSS feed will show it.
 */

const EDITOR = 'redakcja.szkola@wislotki.example'
const SCHOOL = 'Szkoła Podstawowa im. Marii Konopnickiej w Wisłotkach'
const TITLE = 'Podgląd: piknik rodzinny w szkole'
const LEAD = 'Zapraszamy całe rodziny na piknik w ogrodzie szkolnym.'
const BODY = [
  'Piknik zaczyna się w sobotę o godz. 11.',
  'Będą gry, konkursy i stoisko z ciastem.',
  'Bilety na loterię: bit.ly/piknik-wislotki',
]

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('previews-')
const { api, tokenOf } = restClient(() => server.baseURL)

beforeAll(async () => {
  server = await startServer({ name: 'previews' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

/** Picks an option of a react-select (Payload's select and relationship fields). */
const choose = async (page: Page, field: Locator, option: string) => {
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

const shoot = (panel: Locator, name: string) =>
  panel.screenshot({ path: path.join(RESULTS_DIR, `previews-${name}.png`) })

describe('live previews', () => {
  it('shows every channel of a post that was never saved', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, EDITOR))

    await step(page, 'type', async () => {
      await page.goto('/admin/collections/posts/create')
      await page.locator('#field-title').fill(TITLE)
      await page.locator('#field-lead').fill(LEAD)
      await choose(page, page.locator('#field-unit'), SCHOOL)
      const editor = page.locator('[data-lexical-editor="true"]').first()
      await editor.click()
      for (const [i, line] of BODY.entries()) {
        if (i) await page.keyboard.press('Enter')
        await page.keyboard.type(line)
      }
    })

    const panel = page.getByTestId('live-preview')
    const tab = (name: string) => panel.getByRole('tab', { name, exact: true })

    await step(page, 'fanpage', async () => {
      await panel.scrollIntoViewIfNeeded()
      const copy = panel.getByTestId('preview-fanpage')
      await expect.poll(() => copy.innerText(), { timeout: UI }).toContain('bit.ly/piknik-wislotki')
      expect(await copy.innerText()).toContain(TITLE)
      // Title, lead and three lines of body: more than five lines, so Facebook folds it.
      await copy.getByTestId('see-more').waitFor({ timeout: UI })
      expect(await panel.getByTestId('preview-figures').innerText()).toMatch(/Znaki: \d+ z 2000/)
      await shoot(panel, 'fanpage')
    })

    await step(page, 'group', async () => {
      await tab('Grupa mieszkańców').click()
      await panel.getByTestId('preview-group').waitFor({ timeout: UI })
      expect(await panel.getByTestId('preview-lint').innerText()).toContain('bit.ly')
      await shoot(panel, 'group')
    })

    await step(page, 'newsletter', async () => {
      await tab('Newsletter').click()
      await panel.getByTestId('preview-newsletter').waitFor({ timeout: UI })
      const email = panel.frameLocator('iframe[title="Wersja HTML"]')
      await email.getByRole('heading', { name: TITLE }).waitFor({ timeout: UI })
      expect(await panel.locator('pre').innerText()).toContain(LEAD)
      await panel.getByRole('button', { name: 'Wyślij testowo do mnie' }).waitFor()
      await shoot(panel, 'newsletter')
    })

    await step(page, 'rss', async () => {
      await tab('RSS').click()
      const item = panel.getByTestId('preview-rss')
      await item.waitFor({ timeout: UI })
      expect(await item.innerText()).toContain('/aktualnosci/podglad-piknik-rodzinny-w-szkole')
      await shoot(panel, 'rss')
    })

    // Nothing was saved: still the create view, and no such post exists.
    expect(new URL(page.url()).pathname).toBe('/admin/collections/posts/create')
    const found = await api(`/posts?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`, {
      token: await tokenOf(EDITOR),
    })
    expect(found.body.totalDocs).toBe(0)
    await context.close()
  })
})
