import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, dayOf, zonedInstant } from '../../plugins/desk/rules/zoned-time'
import { launchBrowser, logIn, openContext, stepper, UI, warnOfPageErrors } from './browser'
import { restClient } from './rest'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The editorial calendar on the production server: the month and the week of a planned post, a
 * drag that moves it (the API then says so), a move from the keyboard, the ICS address created,
 * read and revoked from the page, and an editor's drag that the API refuses, its reason shown and
 * the post left where it was.
 */

const APPROVER = 'sekretarz@wislotki.example'
const EDITOR = 'redakcja.szkola@wislotki.example'
const TZ = 'Europe/Warsaw'

let server: E2EServer
let browser: Browser
const pageErrors: string[] = []
const step = stepper('calendar-')
const { api, tokenOf } = restClient(() => server.baseURL)

// Ten days ahead: the post stays planned throughout; its neighbour in the same month is the target.
const base = addDays(dayOf(new Date(), TZ), 10)
const target =
  addDays(base, 1).slice(0, 7) === base.slice(0, 7) ? addDays(base, 1) : addDays(base, -1)
const at = (day: string, hour: number, minute = 0) =>
  zonedInstant({ day, hour, minute }, TZ).toISOString()

let postId: number

beforeAll(async () => {
  server = await startServer({ name: 'calendar' })
  browser = await launchBrowser()
  const editor = await tokenOf(EDITOR)
  const units = await api('/units?where[slug][equals]=szkola-podstawowa&depth=0', { token: editor })
  const created = await api('/posts', {
    body: {
      category: 'culture',
      channels: ['rss'],
      informationType: 'local_news',
      lead: 'Zapraszamy.',
      publishAt: at(base, 10, 30),
      title: 'Kalendarz: koncert kolęd',
      unit: units.body.docs[0].id,
    },
    method: 'POST',
    token: editor,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  postId = created.body.doc.id
  for (const [workflowAction, token] of [
    ['submit', editor],
    ['approve', await tokenOf(APPROVER)],
  ] as const) {
    const res = await api(`/posts/${postId}`, { body: { workflowAction }, method: 'PATCH', token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  warnOfPageErrors(pageErrors)
})

const publishAt = async () =>
  (await api(`/posts/${postId}?depth=0`, { token: await tokenOf(APPROVER) })).body.publishAt
const item = (page: Page) => page.locator(`li[data-event="${postId}"]`)
const status = (page: Page) => page.getByTestId('calendar-status')

describe('the editorial calendar', () => {
  it('shows the month and the week, and moves a post by drag and by keyboard', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, APPROVER))

    await step(page, 'month', async () => {
      // Linked from the navigation (closed at this width, so read rather than clicked).
      expect(await page.locator('#nav-kalendarz').getAttribute('href')).toBe('/admin/kalendarz')
      await page.goto('/admin/kalendarz')
      await page.getByRole('heading', { level: 1, name: 'Kalendarz' }).waitFor()
      await page.goto(`/admin/kalendarz?widok=month&dzien=${base}`)
      await item(page).waitFor()
      expect(await item(page).textContent()).toContain('Zatwierdzony')
      expect(await item(page).textContent()).toContain('Szkoła Podstawowa')
      expect(await page.locator(`td[data-day="${base}"] li[data-event="${postId}"]`).count()).toBe(
        1,
      )
    })
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'calendar-month.png') })

    await step(page, 'drag', async () => {
      await item(page).dragTo(page.locator(`td[data-day="${target}"]`))
      await expect.poll(publishAt, { timeout: UI }).toBe(at(target, 10, 30))
      await page.locator(`td[data-day="${target}"] li[data-event="${postId}"]`).waitFor()
      expect(await status(page).textContent()).toContain('Przesunięto „Kalendarz: koncert kolęd”')
    })
    await page.screenshot({
      fullPage: true,
      path: path.join(RESULTS_DIR, 'calendar-month-moved.png'),
    })

    await step(page, 'week', async () => {
      // The week of the day the post moved to (it may lie in the next week).
      await page.goto(`/admin/kalendarz?widok=month&dzien=${target}`)
      await page.getByRole('button', { name: 'Tydzień' }).click()
      await page
        .locator(`td[data-day="${target}"][data-hour="10"] li[data-event="${postId}"]`)
        .waitFor()
    })
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'calendar-week.png') })

    await step(page, 'keyboard', async () => {
      await page.getByRole('button', { name: 'Przesuń „Kalendarz: koncert kolęd”' }).focus()
      await page.keyboard.press('Enter')
      const input = page.getByLabel('Nowy termin publikacji „Kalendarz: koncert kolęd”')
      await input.fill(`${target}T14:45`)
      await input.press('Enter')
      await expect.poll(publishAt, { timeout: UI }).toBe(at(target, 14, 45))
      await page
        .locator(`td[data-day="${target}"][data-hour="14"] li[data-event="${postId}"]`)
        .waitFor()
    })

    await step(page, 'feed', async () => {
      const feed = page.getByTestId('calendar-feed')
      await feed.getByRole('button', { name: 'Utwórz adres' }).click()
      const url = await feed.getByLabel('Twój adres kalendarza (skopiuj go teraz)').inputValue()
      const ics = await fetch(url)
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
      expect((await ics.text()).replace(/\r\n /g, '')).toContain(
        `DTSTART:${at(target, 14, 45).replace(/[-:]|\.\d{3}/g, '')}`,
      )
      await feed.getByRole('button', { name: 'Wyłącz adres' }).click()
      await feed.getByText('Adres kalendarza wyłączony.').waitFor()
      expect((await fetch(url)).status).toBe(404)
    })

    await step(page, 'agenda', async () => {
      await page.getByRole('button', { name: 'Lista' }).click()
      await page
        .locator('[data-view="agenda"]')
        .getByRole('link', { name: 'Kalendarz: koncert kolęd' })
        .click()
      await page.waitForURL(new RegExp(`/admin/collections/posts/${postId}$`))
    })
    await context.close()
  })

  it('shows the API’s reason when an editor’s move is refused, and leaves the post', async () => {
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'editor-login', () => logIn(page, EDITOR))
    const before = await publishAt()
    const day = dayOf(new Date(before), TZ)
    const other =
      addDays(day, 1).slice(0, 7) === day.slice(0, 7) ? addDays(day, 1) : addDays(day, -1)
    await step(page, 'editor-refused', async () => {
      await page.goto(`/admin/kalendarz?widok=month&dzien=${day}`)
      await item(page).dragTo(page.locator(`td[data-day="${other}"]`))
      await expect
        .poll(() => status(page).textContent(), { timeout: UI })
        .toBe('Nie przesunięto „Kalendarz: koncert kolęd”: Nie możesz wykonać tej akcji.')
      expect(await page.locator(`td[data-day="${day}"] li[data-event="${postId}"]`).count()).toBe(1)
      expect(await publishAt()).toBe(before)
    })
    await page.screenshot({ fullPage: true, path: path.join(RESULTS_DIR, 'calendar-refused.png') })
    await context.close()
  })
})
