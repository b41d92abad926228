import { HtmlValidate } from 'html-validate'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GRAPH_API_VERSION } from '../../plugins/fanout/channels/graph-version'
import { DEMO_RESIDENTS } from '../../src/seed/moderation'
import { type FakeComment, type FakeGraph, startFakeGraph } from '../fakes/graph-api'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { launchBrowser, logIn, openContext, SAVE, stepper, UI, warnOfPageErrors } from './browser'
import { RESULTS_DIR, startServer, type E2EServer } from './server'
import { restClient } from './rest'

/**
 * The moderation register on the production server (`next start`, jobs in-process), with the
 * Graph API and an SMTP server on loopback: the public register shows the demo's acts without
 * anything of the residents; an approver hides a fanpage comment from the admin by the rule it
 * breaks, which writes its own entry; a resident complains through the public form; the approver
 * upholds the complaint, the answer arrives by e-mail and its link shows the outcome.
 */

const AUTHOR = 'sekretarz@wislotki.example'
const APPROVER = 'rzecznik@wislotki.example'
const TITLE = 'Utrudnienia na drodze gminnej w Lipowie – objazd przez Brzozówkę'
const RESIDENT = { id: '990000000000077', name: 'Krystyna Komentująca' }
const COMMENT = 'Wy [wulgaryzm] z urzędu, nic nie umiecie!'
const COMPLAINANT = 'krystyna.k@example.org'

const PAGE_ID = '104000000000001'
const PAGE_TOKEN = 'e2e-page-token-not-for-production'

let server: E2EServer
let browser: Browser
let graph: FakeGraph
let smtp: FakeSmtp
let approverContext: BrowserContext | undefined
const pageErrors: string[] = []
const shared: { comment?: FakeComment; complaint?: number; entry?: number } = {}

const { api, tokenOf } = restClient(() => server.baseURL)
const get = async (route: string) => {
  const res = await fetch(`${server.baseURL}${route}`, {
    headers: { 'accept-language': 'pl' },
    signal: AbortSignal.timeout(SAVE),
  })
  return { html: await res.text(), status: res.status }
}
const residentsIn = (html: string) =>
  [
    ...Object.values(DEMO_RESIDENTS).flatMap((r) => [r.name, r.profile]),
    RESIDENT.name,
    COMMENT,
    COMPLAINANT,
    '@example.org',
  ].filter((s) => html.includes(s))

const step = stepper('failed-moderation-')

beforeAll(async () => {
  graph = await startFakeGraph({ pageId: PAGE_ID, token: PAGE_TOKEN, version: GRAPH_API_VERSION })
  smtp = await startFakeSmtp()
  server = await startServer({
    env: (baseURL) => ({
      ...smtp.env(),
      FACEBOOK_GRAPH_URL: graph.url,
      FACEBOOK_GRAPH_VERSION: GRAPH_API_VERSION,
      FACEBOOK_PAGE_ID: PAGE_ID,
      FACEBOOK_PAGE_TOKEN: PAGE_TOKEN,
      HEROLD_ENCRYPTION_KEY: 'herold-e2e-encryption-key-not-for-production',
      SERVER_URL: baseURL,
    }),
    name: 'moderation-register',
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await approverContext?.close().catch(() => {})
  await browser?.close()
  await server?.stop()
  await graph?.close()
  // The server is gone, so are its pooled SMTP connections: the fake closes at once.
  await smtp?.close()
  warnOfPageErrors(pageErrors)
})

describe('the moderation register', () => {
  it('shows the demo acts with their rules and complaint outcomes, nothing of the residents, in valid HTML', async () => {
    const { html, status } = await get('/rejestr-moderacji')
    expect(status).toBe(200)
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
    expect(main).toMatch(/<main[^>]*id="tresc"[^>]*><h1>Rejestr moderacji<\/h1>/)
    for (let n = 1; n <= 5; n++) expect(main).toContain(`id="wpis-${n}"`)
    expect(main).toContain('Skarga uwzględniona – decyzja była błędna')
    expect(main).toContain('href="/zasady-dyskusji/fanpage-urzedu-gminy#pkt-2"')
    expect(residentsIn(html)).toEqual([])
    const report = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(
      html,
    )
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    ).toEqual([])
    const form = await get('/rejestr-moderacji/skarga?wpis=1')
    expect(form.status).toBe(200)
    const formReport = await new HtmlValidate({
      extends: ['html-validate:standard'],
    }).validateString(form.html)
    expect(
      formReport.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    ).toEqual([])
    // Anonymous REST: the entries without their snapshots, the complaints not at all.
    const rest = await fetch(`${server.baseURL}/api/moderation-entries?depth=2&limit=50`)
    expect(residentsIn(await rest.text())).toEqual([])
    expect((await fetch(`${server.baseURL}/api/complaints`)).status).toBe(403)
  })

  it('an approver hides a fanpage comment from the admin by the rule it breaks, and the entry writes itself', async () => {
    // A post of the office reaches the Page (the account comes from the environment, under the demo Page rules).
    const author = await tokenOf(AUTHOR)
    const office = (await api('/units?where[slug][equals]=urzad-gminy&depth=0', { token: author }))
      .body.docs[0]
    const created = await api('/posts', {
      body: {
        category: 'municipal_services',
        channels: ['fanpage'],
        informationType: 'local_news',
        lead: 'Objazd potrwa do piątku.',
        title: TITLE,
        unit: office.id,
      },
      method: 'POST',
      token: author,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(
      (
        await api(`/posts/${created.body.doc.id}`, {
          body: { workflowAction: 'submit' },
          method: 'PATCH',
          token: author,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await api(`/posts/${created.body.doc.id}`, {
          body: { workflowAction: 'approve' },
          method: 'PATCH',
          token: await tokenOf(APPROVER),
        })
      ).status,
    ).toBe(200)
    await expect
      .poll(() => graph.posts.filter((p) => p.message?.includes(TITLE)).length, {
        interval: 250,
        timeout: 30_000,
      })
      .toBe(1)
    shared.comment = graph.addComment({
      from: RESIDENT,
      message: COMMENT,
      postId: graph.posts.find((p) => p.message?.includes(TITLE))!.id,
    })

    approverContext = await openContext(browser, server.baseURL, pageErrors)
    const page = await approverContext.newPage()
    await step(page, 'login', () => logIn(page, APPROVER))
    await step(page, 'fetch', async () => {
      await page.goto('/admin/collections/social-comments')
      await page.getByRole('button', { name: 'Pobierz komentarze teraz' }).click()
      await expect
        .poll(() => page.getByRole('status').allInnerTexts(), { timeout: UI })
        .toContainEqual(expect.stringMatching(/Pobrano komentarze spod \d+ wpisów: nowe 1/))
      await page.getByRole('link', { name: COMMENT }).first().click()
      await page.getByRole('heading', { name: 'Moderacja komentarza' }).waitFor()
    })
    await step(page, 'hide', async () => {
      const button = page.getByRole('button', { name: 'Ukryj komentarz i zapisz w rejestrze' })
      // No rule, no action.
      expect(await button.isDisabled()).toBe(true)
      await page.getByTestId('moderation-point').selectOption('2')
      await expect
        .poll(() => page.locator('.herold-comment-moderation textarea').inputValue())
        .toMatch(/^Ukryto komentarz naruszający pkt 2 zasad dyskusji/)
      await button.click()
      const status = page.locator('.herold-comment-moderation [role="status"]')
      await expect
        .poll(() => status.innerText().catch(() => ''), { timeout: SAVE })
        .toMatch(/Komentarz ukryto\. W rejestrze moderacji zapisano wpis nr (\d+)\./)
      shared.entry = Number(/wpis nr (\d+)/.exec(await status.innerText())![1])
      // The form below shows the comment's new state, and the panel links to the entry.
      await expect
        .poll(
          () =>
            page
              .locator('#field-state .rs__single-value')
              .innerText()
              .catch(() => ''),
          { timeout: UI },
        )
        .toBe('Ukryty przez urząd')
      expect(
        await status.getByRole('link', { name: 'Otwórz wpis w rejestrze' }).getAttribute('href'),
      ).toMatch(/^\/admin\/collections\/moderation-entries\/\d+$/)
      await page.screenshot({
        fullPage: true,
        path: path.join(RESULTS_DIR, 'moderation-comment-admin.png'),
      })
    })
    expect(graph.comments.find((c) => c.id === shared.comment!.id)?.isHidden).toBe(true)
    expect(shared.entry).toBe(6)
  })

  it('a resident finds the entry, filters the register and complains through the public form', async () => {
    expect(shared.entry, 'the previous step wrote the entry').toBeTruthy()
    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'filter', async () => {
      await page.goto('/rejestr-moderacji')
      const month = await page.locator('#miesiac option').nth(1).getAttribute('value')
      await page.locator('#miesiac').selectOption(month!)
      await page.getByRole('button', { name: 'Pokaż' }).click()
      await page.waitForURL((url) => url.searchParams.get('miesiac') === month)
      await page.locator(`#wpis-${shared.entry}`).waitFor()
      expect(residentsIn(await page.content())).toEqual([])
    })
    await step(page, 'complain', async () => {
      await page
        .getByRole('link', { name: `Złóż skargę na tę decyzję (wpis nr ${shared.entry})` })
        .click()
      await page.waitForURL(/\/rejestr-moderacji\/skarga\?wpis=/)
      expect(await page.locator('#entry').inputValue()).toBe(String(shared.entry))
      await page
        .getByLabel('Treść skargi (wymagana)')
        .fill('Napisałam ostro, ale w sprawie objazdu. Proszę o przywrócenie komentarza.')
      await page.getByLabel('Adres e-mail do odpowiedzi (wymagany)').fill(COMPLAINANT)
      await page.getByRole('button', { name: 'Wyślij skargę' }).click()
      await page.waitForURL(/wyslano=\d+/)
      const notice = await page.getByRole('status').innerText()
      expect(notice).toMatch(/Przyjęliśmy skargę nr \d+\./)
      shared.complaint = Number(/skargę nr (\d+)/.exec(notice)![1])
    })
    await context.close()
  })

  it('the approver upholds the complaint; the answer arrives by e-mail and its link shows the outcome', async () => {
    expect(shared.complaint, 'the previous step filed the complaint').toBeTruthy()
    const token = await tokenOf(APPROVER)
    const found = await api(`/complaints?where[number][equals]=${shared.complaint}&depth=0`, {
      token,
    })
    expect(found.body.docs[0]).toMatchObject({
      email: COMPLAINANT,
      source: 'form',
      state: 'received',
    })
    const decided = await api(`/complaints/${found.body.docs[0].id}`, {
      body: { answer: 'Komentarz dotyczył sprawy objazdu; przywróciliśmy go.', state: 'upheld' },
      method: 'PATCH',
      token,
    })
    expect(decided.status, JSON.stringify(decided.body)).toBe(200)
    const mail = await smtp.waitForMailTo(COMPLAINANT, 30_000)
    expect(mail.parsed!.subject).toBe(
      `Odpowiedź na skargę nr ${shared.complaint} – skarga uwzględniona`,
    )
    const link = /https?:\/\/\S+\/rejestr-moderacji\?nr=\d+/.exec(mail.parsed!.text ?? '')![0]
    expect(link.startsWith(server.baseURL)).toBe(true)

    const context = await openContext(browser, server.baseURL, pageErrors)
    const page = await context.newPage()
    await step(page, 'outcome', async () => {
      await page.goto(link)
      await expect
        .poll(() => page.locator(`#wpis-${shared.entry} .outcome-upheld`).innerText())
        .toBe('Skarga uwzględniona – decyzja była błędna')
      await page.goto('/rejestr-moderacji')
      await page.locator(`#wpis-${shared.entry}`).waitFor()
      expect(residentsIn(await page.content())).toEqual([])
      await page.screenshot({
        fullPage: true,
        path: path.join(RESULTS_DIR, 'moderation-register.png'),
      })
    })
    await context.close()
  })
})
