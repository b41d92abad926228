import { HtmlValidate } from 'html-validate'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { launchBrowser, LOCALE, PASSWORD, SAVE, stepper } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'

/**
 * The newsletter's double opt-in as a resident goes through it, on the production server: the
 * public form (no JavaScript needed), the confirmation email caught by a real SMTP server on
 * loopback and parsed by mailparser, its link opened in the browser, the button that confirms.
 */

const ADDRESS = 'mieszkanka.e2e@example.pl'

let server: E2EServer
let smtp: FakeSmtp
let browser: Browser | undefined
const step = stepper('newsletter-failed-')

beforeAll(async () => {
  smtp = await startFakeSmtp()
  // SERVER_URL: the links in the email and the redirects after a form post lead back to this server.
  server = await startServer({
    env: (baseURL) => ({ ...smtp.env(), SERVER_URL: baseURL }),
    name: 'newsletter',
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
})

const adminToken = async () => {
  const res = await fetch(`${server.baseURL}/api/users/login`, {
    body: JSON.stringify({ email: 'admin@wislotki.example', password: PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    signal: AbortSignal.timeout(SAVE),
  })
  return ((await res.json()) as { token: string }).token
}

/** The subscriber as an admin sees it through the REST API. */
const subscriberAsAdmin = async (token: string) => {
  const query = new URLSearchParams({ depth: '0', 'where[email][equals]': ADDRESS })
  const res = await fetch(`${server.baseURL}/api/newsletter-subscribers?${query}`, {
    headers: { authorization: `JWT ${token}` },
    signal: AbortSignal.timeout(SAVE),
  })
  expect(res.status).toBe(200)
  const { docs } = (await res.json()) as { docs: Record<string, any>[] }
  expect(docs).toHaveLength(1)
  return docs[0]
}

describe('newsletter subscription in the browser', () => {
  it('serves a valid, accessible subscribe form', async () => {
    const res = await fetch(`${server.baseURL}/newsletter`, { signal: AbortSignal.timeout(SAVE) })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toMatch(/<main[^>]*id="tresc"[^>]*><h1>Newsletter e-mail<\/h1>/)
    // The consent text names the controller: the demo gmina's office, with its contact.
    expect(html).toContain(
      'Administratorem danych jest Urząd Gminy Wisłotki (kontakt: urzad-gminy@wislotki.example).',
    )
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(
      html,
    )
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    ).toEqual([])
  })

  it('subscribes through the form and confirms through the link from the email', async () => {
    browser = await launchBrowser()
    // A resident without JavaScript: the form, the redirects and the confirmation button are plain HTML.
    const context = await browser.newContext({
      baseURL: server.baseURL,
      javaScriptEnabled: false,
      locale: LOCALE,
      viewport: { height: 1000, width: 1200 },
    })
    context.setDefaultTimeout(SAVE)
    const page = await context.newPage()

    await step(page, 'form', async () => {
      await page.goto('/newsletter')
      await page.getByLabel('Adres e-mail').fill(ADDRESS)
      await page
        .getByRole('group', { name: /Jak często/ })
        .getByLabel(/Codziennie/)
        .check()
      await page
        .getByRole('group', { name: /Jednostki/ })
        .getByLabel('OSP Wisłotki')
        .check()
      await page
        .getByRole('group', { name: /Kategorie/ })
        .getByRole('checkbox')
        .first()
        .check()
      await page.getByLabel(/Zgadzam się/).check()
      await page.getByRole('button', { name: 'Zapisz się' }).click()
      await page.getByRole('heading', { level: 1, name: 'Sprawdź skrzynkę' }).waitFor()
    })
    // POST-redirect-GET: the browser ends on the page, not on the API.
    expect(new URL(page.url()).pathname).toBe('/newsletter')

    // The demo's staff get their notifications through the same server: pick the resident's mail.
    const mail = await smtp.waitForMailTo(ADDRESS, SAVE)
    expect(mail.to).toEqual([ADDRESS])
    const parsed = mail.parsed!
    expect(parsed.subject).toMatch(/^Potwierdź zapis do newslettera/)
    // Both parts, each with the same confirmation link.
    expect(parsed.text).toBeTruthy()
    expect(parsed.html).toBeTruthy()
    const link = parsed.text!.match(/https?:\/\/\S+\/newsletter\/potwierdz\/[A-Za-z0-9_-]{43}/)?.[0]
    expect(link, parsed.text).toBeTruthy()
    expect(link!.startsWith(`${server.baseURL}/`)).toBe(true)
    expect(parsed.html).toContain(`href="${link}"`)
    expect(parsed.text).toMatch(/Jeśli to nie Ty/)

    // Opening the link (as a mail scanner would) confirms nothing yet.
    await step(page, 'confirm-page', async () => {
      await page.goto(link!)
      await page
        .getByRole('heading', { level: 1, name: 'Potwierdź zapis do newslettera' })
        .waitFor()
    })
    const token = await adminToken()
    expect((await subscriberAsAdmin(token)).state).toBe('pending')

    await step(page, 'confirm', async () => {
      await page.getByRole('button', { name: 'Potwierdzam zapis' }).click()
      await page.getByRole('heading', { level: 1, name: 'Zapis potwierdzony' }).waitFor()
    })
    expect(await page.getByRole('status').innerText()).toContain(ADDRESS)
    await page.screenshot({
      fullPage: true,
      path: path.join(RESULTS_DIR, 'newsletter-confirmed.png'),
    })

    const subscriber = await subscriberAsAdmin(token)
    expect(subscriber.state).toBe('confirmed')
    expect(Date.now() - new Date(subscriber.confirmedAt).getTime()).toBeLessThan(5 * 60_000)
    expect(subscriber.preferences.digest).toBe('daily')
    expect(subscriber.preferences.units).toHaveLength(1)
    expect(subscriber.preferences.categories).toHaveLength(1)
    // The consent record: the text's version, when, from where, and a keyed hash of the IP, never the IP.
    expect(subscriber.consent).toMatchObject({ source: 'form' })
    expect(subscriber.consent.textVersion).toBeGreaterThanOrEqual(1)
    expect(subscriber.consent.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(subscriber)).not.toContain('127.0.0.1')
    // Tokens stay out of the API, even for an admin.
    expect(subscriber).not.toHaveProperty('manageToken')
    expect(subscriber).not.toHaveProperty('confirmToken')
    expect(JSON.stringify(subscriber)).not.toContain(link!.split('/').pop()!)

    // The link used once more still shows a clear page, never an error.
    const again = await page.goto(link!)
    expect(again?.status()).toBe(200)
    await page.getByRole('heading', { level: 1 }).waitFor()
  })

  it('counts attempts per connection address, which a forged X-Forwarded-For does not change', async () => {
    // The production server stamps each request with its socket address (src/instrumentation.ts).
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const res = await fetch(`${server.baseURL}/api/newsletter/subscribe`, {
        body: JSON.stringify({ consent: true, email: `seria${i}@example.pl`, urgentAlerts: true }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        method: 'POST',
        signal: AbortSignal.timeout(SAVE),
      })
      statuses.push(res.status)
    }
    // The browser's subscription above came from the same address: 9 more are allowed in the window.
    expect(statuses.slice(0, 9)).toEqual(Array(9).fill(202))
    expect(statuses.slice(9)).toEqual([429, 429])
  })
})
