import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WORKER_ID } from '../../plugins/fanout/engine/worker-id'
import { processDelivery } from '../../plugins/fanout/outbox/process'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain, startFanout } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { createEntry, publishRules as publishCitableRules, RESIDENT } from '../helpers/moderation'
import { publishRules } from '../helpers/rules'

/**
 * The audit log: every state change of the audited collections, with who, when and what; deliveries
 * recorded by the fan-out engine itself; readable by approvers and admins only, writable by nobody.
 */

type Entry = {
  actor: string
  documentCollection: string
  documentId: string
  documentTitle?: string
  field?: null | string
  from?: null | string
  operation: string
  summary: string
  to?: null | string
  user?: null | number | string
}

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let g: Gmina
let fanpageId: number | string
let api: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  const started = await startFanout()
  ;({ graph, operator, payload } = started)
  fanpageId = started.fanpage.id
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
})

const logOf = async (collection: string, id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log' as never,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      sort: 'createdAt',
      where: {
        and: [
          { documentCollection: { equals: collection } },
          { documentId: { equals: String(id) } },
        ],
      },
    })
  ).docs as unknown as Entry[]
const transitions = (entries: Entry[]) =>
  entries.filter((e) => e.field).map((e) => `${e.from ?? '∅'}→${e.to}`)
const nameOf = (user: { email: string; name: string }) => `${user.name} (${user.email})`

describe('the audit log', () => {
  it('records every state change of a post with who made it, and edits as a summary', async () => {
    const post = await draftPost(payload, g.editor, g.school, { title: 'Dzień sportu' })
    await payload.update({
      collection: 'posts',
      data: { title: 'Dzień sportu szkolnego' } as never,
      id: post.id,
      overrideAccess: false,
      user: g.editor,
    })
    await act(payload, g.editor, post.id, 'submit')
    await act(payload, g.approver, post.id, 'request_changes', 'Dodaj godzinę.')
    await act(payload, g.editor, post.id, 'submit')
    await act(payload, g.approver, post.id, 'approve')

    const log = await logOf('posts', post.id)
    expect(transitions(log)).toEqual([
      '∅→draft',
      'draft→in_review',
      'in_review→changes_requested',
      'changes_requested→in_review',
      'in_review→published',
    ])
    expect(log.map((e) => e.operation)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
      'update',
    ])
    const edit = log[1]
    expect(edit.field).toBeNull()
    expect(edit.summary).toBe('tytuł: Dzień sportu → Dzień sportu szkolnego')
    expect(edit.actor).toBe(nameOf(g.editor as never))
    expect(String(edit.user)).toBe(String(g.editor.id))
    const changes = log.find((e) => e.to === 'changes_requested')!
    expect(changes.summary).toBe('stan: Do akceptacji → Do poprawy')
    expect(changes.actor).toBe(nameOf(g.approver as never))
    expect(log.at(-1)!.documentTitle).toBe('Dzień sportu szkolnego')
  })

  it('names the system when the scheduler publishes a post', async () => {
    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['rss'],
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    const { publishDuePosts } = await import('../../src/jobs/publish-due-posts')
    await publishDuePosts(payload, undefined, new Date(Date.now() + 2 * 3_600_000))
    const last = (await logOf('posts', post.id)).at(-1)!
    expect(`${last.from}→${last.to}`).toBe('approved→published')
    expect(last.actor).toBe('system')
    expect(last.user ?? null).toBeNull()
  })

  it('records deliveries: created by the approval, sent by the worker, one entry per send', async () => {
    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['fanpage'],
      title: 'Audyt publikacji',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    await drain(payload)
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('sent')
    const log = await logOf('deliveries', delivery.id)
    // The claim (→ sending) is the attempt's record; the log says where the attempt ended.
    expect(transitions(log)).toEqual(['∅→pending', 'pending→sent'])
    expect(log[0].actor).toBe(nameOf(g.approver2 as never))
    expect(log[1].actor).toBe(`system (${WORKER_ID})`)
    expect(log[1].summary).toBe('stan: W kolejce → Opublikowana')
    expect(log[0].documentTitle).toBe(`Fanpage urzędu (Facebook) – wpis #${post.id}`)
  })

  it('records a delivery taken over from a dead worker from the state it was left in', async () => {
    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['fanpage'],
      title: 'Audyt przejęcia',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    const [delivery] = await deliveriesOf(payload, post.id)
    // A worker claimed it and died: `sending`, its lease over.
    await payload.db.updateOne({
      collection: 'deliveries',
      data: { leaseUntil: new Date(Date.now() - 1000).toISOString(), state: 'sending' },
      id: delivery.id,
    })
    expect(await processDelivery(payload, delivery.id)).toBe('sent')
    expect(transitions(await logOf('deliveries', delivery.id))).toEqual([
      '∅→pending',
      'sending→sent',
    ])
    await drain(payload)
  })

  it('records a failed delivery with the reason, and the retry by a person', async () => {
    graph.failNext({ code: 100, message: '(#100) Invalid parameter' })
    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['fanpage'],
      title: 'Audyt błędu',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    await drain(payload)
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('failed')
    const auth = await api.login(g.approver.email, 'Haslo-testowe-1')
    const res = await fetch(`${api.base}/api/deliveries/${delivery.id}/retry`, {
      headers: { authorization: auth },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    const log = await logOf('deliveries', delivery.id)
    expect(transitions(log)).toEqual(['∅→pending', 'pending→failed', 'failed→pending'])
    expect(log[1].summary).toMatch(/^stan: W kolejce → Błąd; Facebook odrzucił parametry wpisu/)
    expect(log[2].actor).toBe(nameOf(g.approver as never))
  })

  it('records BIP entries, and not the URL checks the system writes on them', async () => {
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR.0003.7.2025',
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Zarządzenie w sprawie regulaminu',
        url: 'https://bip.testowo.example/z7',
      } as never,
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'bip-references',
      data: { state: 'published' } as never,
      id: bip.id,
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'bip-references',
      context: { fanoutUrlCheck: true },
      data: { lastCheck: { checkedAt: new Date().toISOString(), httpStatus: 200 } } as never,
      id: bip.id,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'bip-references',
      data: { state: 'withdrawn' } as never,
      id: bip.id,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('bip-references', bip.id)
    expect(transitions(log)).toEqual(['∅→draft', 'draft→published', 'published→withdrawn'])
    expect(log[1].summary).toMatch(
      /^stan: Szkic \(jeszcze nie w BIP\) → Opublikowany w BIP; data publikacji: — → /,
    )
    expect(log[0].documentTitle).toBe('OR.0003.7.2025 – Zarządzenie w sprawie regulaminu')
  })

  it('records publishing and unpublishing discussion rules, not the drafts saved in between', async () => {
    const rules = await publishRules(payload, 'Zasady w grupie sołectwa', 'facebook_group', {
      slug: 'zasady-solectwa',
    })
    await payload.update({
      collection: 'discussion-rules',
      data: { operator: 'Sołtys' } as never,
      draft: true,
      id: rules.id,
      overrideAccess: false,
      user: g.approver,
    })
    expect(transitions(await logOf('discussion-rules', rules.id))).toEqual(['∅→published'])
    await payload.update({
      collection: 'discussion-rules',
      data: { _status: 'published', operator: 'Sołtys' } as never,
      id: rules.id,
      overrideAccess: false,
      user: g.approver,
    })
    await payload.update({
      collection: 'discussion-rules',
      data: { _status: 'draft' } as never,
      id: rules.id,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('discussion-rules', rules.id)
    expect(log).toHaveLength(3)
    expect(log[1].field).toBeNull()
    // Publishing after a saved draft counts as a new version of the rules.
    expect(log[1].summary).toBe('wersja: 1 → 2; prowadzący: Referat Organizacyjny → Sołtys')
    expect(transitions(log)).toEqual(['∅→published', 'published→draft'])
    expect(log[2].actor).toBe(nameOf(g.admin as never))
  })

  it('records register entries and their corrections, never the private snapshot', async () => {
    const rules = await publishCitableRules(payload, g.approver)
    const entry = await createEntry(payload, g.approver, { rule: { point: 2, rules: rules.id } })
    await payload.update({
      collection: 'moderation-entries' as never,
      data: {
        correctionReason: 'Pomyłka w punkcie zasad',
        rule: { point: 3, rules: rules.id },
      } as never,
      id: entry.id,
      overrideAccess: false,
      user: g.admin,
    })
    await payload.update({
      collection: 'moderation-entries' as never,
      data: {
        correctionReason: 'Uzupełnienie migawki',
        snapshot: { authorName: RESIDENT.name, text: `${RESIDENT.text} (pełna treść)` },
      } as never,
      id: entry.id,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('moderation-entries', entry.id)
    expect(log.map((e) => e.operation)).toEqual(['create', 'update', 'update'])
    expect(log[0].documentTitle).toBe(`Nr ${entry.number}`)
    expect(log[1].summary).toMatch(/^punkt zasad: 2 → 3; podsumowanie: /)
    expect(log[2].summary).toBe('migawka treści: poprawiono → poprawiono')
    const all = JSON.stringify(log)
    expect(all).not.toContain(RESIDENT.name)
    expect(all).not.toContain('złodziej')
  })

  it('records complaint states', async () => {
    const rules = await publishCitableRules(payload, g.approver, 'Zasady skarg')
    const entry = await createEntry(payload, g.approver, { rule: { point: 1, rules: rules.id } })
    const complaint = (await payload.create({
      collection: 'complaints' as never,
      data: {
        email: 'skarzacy@poczta.example',
        entry: entry.id,
        message: 'Komentarz był rzeczowy.',
      } as never,
      overrideAccess: false,
      user: g.approver,
    })) as unknown as { id: number | string; number: number }
    await payload.update({
      collection: 'complaints' as never,
      data: { state: 'under_review' } as never,
      id: complaint.id,
      overrideAccess: false,
      user: g.approver,
    })
    const log = await logOf('complaints', complaint.id)
    expect(transitions(log)).toEqual(['∅→received', 'received→under_review'])
    expect(log[1].summary).toBe('stan: Wpłynęła → W rozpatrzeniu')
    expect(JSON.stringify(log)).not.toContain('skarzacy@poczta.example')
  })

  it('records channel settings and the saving of a new token, never the token', async () => {
    await payload.db.updateOne({
      collection: 'channel-accounts' as never,
      data: {
        status: { reason: 'Token wygasł', since: new Date().toISOString(), state: 'needs_action' },
      },
      id: fanpageId,
    })
    await payload.update({
      collection: 'channel-accounts' as never,
      data: { fanpage: { pageToken: 'nowy-tajny-token-123' } } as never,
      id: fanpageId,
      overrideAccess: false,
      user: g.admin,
    })
    await payload.update({
      collection: 'channel-accounts' as never,
      data: { enabled: false } as never,
      id: fanpageId,
      overrideAccess: false,
      user: g.admin,
    })
    const log = await logOf('channel-accounts', fanpageId)
    expect(log.map((e) => e.summary)).toEqual([
      'utworzono (stan kanału: Działa); zapisano nowy token lub sekret (wartość nie jest zapisywana w dzienniku)',
      'zapisano nowy token lub sekret (wartość nie jest zapisywana w dzienniku)',
      'stan kanału: Wymaga działania → Działa',
      'włączony: tak → nie',
    ])
    expect(JSON.stringify(log)).not.toContain('nowy-tajny-token-123')
  })
})

describe('access to the audit log', () => {
  const send = (method: string, path: string, auth: null | string, body?: unknown) =>
    fetch(`${api.base}${path}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      method,
    })

  it('is readable by approvers and admins, not by editors or anonymous visitors', async () => {
    const approver = await send(
      'GET',
      '/api/audit-log?limit=5',
      await api.login(g.approver.email, 'Haslo-testowe-1'),
    )
    expect(approver.status).toBe(200)
    expect(((await approver.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(10)
    expect(
      (
        await send(
          'GET',
          '/api/audit-log?limit=5',
          await api.login(g.admin.email, 'Haslo-testowe-1'),
        )
      ).status,
    ).toBe(200)
    expect(
      (await send('GET', '/api/audit-log', await api.login(g.editor.email, 'Haslo-testowe-1')))
        .status,
    ).toBe(403)
    expect((await send('GET', '/api/audit-log', null)).status).toBe(403)
  })

  it('cannot be written, corrected or deleted by anybody, admins included', async () => {
    const admin = await api.login(g.admin.email, 'Haslo-testowe-1')
    const [first] = (
      await payload.find({ collection: 'audit-log' as never, limit: 1, overrideAccess: true })
    ).docs as unknown as { id: number | string; summary: string }[]
    const entry = {
      actor: 'ktoś',
      at: new Date().toISOString(),
      collection: 'posts',
      documentId: '1',
      operation: 'update',
      summary: 'podrobiony wpis',
    }
    expect((await send('POST', '/api/audit-log', admin, entry)).status).toBe(403)
    expect(
      (await send('PATCH', `/api/audit-log/${first.id}`, admin, { summary: 'zmienione' })).status,
    ).toBe(403)
    expect((await send('DELETE', `/api/audit-log/${first.id}`, admin)).status).toBe(403)
    expect(
      (await send('DELETE', `/api/audit-log?where[id][equals]=${first.id}`, admin)).status,
    ).toBe(403)
    const again = await payload.findByID({
      collection: 'audit-log' as never,
      id: first.id,
      overrideAccess: true,
    })
    expect((again as unknown as { summary: string }).summary).toBe(first.summary)
    await expect(
      payload.find({ collection: 'audit-log' as never, overrideAccess: false, user: g.editor }),
    ).rejects.toThrow()
  })
})
