import type { Payload } from 'payload'
import type React from 'react'

import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { errorMessages, startApiServer } from '../helpers/api-server'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'
import { publishRules } from '../helpers/rules'

/**
 * Rich-text links lead only to http(s), mailto, tel, relative addresses and anchors: a save with a
 * script link is refused with a message naming it, and the residents' pages never render one, even
 * from a text stored before the rule.
 */
type Id = number | string
let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let editorAuth: string
let approverAuth: string
type Page = (props: { params: Promise<{ slug: string }> }) => Promise<React.ReactElement>
let PostPage: Page
let RulesPage: Page

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  editorAuth = await api.login(g.editor.email, 'Haslo-testowe-1')
  approverAuth = await api.login(g.approver.email, 'Haslo-testowe-1')
  // The pages import the config, which reads DATABASE_URI as it loads: only after startPayload set it.
  PostPage = (await import('../../src/app/(public)/aktualnosci/[slug]/page')).default as Page
  RulesPage = (await import('../../src/app/(public)/zasady-dyskusji/[slug]/page')).default as Page
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

const linkNode = (url: string, text: string, type: 'autolink' | 'link' = 'link') => ({
  children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
  direction: 'ltr',
  fields: { linkType: 'custom', newTab: false, url },
  format: '',
  indent: 0,
  type,
  version: 3,
})
/** A text of one paragraph: a sentence and the given links. */
const withLinks = (...links: ReturnType<typeof linkNode>[]) => {
  const state = lexicalParagraphs('Szczegóły:')
  ;(state.root.children[0].children as unknown[]).push(...links)
  return state
}
const postData = (title: string, body: unknown) => ({
  body,
  category: 'culture',
  informationType: 'local_news',
  lead: 'Lead.',
  title,
  unit: g.school.id,
})
const postsTitled = async (title: string) =>
  (
    await payload.find({
      collection: 'posts',
      overrideAccess: true,
      where: { title: { equals: title } },
    })
  ).totalDocs

describe('a save with an unsafe link is refused, naming the link', () => {
  it.each([
    ['javascript:alert(document.cookie)', 'link' as const],
    ['JaVaScRiPt:alert(1)', 'link' as const],
    [' java\tscript:alert(1)', 'link' as const],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'link' as const],
    ['vbscript:msgbox(1)', 'autolink' as const],
  ])('REST create of a post with %j gets 400 in Polish and stores nothing', async (url, type) => {
    const title = `Wpis z linkiem ${url.length}-${type}`
    const res = await api.send(
      'POST',
      '/api/posts',
      editorAuth,
      postData(
        title,
        withLinks(
          linkNode('https://bip.testowo.example/1', 'BIP'),
          linkNode(url, 'Kliknij tutaj', type),
        ),
      ),
    )
    expect(res.status).toBe(400)
    const message = errorMessages(res.body)
    expect(message).toContain(
      `body: Niedozwolony link: „${JSON.stringify(url).slice(1, -1)}” (tekst: „Kliknij tutaj”)`,
    )
    expect(message).toContain(
      'Link może prowadzić tylko do adresu zaczynającego się od http://, https://, mailto: lub tel:',
    )
    expect(await postsTitled(title)).toBe(0)
    // The top message (all the production admin's toast gets) names the field in Polish.
    expect(res.body.errors[0].message).toBe('To pole jest nieprawidłowe: Treść')
  })

  it('REST update of a post is refused and leaves the stored text as it was; good links pass', async () => {
    const post = await draftPost(payload, g.editor, g.school)
    const good = withLinks(
      linkNode('https://bip.testowo.example/1', 'BIP'),
      linkNode('mailto:szkola@testowo.example', 'napisz'),
      linkNode('/aktualnosci', 'aktualności'),
      linkNode('#pkt-2', 'pkt 2'),
      linkNode('tel:+48123456789', 'zadzwoń'),
    )
    expect(
      (await api.send('PATCH', `/api/posts/${post.id}`, editorAuth, { body: good })).status,
    ).toBe(200)

    const bad = await api.send('PATCH', `/api/posts/${post.id}`, editorAuth, {
      body: withLinks(linkNode('javascript:alert(1)', 'a'), linkNode('//evil.example/x', 'b')),
    })
    expect(bad.status).toBe(400)
    expect(errorMessages(bad.body)).toContain(
      'body: Niedozwolone linki: „javascript:alert(1)” (tekst: „a”), „//evil.example/x” (tekst: „b”).',
    )
    const stored = await payload.findByID({
      collection: 'posts',
      id: post.id,
      overrideAccess: true,
    })
    expect(stored.body).toEqual(good)
  })

  it('answers in English in the English admin', async () => {
    const res = await fetch(`${api.base}/api/posts`, {
      body: JSON.stringify(
        postData('Wpis po angielsku', withLinks(linkNode('javascript:alert(1)', 'click'))),
      ),
      headers: {
        'accept-language': 'en',
        authorization: editorAuth,
        'content-type': 'application/json',
      },
      method: 'POST',
    })
    expect(res.status).toBe(400)
    expect(errorMessages(await res.json())).toContain(
      'body: Link not allowed: “javascript:alert(1)” (text: “click”). A link may only lead to',
    )
  })

  it('refuses discussion rules with a script link, drafts included', async () => {
    const rules = await publishRules(payload, 'Zasady z linkami', 'facebook_page')
    const draft = await api.send(
      'PATCH',
      `/api/discussion-rules/${rules.id}?draft=true`,
      approverAuth,
      { rules: withLinks(linkNode('data:text/html,<script>alert(1)</script>', 'regulamin')) },
    )
    expect(draft.status).toBe(400)
    expect(errorMessages(draft.body)).toContain(
      'rules: Niedozwolony link: „data:text/html,<script>alert(1)</script>” (tekst: „regulamin”)',
    )
    await expect(
      payload.update({
        collection: 'discussion-rules',
        data: {
          _status: 'published',
          rules: withLinks(linkNode('vbscript:x', 'y', 'autolink')),
        },
        id: rules.id,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          {
            message: expect.stringContaining('Niedozwolony link: „vbscript:x” (tekst: „y”)'),
            path: 'rules',
          },
        ],
      },
    })
    const versions = await payload.findVersions({
      collection: 'discussion-rules',
      overrideAccess: true,
      where: { parent: { equals: rules.id } },
    })
    expect(JSON.stringify(versions.docs)).not.toMatch(/data:text|vbscript/)
  })
})

describe('the residents’ pages never render an unsafe address, even from an old text', () => {
  const oldText = () =>
    withLinks(
      linkNode('javascript:alert(1)', 'stary link'),
      linkNode(' data:text/html,x', 'drugi'),
      linkNode('https://bip.testowo.example/9', 'dobry link'),
    )
  const expectSafe = (html: string) => {
    expect(html).not.toMatch(/href="\s*(javascript|data)/i)
    expect(html).toContain('stary link')
    expect(html).toContain('drugi')
    expect(html).toContain('<a href="https://bip.testowo.example/9">dobry link</a>')
  }

  it('post page', async () => {
    const post = await draftPost(payload, g.approver, g.office, { title: 'Wpis ze starym linkiem' })
    await act(payload, g.approver, post.id, 'submit')
    const published = await act(payload, g.approver2, post.id, 'approve')
    // Stored before the rule existed: written to the database directly.
    await payload.db.updateOne({
      collection: 'posts',
      data: { body: oldText() },
      id: post.id as Id,
    })
    expectSafe(
      renderToStaticMarkup(
        await PostPage({ params: Promise.resolve({ slug: (published as { slug: string }).slug }) }),
      ),
    )
  })

  it('rules page', async () => {
    const rules = await publishRules(payload, 'Zasady ze starym linkiem', 'facebook_group', {
      slug: 'stary-link',
    })
    await payload.db.updateOne({
      collection: 'discussion-rules',
      data: { rules: oldText() },
      id: rules.id,
    })
    expectSafe(
      renderToStaticMarkup(await RulesPage({ params: Promise.resolve({ slug: 'stary-link' }) })),
    )
  })
})
