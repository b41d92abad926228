import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { logIn, UI } from './browser'
import { RESULTS_DIR } from './server'
import {
  ADMIN,
  api,
  APPROVER,
  AUTHOR,
  BIP_URL,
  DELIVERY_TIMEOUT,
  deliveriesOf,
  graph,
  newContext,
  step,
  tokenOf,
  UNIT,
  useFanoutStage,
} from './fanout/stage'

/**
 * Staff at work on copies in the production build, against the fake Graph API: the demo data was
 * seeded before the Page was connected, so its copies were skipped; "Wyślij teraz" sends one from
 * its post, the dashboard's bulk action the others of the last 14 days, each once. Then the Page
 * account removes copies by itself when their BIP entry is withdrawn, and the post says so.
 */

useFanoutStage()

const until = async (what: string, ok: () => Promise<boolean> | boolean) => {
  const deadline = Date.now() + DELIVERY_TIMEOUT
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Skipped Page copies of published posts residents may already see (no BIP wait). */
const sendableSkipped = async () => {
  const token = await tokenOf(ADMIN)
  const skipped = (
    await api('/deliveries?where[state][equals]=skipped&where[channel][equals]=fanpage&limit=100', {
      token,
    })
  ).body.docs as {
    id: number
    post: { id: number; informationType: string; workflowState: string }
  }[]
  return skipped.filter(
    (d) => d.post.workflowState === 'published' && d.post.informationType !== 'public_information',
  )
}

/** A post of local news to the Page, written by the author and approved by the approver. */
const publishLocalNews = async (title: string) => {
  const author = await tokenOf(AUTHOR)
  const unit = (
    await api(`/units?where[name][equals]=${encodeURIComponent(UNIT)}&depth=0`, { token: author })
  ).body.docs[0]
  const created = await api('/posts', {
    body: { category: 'culture', channels: ['fanpage'], lead: `${title}.`, title, unit: unit.id },
    method: 'POST',
    token: author,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id as number
  await api(`/posts/${id}`, { body: { workflowAction: 'submit' }, method: 'PATCH', token: author })
  const approved = await api(`/posts/${id}`, {
    body: { workflowAction: 'approve' },
    method: 'PATCH',
    token: await tokenOf(APPROVER),
  })
  expect(approved.body.doc?.workflowState, JSON.stringify(approved.body)).toBe('published')
  return id
}

/** How many Page copies are in these states. */
const fanpageIn = async (states: string[]) =>
  (
    await api(
      `/deliveries?where[channel][equals]=fanpage&where[state][in]=${states.join(',')}&limit=0&depth=0`,
      { token: await tokenOf(ADMIN) },
    )
  ).body.totalDocs as number

describe('skipped copies sent once the Page is connected, and copies removed after a BIP withdrawal', () => {
  it('"Wyślij teraz" on a post sends its skipped Page copy once', async () => {
    const [first] = await sendableSkipped()
    expect(first, 'the demo has a published post whose Page copy was skipped').toBeDefined()
    const context = await newContext()
    const page = await context.newPage()
    await step(page, 'admin-login', () => logIn(page, ADMIN))
    await step(page, 'send-now', async () => {
      await page.goto(`/admin/collections/posts/${first.post.id}`)
      const row = page
        .getByRole('region', { name: 'Publikacja w kanałach' })
        .locator('tr[data-channel="fanpage"]')
      await expect.poll(() => row.getAttribute('data-state'), { timeout: UI }).toBe('skipped')
      await row.getByRole('button', { name: 'Wyślij teraz' }).click()
      await expect
        .poll(
          () =>
            page
              .getByRole('status')
              .allInnerTexts()
              .then((t) => t.join(' ')),
          {
            timeout: UI,
          },
        )
        .toContain('Kopia trafiła do kolejki wysyłki.')
      await until('the Page copy', () => graph.posts.length === 1)
      // The panel refreshes by itself every 5 s.
      await expect.poll(() => row.getAttribute('data-state'), { timeout: UI }).toBe('sent')
      await page.screenshot({
        fullPage: true,
        path: path.join(RESULTS_DIR, 'channel-work-send-now.png'),
      })
    })
    await context.close()
  })

  it("the dashboard's bulk action sends the other skipped copies of the last 14 days, each once", async () => {
    // Two more posts go out while the Page is switched off: their copies are skipped.
    const admin = await tokenOf(ADMIN)
    const pageAccount = (
      await api('/channel-accounts?where[kind][equals]=fanpage&depth=0', { token: admin })
    ).body.docs[0].id as number
    const switchPage = async (enabled: boolean) =>
      expect(
        (
          await api(`/channel-accounts/${pageAccount}`, {
            body: { enabled },
            method: 'PATCH',
            token: admin,
          })
        ).status,
      ).toBe(200)
    await switchPage(false)
    const titles = ['Wyniki konkursu fotograficznego', 'Nowe godziny otwarcia biblioteki']
    for (const title of titles) await publishLocalNews(title)
    await switchPage(true)
    const before = graph.posts.length
    const context = await newContext()
    const page = await context.newPage()
    await step(page, 'admin-login-bulk', () => logIn(page, ADMIN))
    await step(page, 'bulk', async () => {
      await page.goto('/admin')
      const button = page.getByRole('button', { name: /^Wyślij pominięte z ostatnich 14 dni/ })
      await button.waitFor({ timeout: UI })
      const count = Number(/\((\d+)\)/.exec(await button.innerText())?.[1])
      expect(count).toBeGreaterThanOrEqual(titles.length)
      await page.screenshot({
        fullPage: true,
        path: path.join(RESULTS_DIR, 'channel-work-dashboard.png'),
      })
      await button.click()
      await page.waitForURL((url) => url.pathname === '/admin', { timeout: UI })
      // Public information whose BIP entry is not out yet waits for it; the others go out.
      await until('the skipped copies', async () => (await fanpageIn(['pending', 'sending'])) === 0)
      const sent = await fanpageIn(['sent'])
      expect(graph.posts.length).toBe(sent)
      for (const title of titles)
        expect(graph.posts.filter((p) => p.message?.includes(title))).toHaveLength(1)
      // Nothing left to send: the alert is gone, and nothing goes out twice.
      await page.reload()
      await page.getByRole('link', { name: 'Wpisy' }).first().waitFor()
      expect(await button.count()).toBe(0)
      await new Promise((r) => setTimeout(r, 3_000))
      expect(graph.posts.length).toBe(sent)
      expect(before).toBe(1)
    })
    await context.close()
  })

  it('removes the Page copy by itself when the BIP entry is withdrawn, and the post says so', async () => {
    const admin = await tokenOf(ADMIN)
    const accounts = await api('/channel-accounts?where[kind][equals]=fanpage&depth=0', {
      token: admin,
    })
    const updated = await api(`/channel-accounts/${accounts.body.docs[0].id}`, {
      body: { bipWithdrawal: 'takedown' },
      method: 'PATCH',
      token: admin,
    })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)

    const author = await tokenOf(AUTHOR)
    const unit = (
      await api(`/units?where[name][equals]=${encodeURIComponent(UNIT)}&depth=0`, { token: author })
    ).body.docs[0]
    const bip = (
      await api(`/bip-references?where[url][equals]=${encodeURIComponent(BIP_URL)}&depth=0`, {
        token: author,
      })
    ).body.docs[0]
    const title = 'Zmiana porządku obrad sesji – komunikat do wycofania'
    const created = await api('/posts', {
      body: {
        bipReference: bip.id,
        category: 'council_sessions',
        channels: ['fanpage'],
        informationType: 'public_information',
        lead: 'Komunikat o zmianie porządku obrad.',
        title,
        unit: unit.id,
      },
      method: 'POST',
      token: author,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const postId = created.body.doc.id as number
    await api(`/posts/${postId}`, {
      body: { workflowAction: 'submit' },
      method: 'PATCH',
      token: author,
    })
    const approved = await api(`/posts/${postId}`, {
      body: { workflowAction: 'approve' },
      method: 'PATCH',
      token: await tokenOf(APPROVER),
    })
    expect(approved.body.doc?.workflowState, JSON.stringify(approved.body)).toBe('published')
    await until('the Page copy', () => graph.posts.some((p) => p.message?.includes(title)))

    const withdrawn = await api(`/bip-references/${bip.id}`, {
      body: { state: 'withdrawn' },
      method: 'PATCH',
      token: await tokenOf(APPROVER),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    await until('the takedown', () => !graph.posts.some((p) => p.message?.includes(title)))
    const [copy] = await deliveriesOf(postId)
    expect(copy).toMatchObject({ channel: 'fanpage', withdrawal: 'takedown' })
    expect(copy.takenDownAt).toBeTruthy()
    expect(
      graph.requests.filter((r) => r.method === 'DELETE' && r.path.endsWith(`/${copy.externalId}`)),
    ).toHaveLength(1)

    const context = await newContext()
    const page = await context.newPage()
    await step(page, 'admin-login-withdrawal', () => logIn(page, ADMIN))
    await step(page, 'withdrawal-panel', async () => {
      await page.goto(`/admin/collections/posts/${postId}`)
      await expect
        .poll(() => page.getByTestId('withdrawal-summary').innerText(), { timeout: UI })
        .toBe('Wycofany z BIP – kopia usunięta z Fanpage’a')
      // The post's state in the sidebar says it too, never "Opublikowany".
      await expect
        .poll(() => page.getByTestId('workflow-state').innerText(), { timeout: UI })
        .toBe('Wycofany z BIP – kopia usunięta z Fanpage’a')
      await page.screenshot({
        fullPage: true,
        path: path.join(RESULTS_DIR, 'channel-work-withdrawn.png'),
      })
    })
    await step(page, 'withdrawal-list', async () => {
      await page.goto('/admin/collections/posts?limit=100')
      const row = page.getByRole('row').filter({ hasText: title })
      await expect
        .poll(() => row.first().textContent(), { timeout: UI })
        .toContain('Wycofany z BIP – kopia usunięta z Fanpage’a')
    })
    await context.close()
  })
})
