import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  expectState,
  launchBrowser,
  logIn,
  openContext,
  PASSWORD,
  SAVE,
  stepper,
  warnOfPageErrors,
} from './browser'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { startServer, type E2EServer } from './server'
import { restClient } from './rest'

/**
 * The category channel policy in the admin of the production build: the editor's form says which
 * channels consultations need, an approval without them is refused with the Polish reason (not a
 * generic error), and so is one while a required channel is not configured (the residents' group
 * here); once the channels are added and configured the post is approved; held for its BIP
 * entry, it reads "Czeka na publikację w BIP" on the post and in the list, never "Opublikowany".
 */

const APPROVER = 'sekretarz@wislotki.example'
const ADMIN = 'admin@wislotki.example'
const SLUG = 'konsultacje-budzetu-obywatelskiego-2026'

let server: E2EServer
let browser: Browser
let smtp: FakeSmtp
const pageErrors: string[] = []
const step = stepper('failed-policy-')

beforeAll(async () => {
  // The Page and the mail server are configured; the residents' group is added by the test. The
  // demo's BIP entry is a draft, so no copy goes anywhere (the Graph URL is a closed port anyway).
  smtp = await startFakeSmtp()
  server = await startServer({
    env: {
      ...smtp.env(),
      FACEBOOK_GRAPH_URL: 'http://127.0.0.1:9',
      FACEBOOK_PAGE_ID: '1000',
      FACEBOOK_PAGE_TOKEN: 'page-token-e2e',
    },
    name: 'category-policy',
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.close()
  warnOfPageErrors(pageErrors)
})

const { api } = restClient(() => server.baseURL)

describe('category channel policy in the admin', () => {
  it('warns under the channels, refuses the approval with the reason, and approves once the channels are there', async () => {
    const token = (
      await api('/users/login', { body: { email: APPROVER, password: PASSWORD }, method: 'POST' })
    ).body.token as string
    const [post] = (await api(`/posts?where[slug][equals]=${SLUG}&depth=0`, { token })).body.docs
    // The demo consultation reaches every channel; take the group and the newsletter away.
    expect(
      (
        await api(`/posts/${post.id}`, {
          body: { channels: ['fanpage', 'rss'] },
          method: 'PATCH',
          token,
        })
      ).status,
    ).toBe(200)

    // An API client gets the reason too, never "An unknown error occurred."
    const refused = await api(`/posts/${post.id}`, {
      body: { workflowAction: 'approve' },
      method: 'PATCH',
      token,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(
      /^Wpis z kategorii „Konsultacje społeczne” nie spełnia zasad kanałów publikacji – dodaj kanały „Grupa mieszkańców \(Facebook\)” i „Newsletter e-mail”\./,
    )

    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'login', () => logIn(page, APPROVER))
    await step(page, 'note', async () => {
      await page.goto(`/admin/collections/posts/${post.id}`)
      const note = page.locator('.herold-channel-policy')
      await expect
        .poll(() => note.innerText())
        .toMatch(/Kategoria „Konsultacje społeczne” – wymagane kanały/)
      expect(await note.getAttribute('data-broken')).toBe('true')
      expect(await note.innerText()).toMatch(
        /Zatwierdzenie zostanie odrzucone, dopóki nie dodasz: Grupa mieszkańców \(Facebook\), Newsletter e-mail\./,
      )
    })
    await step(page, 'refused', async () => {
      await page.getByRole('button', { name: 'Zatwierdź' }).click()
      const toast = page.locator('.toast-error, [data-sonner-toast][data-type="error"]')
      await expect
        .poll(() => toast.allInnerTexts().then((t) => t.join(' ')), { timeout: SAVE })
        .toMatch(
          /nie spełnia zasad kanałów publikacji – dodaj kanały „Grupa mieszkańców \(Facebook\)” i „Newsletter e-mail”/,
        )
      expect((await api(`/posts/${post.id}?depth=0`, { token })).body.workflowState).toBe(
        'in_review',
      )
    })
    await step(page, 'approved', async () => {
      expect(
        (
          await api(`/posts/${post.id}`, {
            body: { channels: ['fanpage', 'group', 'rss', 'newsletter'] },
            method: 'PATCH',
            token,
          })
        ).status,
      ).toBe(200)
      await page.reload()
      await expect
        .poll(() => page.locator('.herold-channel-policy').getAttribute('data-broken'))
        .toBe('false')
      // The residents' group is required but no group account exists yet: refused, with why.
      await page.getByRole('button', { name: 'Zatwierdź' }).click()
      const toast = page.locator('.toast-error, [data-sonner-toast][data-type="error"]')
      await expect
        .poll(() => toast.allInnerTexts().then((t) => t.join(' ')), { timeout: SAVE })
        .toMatch(
          /muszą trafić na kanał „Grupa mieszkańców \(Facebook\)”, ale ten kanał nie jest połączony ani skonfigurowany — poproś administratora/,
        )
      expect((await api(`/posts/${post.id}?depth=0`, { token })).body.workflowState).toBe(
        'in_review',
      )
      // The admin adds the group (posted by hand by the editors) under the demo group's rules.
      const admin = (
        await api('/users/login', { body: { email: ADMIN, password: PASSWORD }, method: 'POST' })
      ).body.token as string
      const rules = await api(
        '/discussion-rules?where[slug][equals]=grupa-mieszkancow-wislotek&depth=0',
        { token: admin },
      )
      const group = await api('/channel-accounts', {
        body: {
          discussionRules: rules.body.docs[0].id,
          enabled: true,
          group: { mode: 'handoff' },
          kind: 'group',
          name: 'Grupa mieszkańców Wisłotek',
        },
        method: 'POST',
        token: admin,
      })
      expect(group.status, JSON.stringify(group.body)).toBe(201)
      await page.reload()
      await page.getByRole('button', { name: 'Zatwierdź' }).click()
      // The demo's BIP entry is still a draft: approved, yet residents see nothing before BIP.
      await expectState(page, 'Czeka na publikację w BIP')
    })
    await step(page, 'held-in-list', async () => {
      await page.goto('/admin/collections/posts?limit=100')
      const row = page.getByRole('row').filter({ hasText: 'Konsultacje budżetu obywatelskiego' })
      await expect.poll(() => row.first().textContent()).toContain('Czeka na publikację w BIP')
      expect(await row.first().textContent()).not.toContain('Opublikowany')
    })
    await context.close()
  })
})
