import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, logIn, openContext, SAVE, stepper, UI, warnOfPageErrors } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The newsletter's schedule in "Ustawienia newslettera": days as checkboxes, an hour and a time
 * zone; the admin sees the cron expression the worker runs follow the choice after saving.
 */

const ADMIN = 'admin@wislotki.example'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('newsletter-schedule-')

beforeAll(async () => {
  server = await startServer({ name: 'newsletter-schedule' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

describe('the digest schedule', () => {
  it('is chosen as days and an hour, and stored as the cron expression admins see', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, ADMIN))
    await page.goto('/admin/globals/newsletter-settings')
    const day = (kind: 'daily' | 'weekly', name: string) =>
      page.locator(`#field-${kind}Days-${name}`)

    await step(page, 'defaults', async () => {
      await day('weekly', 'mon').waitFor({ timeout: UI })
      expect(await day('weekly', 'mon').isChecked()).toBe(true)
      expect(await day('weekly', 'fri').isChecked()).toBe(false)
      expect(await day('daily', 'sun').isChecked()).toBe(true)
      expect(await page.locator('#field-weeklyTime').inputValue()).toBe('07:00')
      await page.getByText('Europe/Warsaw').first().waitFor()
      expect(await page.locator('#field-weeklyCron').inputValue()).toBe('0 7 * * 1')
      expect(await page.locator('#field-weeklyCron').isDisabled()).toBe(true)
    })

    await step(page, 'change', async () => {
      await day('weekly', 'mon').click()
      await day('weekly', 'fri').click()
      await page.locator('#field-weeklyTime').fill('08:30')
      await page.getByRole('button', { name: 'Zapisz' }).click()
      await expect
        .poll(
          async () => {
            await page.reload()
            await page.locator('#field-weeklyCron').waitFor()
            return page.locator('#field-weeklyCron').inputValue()
          },
          { timeout: SAVE },
        )
        .toBe('30 8 * * 5')
      expect(await day('weekly', 'fri').isChecked()).toBe(true)
      expect(await day('weekly', 'mon').isChecked()).toBe(false)
    })
    await page.screenshot({
      fullPage: true,
      path: path.join(RESULTS_DIR, 'newsletter-schedule.png'),
    })
    await context.close()
  })
})
