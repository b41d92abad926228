import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { notifyOnPostChange } from '../../plugins/notifications/hooks/posts'
import { publishDuePosts } from '../../src/jobs/publish-due-posts'
import type { Post } from '../../src/payload-types'
import { act, draftPost, type TestUser } from '../helpers/fixtures'
import { drain, handoffGroup } from '../helpers/fanout'
import {
  bellOf,
  fanpageId,
  g,
  graph,
  groupRulesId,
  notesOf,
  officeApprover,
  payload,
  schoolEditor,
  useNotificationsStage,
} from '../helpers/notifications'

useNotificationsStage()

const post = (user: TestUser, unit: { id: number }, title: string, data = {}) =>
  draftPost(payload, user, unit, { channels: ['rss'], title, ...data })

describe('the workflow notifies', () => {
  it("sends a submission to the unit's approvers, never to the one who submitted", async () => {
    const p = await post(g.editor, g.school, 'Zebranie rodziców')
    await act(payload, g.editor, p.id, 'submit')
    expect(await bellOf(g.approver)).toEqual(['submitted: Zebranie rodziców'])
    expect(await bellOf(g.approver2)).toEqual(['submitted: Zebranie rodziców'])
    // An approver serving only the office does not see the school's work, nor do editors or admins.
    expect(await bellOf(officeApprover)).toEqual([])
    expect(await bellOf(g.editor)).toEqual([])
    expect(await bellOf(g.admin)).toEqual([])

    const own = await post(g.approver2, g.office, 'Komunikat urzędu')
    await act(payload, g.approver2, own.id, 'submit')
    expect(await bellOf(officeApprover)).toEqual(['submitted: Komunikat urzędu'])
    expect(await bellOf(g.approver2)).toEqual(['submitted: Zebranie rodziców'])
  })

  it('tells the author of changes requested with the comment, and of the publication', async () => {
    const p = await post(g.editor, g.school, 'Dzień sportu')
    await act(payload, g.editor, p.id, 'submit')
    await act(payload, g.approver, p.id, 'request_changes', 'Dodaj godzinę rozpoczęcia.')
    const [changes] = await notesOf(g.editor)
    expect(changes).toMatchObject({
      detail: 'Dodaj godzinę rozpoczęcia.',
      kind: 'changes_requested',
    })
    await act(payload, g.editor, p.id, 'submit')
    await act(payload, g.approver, p.id, 'approve')
    expect(await bellOf(g.editor)).toEqual([
      'changes_requested: Dzień sportu',
      'published: Dzień sportu',
    ])
    // The approver acted: told only of the two submissions, never of their own decisions.
    expect((await bellOf(g.approver)).filter((n) => n.endsWith('Dzień sportu'))).toEqual([
      'submitted: Dzień sportu',
      'submitted: Dzień sportu',
    ])
  })

  it('tells the author of an approval for later, and the scheduler publishing it', async () => {
    const p = await post(g.editor, g.school, 'Wycieczka klasowa', {
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    await act(payload, g.editor, p.id, 'submit')
    await act(payload, g.approver, p.id, 'approve')
    expect((await bellOf(g.editor)).at(-1)).toBe('approved: Wycieczka klasowa')
    // The day comes: the scheduler (nobody) publishes it, and the author hears of it.
    await publishDuePosts(payload, undefined, new Date(Date.now() + 2 * 86_400_000))
    expect((await bellOf(g.editor)).at(-1)).toBe('published: Wycieczka klasowa')
  })

  it("does not notify one's own action", async () => {
    // The admin writes, submits and sends back their own post (four eyes: nobody approves their
    // own): only the approvers hear of it.
    const p = await post(g.admin, g.office, 'Ogłoszenie administratora')
    await act(payload, g.admin, p.id, 'submit')
    await act(payload, g.admin, p.id, 'request_changes', 'Jeszcze poprawię datę.')
    expect(await bellOf(g.admin)).toEqual([])
    // A trusted unit publishes on submission: its author hears nothing of their own step.
    const osp = await post(g.editor, g.osp, 'Ćwiczenia OSP')
    const before = await bellOf(g.editor)
    await act(payload, g.editor, osp.id, 'submit')
    expect(await bellOf(g.editor)).toEqual(before)
    expect((await bellOf(g.approver)).filter((n) => n.endsWith('Ćwiczenia OSP'))).toEqual([])
  })

  it('notifies nobody twice when the hook runs again for the same write', async () => {
    const p = await post(g.officeEditor, g.office, 'Odbiór odpadów')
    const submitted = (await act(payload, g.officeEditor, p.id, 'submit')) as Post
    const count = async () => (await notesOf(officeApprover)).length
    const before = await count()
    const req = await createLocalReq({}, payload)
    const previousDoc = { ...submitted, approvalLog: submitted.approvalLog?.slice(0, -1) }
    for (let i = 0; i < 2; i++)
      await notifyOnPostChange({
        collection: payload.collections.posts.config,
        context: {},
        data: {},
        doc: submitted,
        operation: 'update',
        previousDoc,
        req,
      })
    expect(await count()).toBe(before)
  })
})

describe('deliveries and channels notify', () => {
  it('sends a correction to the approvers, and its decision to whoever proposed it', async () => {
    const p = await post(g.editor, g.school, 'Festyn w Zalesiu')
    await act(payload, g.editor, p.id, 'submit')
    await act(payload, g.approver, p.id, 'approve')
    await drain(payload)
    const corrections = async (user: TestUser) =>
      (await bellOf(user)).filter((line) => line.startsWith('correction_'))
    const correct = (lead: string) =>
      payload.update({
        collection: 'posts',
        data: { lead },
        id: p.id,
        overrideAccess: false,
        user: g.editor,
      })
    const pending = async () =>
      (
        await payload.find({
          collection: 'post-corrections',
          overrideAccess: true,
          where: { and: [{ post: { equals: p.id } }, { state: { equals: 'pending' } }] },
        })
      ).docs[0]
    const decide = (id: number, decision: 'approve' | 'reject', comment?: string) =>
      payload.update({
        collection: 'post-corrections',
        data: { comment, decision },
        id,
        overrideAccess: false,
        user: g.approver,
      })

    await correct('Festyn w sobotę.')
    expect(await corrections(g.approver)).toEqual(['correction_proposed: Festyn w Zalesiu'])
    expect(await corrections(g.approver2)).toEqual(['correction_proposed: Festyn w Zalesiu'])
    expect(await corrections(officeApprover)).toEqual([])
    expect(await corrections(g.editor)).toEqual([])

    await decide((await pending()).id, 'reject', 'Festyn jest w niedzielę.')
    expect(await corrections(g.editor)).toEqual(['correction_rejected: Festyn w Zalesiu'])
    await correct('Festyn w niedzielę.')
    await decide((await pending()).id, 'approve')
    expect((await corrections(g.editor)).sort()).toEqual([
      'correction_approved: Festyn w Zalesiu',
      'correction_rejected: Festyn w Zalesiu',
    ])
    // The approver acted: the decision is not news to them, only the two proposals are.
    expect(await corrections(g.approver)).toEqual([
      'correction_proposed: Festyn w Zalesiu',
      'correction_proposed: Festyn w Zalesiu',
    ])
  })

  it('tells the author of a copy that failed', async () => {
    graph.failNext({ code: 368, path: /feed/ })
    const p = await post(g.officeEditor, g.office, 'Komunikat zablokowany', {
      channels: ['fanpage'],
    })
    await act(payload, g.officeEditor, p.id, 'submit')
    await act(payload, g.approver, p.id, 'approve')
    await drain(payload)
    const failed = (await notesOf(g.officeEditor)).filter((n) => n.kind === 'failed')
    expect(failed).toHaveLength(1)
    expect(failed[0].detail).toMatch(/^Fanpage urzędu \(Facebook\): /)
    expect((await bellOf(g.approver)).filter((n) => n.startsWith('failed'))).toEqual([])
  })

  it("gives a group hand-off to the unit's editors only", async () => {
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: false },
      id: (
        await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'group' } } })
      ).docs[0].id,
      overrideAccess: true,
    })
    await handoffGroup(payload, groupRulesId)
    const p = await post(g.editor, g.school, 'Apel do rodziców', { channels: ['group'] })
    await act(payload, g.editor, p.id, 'submit')
    await act(payload, g.approver, p.id, 'approve')
    await drain(payload)
    expect(await bellOf(schoolEditor)).toEqual(['handoff: Apel do rodziców'])
    expect((await bellOf(g.editor)).filter((n) => n.startsWith('handoff'))).toEqual([
      'handoff: Apel do rodziców',
    ])
    expect((await bellOf(g.officeEditor)).filter((n) => n.startsWith('handoff'))).toEqual([])
    expect((await bellOf(g.approver)).filter((n) => n.startsWith('handoff'))).toEqual([])
  })

  it('tells the admins once when unpublished rules hold a channel back', async () => {
    const rules = (status: 'draft' | 'published') =>
      payload.update({
        collection: 'discussion-rules',
        data: { _status: status },
        id: groupRulesId,
        overrideAccess: true,
      })
    await rules('draft')
    for (const title of ['Festyn', 'Dożynki']) {
      const p = await post(g.editor, g.school, title, { channels: ['group'] })
      await act(payload, g.editor, p.id, 'submit')
      await act(payload, g.approver, p.id, 'approve')
    }
    await drain(payload)
    const held = (await notesOf(g.admin)).filter((n) => n.kind === 'channel_needs_action')
    expect(held).toMatchObject([{ title: 'Grupa bez operatora' }])
    expect(held[0].detail).toMatch(/nie są opublikowane/)
    // No hand-off is asked of the editors while the rules hold the copies back.
    expect((await bellOf(schoolEditor)).filter((n) => /Festyn|Dożynki/.test(n))).toEqual([])
    await rules('published')
  })

  it('tells the admins once per channel problem, not once per post', async () => {
    const since = new Date().toISOString()
    const mark = (state: 'needs_action' | 'ok', at: string) =>
      payload.update({
        collection: 'channel-accounts',
        context: { fanoutStatusOnly: true },
        data: { status: { reason: 'Token strony wygasł.', since: at, state } },
        id: fanpageId,
        overrideAccess: true,
      })
    await mark('needs_action', since)
    // Each waiting post marks the account again: still the same problem.
    await mark('needs_action', new Date(Date.now() + 1000).toISOString())
    const admins = async () =>
      (await notesOf(g.admin)).filter(
        (n) => n.kind === 'channel_needs_action' && n.account === fanpageId,
      )
    expect(await admins()).toMatchObject([
      { detail: 'Token strony wygasł.', title: 'Fanpage urzędu' },
    ])
    expect((await bellOf(g.approver)).filter((n) => n.startsWith('channel'))).toEqual([])
    // Mended, then broken again: a new problem.
    await mark('ok', new Date().toISOString())
    await mark('needs_action', new Date(Date.now() + 2000).toISOString())
    expect(await admins()).toHaveLength(2)
    await mark('ok', new Date().toISOString())
  })
})
