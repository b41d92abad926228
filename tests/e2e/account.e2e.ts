import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  launchBrowser,
  logIn,
  openContext,
  PASSWORD,
  SAVE,
  stepper,
  warnOfPageErrors,
} from './browser'
import { restClient } from './rest'
import { startServer, type E2EServer } from './server'

/**
 * One's own account page in the admin of the production build: the e-mail changes only with the
 * current password, asked for in its own masked field; saving the name alone asks nothing. On a
 * colleague's account (an admin's view) the field is not shown.
 */

const EDITOR = 'osp@wislotki.example'
const NEW_EMAIL = 'osp.nowy@wislotki.example'
const ADMIN = 'admin@wislotki.example'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('failed-account-')
const { api } = restClient(() => server.baseURL)

beforeAll(async () => {
  server = await startServer({ name: 'account' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

describe('the account page', () => {
  it('asks for the current password to change the e-mail, and only then', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, EDITOR))
    const current = page.locator('#field-currentPassword')
    const save = async () => {
      // A click before the form is live (or with nothing changed) would do nothing.
      await expect
        .poll(() => page.locator('#action-save').isEnabled(), { timeout: SAVE })
        .toBe(true)
      await page.locator('#action-save').click()
    }
    const open = async () => {
      await page.goto('/admin/account')
      await page.waitForLoadState('networkidle')
      await current.waitFor()
    }
    const toasts = () =>
      page
        .locator('[data-sonner-toast]')
        .allInnerTexts()
        .then((t) => t.join(' | '))

    await step(page, 'name-only', async () => {
      await open()
      expect(await current.getAttribute('type')).toBe('password')
      expect(await page.locator('.field-type').filter({ has: current }).innerText()).toContain(
        'Wymagane, gdy zmieniasz swój adres e-mail lub hasło.',
      )
      await page.locator('#field-position').fill('Naczelnik OSP')
      await save()
      await expect.poll(toasts, { timeout: SAVE }).toMatch(/Aktualizacja zakończona sukcesem/)
    })
    await step(page, 'email-without-password', async () => {
      await open()
      await page.locator('#field-email').fill(NEW_EMAIL)
      await save()
      await expect
        .poll(toasts, { timeout: SAVE })
        .toMatch(/To pole jest nieprawidłowe: Obecne hasło/)
      expect(
        (
          await api('/users/login', {
            body: { email: NEW_EMAIL, password: PASSWORD },
            method: 'POST',
          })
        ).status,
      ).toBe(401)
    })
    await step(page, 'email-with-password', async () => {
      await current.fill(PASSWORD)
      await save()
      await expect
        .poll(
          () =>
            api('/users/login', {
              body: { email: NEW_EMAIL, password: PASSWORD },
              method: 'POST',
            }).then((r) => r.status),
          { timeout: SAVE },
        )
        .toBe(200)
    })
    await context.close()
  })

  it("is not asked on a colleague's account", async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'admin-login', () => logIn(page, ADMIN))
    await step(page, 'colleague', async () => {
      const token = (
        await api('/users/login', { body: { email: ADMIN, password: PASSWORD }, method: 'POST' })
      ).body.token as string
      const colleague = (
        await api(`/users?where[email][equals]=${encodeURIComponent(NEW_EMAIL)}&depth=0`, { token })
      ).body.docs[0]
      await page.goto(`/admin/collections/users/${colleague.id}`)
      await page.locator('#field-name').waitFor()
      expect(await page.locator('#field-currentPassword').count()).toBe(0)
      await page.goto('/admin/account')
      await page.locator('#field-currentPassword').waitFor()
    })
    await context.close()
  })
})
