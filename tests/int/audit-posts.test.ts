/**
 * The audit log: every state change of a post, with who, when and what; deliveries recorded by the
 * fan-out engine itself; readable by approvers and admins only, writable by nobody.
 */
import { describe, expect, it } from 'vitest'

import { WORKER_ID } from '../../plugins/fanout/engine/worker-id'
import { processDelivery } from '../../plugins/fanout/outbox/process'
import { deliveriesOf, drain } from '../helpers/fanout'
import { act, draftPost } from '../helpers/fixtures'
import { api, g, graph, logOf, nameOf, payload, transitions, useAuditStage } from '../helpers/audit'

useAuditStage()

describe('the audit log', () => {
  it('records every state change of a post with who made it, and edits as a summary', async () => {
    const post = await draftPost(payload, g.editor, g.school, { title: 'Dzień sportu' })
    await payload.update({
      collection: 'posts',
      data: { title: 'Dzień sportu szkolnego' },
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
    expect(edit.actor).toBe(nameOf(g.editor))
    expect(String(edit.user)).toBe(String(g.editor.id))
    const changes = log.find((e) => e.to === 'changes_requested')!
    expect(changes.summary).toBe('stan: Do akceptacji → Do poprawy')
    expect(changes.actor).toBe(nameOf(g.approver))
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
    expect(log[0].actor).toBe(nameOf(g.approver2))
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
    expect(log[2].actor).toBe(nameOf(g.approver))
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
      await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })
    ).docs
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
      collection: 'audit-log',
      id: first.id,
      overrideAccess: true,
    })
    expect(again.summary).toBe(first.summary)
    await expect(
      payload.find({ collection: 'audit-log', overrideAccess: false, user: g.editor }),
    ).rejects.toThrow()
  })
})
