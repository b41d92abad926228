import type { Payload } from 'payload'
import type React from 'react'

import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../src/seed/lexical'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain, startFanout } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'

/**
 * Publication of discussion rules changes only when a save says so. A plain save (no `_status`,
 * no `draft=true`) over a pending draft used to take the draft's status and unpublish the rules:
 * residents lost the page and the channels they govern stopped.
 */
type Id = number | string
let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let approverAuth: string
let rules: { fanpage: { id: Id; slug: string }; group: { id: Id; slug: string } }
let groupId: Id
type Page = (props: { params: Promise<{ slug: string }> }) => Promise<React.ReactElement>
let RulesPage: Page

beforeAll(async () => {
  const started = await startFanout()
  ;({ graph, operator, payload, rules } = started)
  groupId = started.group.id
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  approverAuth = await api.login(g.approver.email, 'Haslo-testowe-1')
  // The pages import the config, which reads DATABASE_URI as it loads: only after startPayload set it.
  RulesPage = (await import('../../src/app/(public)/zasady-dyskusji/[slug]/page')).default as Page
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
})

const anonymousRead = (id: Id) => api.send('GET', `/api/discussion-rules/${id}?depth=0`, null)
const staffDraft = async (id: Id) =>
  (await api.send('GET', `/api/discussion-rules/${id}?depth=0&draft=true`, approverAuth)).body

/** A post for the group approved now; its delivery to the group account after the queues ran. */
const groupDelivery = async (title: string) => {
  const post = await draftPost(payload, g.approver, g.office, { channels: ['group'], title })
  await act(payload, g.approver, post.id, 'submit')
  await act(payload, g.approver2, post.id, 'approve')
  await drain(payload)
  return (await deliveriesOf(payload, post.id)).find(
    (d) => String((d as { account?: Id }).account) === String(groupId),
  )!
}

/** What residents see: anonymous REST, the public page, and the channel the rules govern. */
const expectStillPublished = async (id: Id, slug: string, operatorName: string, title: string) => {
  const read = await anonymousRead(id)
  expect(read.status).toBe(200)
  expect(read.body).toMatchObject({ _status: 'published', operator: operatorName })
  const page = renderToStaticMarkup(await RulesPage({ params: Promise.resolve({ slug }) }))
  expect(page).toContain(`<dd>${operatorName}</dd>`)
  const delivery = await groupDelivery(title)
  expect(delivery.state).toBe('sent')
  expect(operator.posts.filter((p) => p.body.text.includes(title))).toHaveLength(1)
}

describe('a save that says nothing about publication keeps the rules published', () => {
  it('REST: a plain PATCH over a pending draft goes into the draft; residents keep the published rules', async () => {
    const id = rules.group.id
    const draft = await api.send('PATCH', `/api/discussion-rules/${id}?draft=true`, approverAuth, {
      operator: 'Projekt: Referat Promocji',
    })
    expect(draft.status).toBe(200)

    const plain = await api.send('PATCH', `/api/discussion-rules/${id}`, approverAuth, {
      moderationDocumentation: 'Rejestr moderacji, poprawiony opis.',
    })
    expect(plain.status).toBe(200)

    await expectStillPublished(
      id,
      rules.group.slug,
      'Referat Organizacyjny',
      'Zebranie sołeckie w Lipowie',
    )
    // Nothing was lost: the plain save landed in the draft, beside the published version.
    expect(await staffDraft(id)).toMatchObject({
      _status: 'draft',
      moderationDocumentation: 'Rejestr moderacji, poprawiony opis.',
      operator: 'Projekt: Referat Promocji',
    })

    // Publishing stays an explicit act, and then the draft goes live.
    const publish = await api.send('PATCH', `/api/discussion-rules/${id}`, approverAuth, {
      _status: 'published',
    })
    expect(publish.status).toBe(200)
    expect((await anonymousRead(id)).body).toMatchObject({
      _status: 'published',
      operator: 'Projekt: Referat Promocji',
    })
  })

  it('Local API: payload.update without draft over a pending draft keeps the rules published', async () => {
    const id = rules.group.id
    await payload.update({
      collection: 'discussion-rules',
      data: { operator: 'Projekt: Sołtys' },
      draft: true,
      id,
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'discussion-rules',
      data: { title: 'Zasady dyskusji w grupie mieszkańców' },
      id,
      overrideAccess: false,
      user: g.approver,
    })

    await expectStillPublished(
      id,
      rules.group.slug,
      'Projekt: Referat Promocji',
      'Dożynki w Lipowie',
    )
    expect(await staffDraft(id)).toMatchObject({ _status: 'draft', operator: 'Projekt: Sołtys' })
  })

  it('a plain save of published rules without a draft publishes the new text under a new version', async () => {
    const id = rules.fanpage.id
    const before = (await anonymousRead(id)).body
    const res = await api.send('PATCH', `/api/discussion-rules/${id}`, approverAuth, {
      rules: lexicalParagraphs('Piszemy rzeczowo.', 'Nie publikujemy danych osobowych.'),
    })
    expect(res.status).toBe(200)
    const after = (await anonymousRead(id)).body
    expect(after._status).toBe('published')
    expect(JSON.stringify(after.rules)).toContain('Nie publikujemy danych osobowych.')
    // Residents and the moderation register cite (version, point): changed words are a new version.
    expect(after.version).toBe(before.version + 1)
  })
})

describe('unpublishing is an explicit act', () => {
  it("the admin's Unpublish button (its exact request) still unpublishes, and the governed channel waits", async () => {
    const id = rules.group.id
    // @payloadcms/ui 3.90.1 UnpublishButton: PATCH ?depth=0&fallback-locale=null&unpublishAllLocales=true, body { _status: 'draft' }.
    const res = await api.send(
      'PATCH',
      `/api/discussion-rules/${id}?depth=0&fallback-locale=null&unpublishAllLocales=true`,
      approverAuth,
      { _status: 'draft' },
    )
    expect(res.status).toBe(200)
    expect((await anonymousRead(id)).status).toBe(404)
    const held = await groupDelivery('Festyn w Lipowie po wycofaniu zasad')
    expect(held.state).toBe('needs_action')

    await api.send('PATCH', `/api/discussion-rules/${id}`, approverAuth, { _status: 'published' })
    await drain(payload)
    expect(
      (await payload.findByID({ collection: 'deliveries', id: held.id, overrideAccess: true }))
        .state,
    ).toBe('sent')
  })
})
