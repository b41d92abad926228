import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { expectState, logIn, UI } from './browser'
import { RESULTS_DIR } from './server'

import {
  api,
  APPROVER,
  approverPage,
  AUTHOR,
  DELIVERY_TIMEOUT,
  deliveriesOf,
  graph,
  post,
  situation,
  step,
  tokenOf,
  UNIT,
  useFanoutStage,
} from './fanout/stage'

/**
 * A typo fixed after publication, through the production server and the fake Graph API: the
 * correction waits for a second person, who approves it in the post's sidebar; the Page's copy is
 * edited in place and the post shows the correction's trail.
 */

useFanoutStage()

const TITLE = 'Zbiórka elektroodpadów w Wisłotkach'
const LEAD = 'Zbiórka odbędzie się w sobote od 9:00 na parkingu przy urzędzie.'
const FIXED = 'Zbiórka odbędzie się w sobotę od 9:00 na parkingu przy urzędzie.'

describe('a correction after publication', () => {
  it('the post goes out to the Page; its author fixes a typo, which waits for approval', async () => {
    const token = await tokenOf(AUTHOR)
    const units = await api(`/units?where[name][equals]=${encodeURIComponent(UNIT)}&depth=0`, {
      token,
    })
    const created = await api('/posts', {
      body: {
        category: 'municipal_services',
        channels: ['fanpage'],
        informationType: 'local_news',
        lead: LEAD,
        title: TITLE,
        unit: units.body.docs[0].id,
      },
      method: 'POST',
      token,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    post.id = created.body.doc.id
    await api(`/posts/${post.id}`, { body: { workflowAction: 'submit' }, method: 'PATCH', token })
    const approved = await api(`/posts/${post.id}`, {
      body: { workflowAction: 'approve' },
      method: 'PATCH',
      token: await tokenOf(APPROVER),
    })
    expect(approved.body.doc?.workflowState, JSON.stringify(approved.body)).toBe('published')
    await expect
      .poll(async () => (await deliveriesOf(post.id!)).map((d) => d.state), {
        interval: 250,
        message: await situation(),
        timeout: DELIVERY_TIMEOUT,
      })
      .toEqual(['sent'])

    const edited = await api(`/posts/${post.id}`, { body: { lead: FIXED }, method: 'PATCH', token })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    // Residents still read the published words.
    expect((await api(`/posts/${post.id}`)).body.lead).toBe(LEAD)
    const pending = await api(`/post-corrections?where[post][equals]=${post.id}&depth=0`, { token })
    expect(pending.body.docs[0]).toMatchObject({ changed: ['lead'], state: 'pending' })
    const own = await api(`/post-corrections/${pending.body.docs[0].id}`, {
      body: { decision: 'approve' },
      method: 'PATCH',
      token,
    })
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toMatch(/własnego sprostowania/)
  })

  it('a second approver approves it in the sidebar; the Page post is edited once and the trail shows it', async () => {
    expect(post.id, 'the previous step made the post').toBeTruthy()
    const page = await approverPage()
    const shot = path.join(RESULTS_DIR, 'corrections-trail.png')
    await step(page, 'approver-login', () => logIn(page, APPROVER))
    await step(page, 'approve-correction', async () => {
      await page.goto(`/admin/collections/posts/${post.id}`)
      await expectState(page, 'Opublikowany')
      const trail = page.getByRole('region', { name: 'Historia sprostowań' })
      await trail.getByText('Sprostowanie czeka na akceptację').waitFor({ timeout: UI })
      expect(await page.locator('#field-lead').inputValue()).toBe(LEAD)
      await trail.getByRole('button', { name: 'Zatwierdź sprostowanie' }).click()
      // The page reloads with the approved words.
      await expect.poll(() => page.locator('#field-lead').inputValue(), { timeout: UI }).toBe(FIXED)
    })
    await step(page, 'trail', async () => {
      const trail = page.getByRole('region', { name: 'Historia sprostowań' })
      const fanpage = trail.locator('[data-testid="correction"] li[data-channel="fanpage"]')
      await expect
        .poll(() => fanpage.innerText(), { interval: 500, timeout: DELIVERY_TIMEOUT })
        .toMatch(/wpis na stronie poprawiony na miejscu\s*Opublikowana/)
      expect(await trail.locator('[data-testid="correction"]').innerText()).toMatch(
        /Zatwierdzone[\s\S]*Co zmieniono: Lead[\s\S]*Zatwierdzili: Maria Rzeczniczka/,
      )
      await trail.scrollIntoViewIfNeeded()
      await page.evaluate(async () => {
        await document.fonts.ready
      })
      await page.screenshot({ fullPage: true, path: shot })
    })
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000)
    const pagePost = graph.posts.filter((p) => p.message?.includes(TITLE))
    expect(pagePost).toHaveLength(1)
    expect(pagePost[0].message).toContain(FIXED)
    expect(
      graph.requests.filter(
        (r) => r.method === 'POST' && r.path.endsWith(`/${pagePost[0].id}`) && r.params.message,
      ),
    ).toHaveLength(1)
  })
})
