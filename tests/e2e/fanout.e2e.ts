import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { GRAPH_API_VERSION } from '../../plugins/fanout/channels/graph-version'
import { expectState, logIn, UI } from './browser'
import { RESULTS_DIR } from './server'

import {
  ADMIN,
  api,
  APPROVER,
  approverPage,
  AUTHOR,
  BIP_LINE,
  BIP_URL,
  DELIVERY_TIMEOUT,
  deliveriesOf,
  graph,
  groupPostsOfTitle,
  LEAD,
  newContext,
  operator,
  PAGE_ID,
  pagePostsOfTitle,
  post,
  server,
  situation,
  step,
  TITLE,
  tokenOf,
  UNIT,
  useFanoutStage,
  WEBHOOK_SECRET,
} from './fanout/stage'

/**
 * Fan-out through the production server (`next start`, jobs run in-process) pointed at loopback
 * fakes of the Facebook Graph API and of the residents' group operator: public information is
 * approved in the admin, reaches the Page and the group exactly once with its BIP link, and the
 * post shows each channel's status.
 */

useFanoutStage()

// ---- Steps ------------------------------------------------------------------------------------

describe("fan-out to the Page and the residents' group", () => {
  it("the Page account comes from the environment, under the demo Page rules; the admin adds the group operator's webhook", async () => {
    const token = await tokenOf(ADMIN)
    const pages = await api('/channel-accounts?where[kind][equals]=fanpage&depth=0', { token })
    expect(pages.status).toBe(200)
    expect(pages.body.totalDocs).toBe(1)
    expect(pages.body.docs[0]).toMatchObject({ enabled: true, fanpage: { pageId: PAGE_ID } })

    // A channel is switched on only under its published rules of discussion (the demo has the group's).
    const rules = await api(
      '/discussion-rules?where[slug][equals]=grupa-mieszkancow-wislotek&depth=0',
      { token },
    )
    expect(rules.body.totalDocs).toBe(1)
    const created = await api('/channel-accounts', {
      body: {
        discussionRules: rules.body.docs[0].id,
        enabled: true,
        group: {
          groupUrl: 'https://www.facebook.com/groups/wislotki',
          mode: 'webhook',
          webhookSecret: WEBHOOK_SECRET,
          webhookUrl: operator.url,
        },
        kind: 'group',
        name: 'Grupa „Mieszkańcy Wisłotek”',
      },
      method: 'POST',
      token,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    // Sealed in the database, never returned.
    expect(created.body.doc.group.webhookSecretSet).toBe(true)
    expect(JSON.stringify(created.body)).not.toContain(WEBHOOK_SECRET)

    // The demo data was seeded before any channel existed: nothing of it went out, nor will.
    expect(graph.requests).toHaveLength(0)
    expect(operator.requests).toHaveLength(0)
  })

  it('an approver writes public information citing its BIP entry and submits it', async () => {
    const token = await tokenOf(AUTHOR)
    const units = await api(`/units?where[name][equals]=${encodeURIComponent(UNIT)}&depth=0`, {
      token,
    })
    const bip = await api(
      `/bip-references?where[url][equals]=${encodeURIComponent(BIP_URL)}&depth=0`,
      { token },
    )
    expect(units.body.totalDocs).toBe(1)
    expect(bip.body.totalDocs).toBe(1)
    expect(bip.body.docs[0].state).toBe('published')

    const created = await api('/posts', {
      body: {
        bipReference: bip.body.docs[0].id,
        category: 'council_sessions',
        channels: ['fanpage', 'group'],
        informationType: 'public_information',
        lead: LEAD,
        title: TITLE,
        unit: units.body.docs[0].id,
      },
      method: 'POST',
      token,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    post.id = created.body.doc.id

    const submitted = await api(`/posts/${post.id}`, {
      body: { workflowAction: 'submit' },
      method: 'PATCH',
      token,
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.doc.workflowState).toBe('in_review')
  })

  it('a second approver approves it in the admin; it reaches the Page and the group once, with its BIP link', async () => {
    expect(post.id, 'the previous step created the post').toBeTruthy()
    const page = await approverPage()
    await step(page, 'approver-login', () => logIn(page, APPROVER))

    await step(page, 'approve', async () => {
      await page.goto(`/admin/collections/posts/${post.id}`)
      await expectState(page, 'Do akceptacji')
      expect(await page.locator('#field-title').inputValue()).toBe(TITLE)
      // Waiting for approval: nothing has gone out.
      expect(graph.posts).toHaveLength(0)
      expect(operator.posts).toHaveLength(0)
      post.approvedAt = Date.now()
      await page.getByRole('button', { name: 'Zatwierdź' }).click()
      await expectState(page, 'Opublikowany')
    })

    // The jobs run inside the server: wait for both copies (bounded), then look at them.
    const deadline = Date.now() + DELIVERY_TIMEOUT
    while (pagePostsOfTitle().length === 0 || groupPostsOfTitle().length === 0) {
      if (Date.now() > deadline)
        throw new Error(
          `The copies did not arrive within ${DELIVERY_TIMEOUT / 1000} s:\n${await situation()}`,
        )
      await new Promise((r) => setTimeout(r, 200))
    }
    const pageAt =
      graph.requests.find((r) => r.method === 'POST' && r.path.endsWith('/feed'))?.at ?? NaN
    console.log(
      `Approval clicked → Page post after ${pageAt - post.approvedAt!} ms, group webhook after ${groupPostsOfTitle()[0].at - post.approvedAt!} ms`,
    )

    const expectOnce = async () => {
      const context = await situation()
      // The Page: one post, carrying the BIP line and linking to the BIP entry.
      expect(graph.posts, context).toHaveLength(1)
      const [pagePost] = pagePostsOfTitle()
      expect(pagePost, context).toBeDefined()
      expect(pagePost.published).toBe(true)
      expect(pagePost.message).toContain(BIP_LINE)
      expect(pagePost.message).toContain(LEAD)
      expect(pagePost.link).toBe(BIP_URL)
      expect(
        graph.requests.filter(
          (r) => r.method === 'POST' && r.path === `/${GRAPH_API_VERSION}/${PAGE_ID}/feed`,
        ),
        context,
      ).toHaveLength(1)

      // The group: one signed delivery, with the same BIP line and link.
      expect(operator.posts, context).toHaveLength(1)
      const [groupPost] = groupPostsOfTitle()
      expect(groupPost, context).toBeDefined()
      expect(groupPost.body.text).toContain(BIP_LINE)
      expect(groupPost.body.text).toContain(TITLE)
      // The group's copy links to the group's own rules of discussion (on by default for the group).
      expect(groupPost.body.text).toContain(
        `Zasady dyskusji: ${server.baseURL}/zasady-dyskusji/grupa-mieszkancow-wislotek`,
      )
      expect(groupPost.body.link).toBe(BIP_URL)
      expect(groupPost.body.unit).toBe(UNIT)
      const groupRequests = operator.requests.filter((r) => r.key === groupPost.key)
      expect(groupRequests, context).toHaveLength(1)
      expect(groupRequests[0]).toMatchObject({ signatureValid: true, status: 201 })
      expect(
        operator.requests.every((r) => r.signatureValid),
        context,
      ).toBe(true)
      return { groupPost, pagePost }
    }
    const first = await expectOnce()

    // Still once a while later: no retry, no second job, nothing of the demo data bursting out.
    await new Promise((r) => setTimeout(r, 3_000))
    const later = await expectOnce()
    expect(later.pagePost.id).toBe(first.pagePost.id)
    expect(later.groupPost.key).toBe(first.groupPost.key)

    // The server's own record agrees: each channel sent once, at the first attempt.
    const deliveries = await deliveriesOf(post.id!)
    expect(
      deliveries.map((d) => ({ attempts: d.attempts, channel: d.channel, state: d.state })),
    ).toEqual([
      { attempts: 1, channel: 'fanpage', state: 'sent' },
      { attempts: 1, channel: 'group', state: 'sent' },
    ])
    expect(deliveries[0].externalId).toBe(first.pagePost.id)
    expect(deliveries[1].externalUrl).toBe(first.groupPost.postUrl)
  })

  it('the post shows each channel as published, with links to the copies', async () => {
    expect(post.approvedAt, 'the approval step ran').toBeTruthy()
    const page = await approverPage()
    const shot = path.join(RESULTS_DIR, 'fanout-status.png')
    const panel = page.getByRole('region', { name: 'Publikacja w kanałach' })
    const rows = () =>
      panel
        .locator('tr[data-channel]')
        .evaluateAll((trs) =>
          trs.map((tr) => `${tr.getAttribute('data-channel')}:${tr.getAttribute('data-state')}`),
        )

    await step(page, 'status-live', async () => {
      // The page the approver approved on catches up by itself (it refreshes every 5 s).
      expect(new URL(page.url()).pathname).toBe(`/admin/collections/posts/${post.id}`)
      await expect
        .poll(rows, { interval: 250, timeout: 15_000 })
        .toEqual(['fanpage:sent', 'group:sent'])
    })

    await step(page, 'status', async () => {
      await page.reload()
      await expectState(page, 'Opublikowany')
      await panel.waitFor()
      // The panel loads its rows after the page: wait for both to say sent.
      await expect
        .poll(rows, { interval: 250, timeout: UI })
        .toEqual(['fanpage:sent', 'group:sent'])
      expect(await panel.getByTestId('delivery-fanpage').innerText()).toBe('Opublikowana')
      expect(await panel.getByTestId('delivery-group').innerText()).toBe('Opublikowana')
      expect(await panel.locator('tr[data-channel="fanpage"] th').innerText()).toBe('Fanpage')
      expect(await panel.locator('tr[data-channel="group"] th').innerText()).toBe(
        'Grupa mieszkańców',
      )

      const links = panel.getByRole('link', { name: 'Zobacz kopię' })
      expect(await links.count()).toBe(2)
      expect(await panel.locator('tr[data-channel="fanpage"] a').getAttribute('href')).toBe(
        `https://www.facebook.com/${graph.posts[0].id}`,
      )
      expect(await panel.locator('tr[data-channel="group"] a').getAttribute('href')).toBe(
        operator.posts[0].postUrl,
      )

      // The live preview renders the copies as the channels send them: each with its BIP line.
      const preview = page.getByTestId('live-preview')
      await expect
        .poll(() => preview.getByTestId('preview-fanpage').innerText(), { timeout: UI })
        .toContain(BIP_LINE)
      await preview.getByRole('tab', { exact: true, name: 'Grupa mieszkańców' }).click()
      await expect
        .poll(() => preview.getByTestId('preview-group').innerText(), { timeout: UI })
        .toContain(BIP_LINE)

      // From the top, so that the sticky save bar does not cover the middle of the full-page shot.
      await page.evaluate(async () => {
        window.scrollTo(0, 0)
        await document.fonts.ready
      })
      await page.screenshot({ fullPage: true, path: shot })
    })
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000)
  })

  it('the dashboard raises no alert of a failed or waiting copy', async () => {
    const context = await newContext()
    const page = await context.newPage()
    const shot = path.join(RESULTS_DIR, 'dashboard.png')
    await step(page, 'dashboard', async () => {
      await logIn(page, ADMIN)
      await page.goto('/admin')
      await page.getByRole('link', { name: 'Wpisy' }).first().waitFor()
      // Both channels work and nothing failed or waits for a person. (The demo's group copies,
      // skipped before the group was added, may be offered for sending: that is not a problem.)
      const problems = page.locator(
        '.herold-channel-alerts a[href*="[equals]=failed"], .herold-channel-alerts a[href*="[equals]=needs_action"]',
      )
      await page.getByRole('heading', { level: 2, name: 'Twoje biurko' }).waitFor()
      expect(await problems.count()).toBe(0)
      await page.evaluate(async () => {
        await document.fonts.ready
      })
      await page.screenshot({ fullPage: true, path: shot })
    })
    await context.close()
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000)
  })
})
