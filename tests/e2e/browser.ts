import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'

import { RESULTS_DIR } from './server'

/** Browser helpers shared by the end-to-end tests that drive the admin. */

/** The password of every seeded demo account. */
export const PASSWORD = 'Wislotki-demo-2025'

// A Polish browser: the admin speaks the language the browser asks for (Payload offers pl and en).
export const LOCALE = 'pl-PL'
export const UI = 30_000
export const SAVE = 60_000

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })

/** A Polish browser context on the server; uncaught errors of its pages are pushed to `pageErrors`. */
export const openContext = async (
  browser: Browser,
  baseURL: string,
  pageErrors: string[],
): Promise<BrowserContext> => {
  const context = await browser.newContext({
    baseURL,
    locale: LOCALE,
    viewport: { height: 1000, width: 1400 },
  })
  context.setDefaultTimeout(UI)
  context.setDefaultNavigationTimeout(SAVE)
  context.on('page', (page) =>
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)),
  )
  return context
}

export const warnOfPageErrors = (pageErrors: string[]) => {
  if (pageErrors.length)
    console.warn(`Uncaught errors in the admin pages:\n${pageErrors.join('\n')}`)
}

/**
 * Makes `step(page, name, fn)`, which runs a step; on failure keeps a screenshot of where it
 * stopped, next to the other results, as `<screenshotPrefix><name>.png`.
 */
export const stepper =
  (screenshotPrefix: string) =>
  async <T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      await page
        .screenshot({
          fullPage: true,
          path: path.join(RESULTS_DIR, `${screenshotPrefix}${name}.png`),
        })
        .catch(() => {})
      const toasts = await page
        .locator('.payload-toast-container li, [data-sonner-toast]')
        .allInnerTexts()
        .catch(() => [])
      if (toasts.length && error instanceof Error)
        error.message += `\nToasts on the page: ${toasts.join(' | ')}`
      throw error
    }
  }

export const logIn = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Zaloguj' }).click()
  await page.waitForURL(
    (url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'),
    { timeout: SAVE },
  )
  // The dashboard (in Polish) proves the session works.
  await page.getByRole('link', { name: 'Wpisy' }).first().waitFor()
}

/** Waits for the workflow panel to show `label`, failing early with the error toast if the server refused. */
export const expectState = async (page: Page, label: string) => {
  await expect
    .poll(
      async () => {
        const error = page.locator('.toast-error, [data-sonner-toast][data-type="error"]')
        if (await error.count())
          throw new Error(
            `The admin reported an error: ${(await error.allInnerTexts()).join(' | ')}`,
          )
        return page.getByTestId('workflow-state').innerText()
      },
      { interval: 250, timeout: SAVE },
    )
    .toBe(label)
}
