import { getLocalI18n } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadDesk } from '../../plugins/desk/exports/server'
import type { DeskSnapshot, QueueId } from '../../plugins/desk/exports/server'
import { startApiServer } from '../helpers/api-server'
import { act, draftPost, type TestUser } from '../helpers/fixtures'
import { drain } from '../helpers/fanout'
import {
  addHandoffGroup,
  fanpageId,
  g,
  graph,
  groupId,
  payload,
  useFanoutStage,
} from '../helpers/fanout-stage'

useFanoutStage()

const deskOf = async (user: TestUser, language: 'en' | 'pl' = 'pl') =>
  loadDesk({
    i18n: await getLocalI18n({ config: payload.config, language }),
    now: new Date(),
    payload,
    user,
  })

const queue = (desk: DeskSnapshot, id: QueueId) => {
  const found = desk.queues.find((q) => q.id === id)
  if (!found) throw new Error(`no queue ${id} in ${desk.queues.map((q) => q.id).join(', ')}`)
  return found
}
const titles = (desk: DeskSnapshot, id: QueueId) => queue(desk, id).rows.map((r) => r.title)

const post = async (user: TestUser, unit: { id: number }, title: string, data = {}) =>
  draftPost(payload, user, unit, { channels: ['rss'], title, ...data })

beforeAll(async () => {
  // Group copies go to a person by hand: no operator webhook for this gmina's group.
  await payload.update({
    collection: 'channel-accounts',
    data: { enabled: false },
    id: groupId,
    overrideAccess: true,
  })
  await addHandoffGroup()

  const older = await post(g.editor, g.school, 'Zebranie rodziców')
  await act(payload, g.editor, older.id, 'submit')
  const newer = await post(g.officeEditor, g.office, 'Odbiór odpadów')
  await act(payload, g.officeEditor, newer.id, 'submit')
  // The council needs two approvals: the first approver has done their part.
  const council = await post(g.approver2, g.council, 'Sesja rady')
  await act(payload, g.approver2, council.id, 'submit')
  await act(payload, g.approver, council.id, 'approve')

  await post(g.editor, g.school, 'Szkic o bibliotece')
  await post(g.officeEditor, g.office, 'Szkic urzędu')

  const corrected = await post(g.editor, g.school, 'Dzień sportu')
  await act(payload, g.editor, corrected.id, 'submit')
  await act(payload, g.approver, corrected.id, 'request_changes', 'Dodaj godzinę rozpoczęcia.')

  const later = await post(g.editor, g.school, 'Wycieczka klasowa', {
    publishAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  })
  await act(payload, g.editor, later.id, 'submit')
  await act(payload, g.approver, later.id, 'approve')

  const handoff = await post(g.editor, g.school, 'Apel do rodziców', { channels: ['group'] })
  await act(payload, g.editor, handoff.id, 'submit')
  await act(payload, g.approver, handoff.id, 'approve')

  graph.failNext({ code: 368, path: /feed/ })
  const failing = await post(g.officeEditor, g.office, 'Komunikat zablokowany', {
    channels: ['fanpage'],
  })
  await act(payload, g.officeEditor, failing.id, 'submit')
  await act(payload, g.approver, failing.id, 'approve')

  const held = await post(g.officeEditor, g.office, 'Projekt uchwały – konsultacje', {
    bipReference: g.bipDraft.id,
    category: 'official',
    informationType: 'public_information',
  })
  await act(payload, g.officeEditor, held.id, 'submit')
  await act(payload, g.approver, held.id, 'approve')

  await drain(payload)
})

describe("the editors' desk", () => {
  it('gives each role its own queues', async () => {
    expect((await deskOf(g.approver)).queues.map((q) => q.id)).toEqual([
      'toApprove',
      'correctionsToApprove',
      'waitingForBip',
      'channelProblems',
    ])
    expect((await deskOf(g.editor)).queues.map((q) => q.id)).toEqual([
      'myDrafts',
      'toCorrect',
      'scheduled',
      'groupTasks',
    ])
    expect((await deskOf(g.admin)).queues.map((q) => q.id)).toContain('channelHealth')
  })

  it('shows an approver what waits for them, the longest waiting first', async () => {
    const approver = await deskOf(g.approver)
    expect(titles(approver, 'toApprove')).toEqual(['Zebranie rodziców', 'Odbiór odpadów'])
    expect(queue(approver, 'toApprove').count).toBe(2)
    const [first] = queue(approver, 'toApprove').rows
    expect(first.context).toBe('Szkoła Podstawowa w Testowie')
    expect(first.href).toMatch(/^\/admin\/collections\/posts\/\d+$/)
    expect(Date.parse(first.at!)).toBeLessThanOrEqual(Date.now())
    // The council's post still needs a second approver: not this one, nor its author.
    expect(titles(await deskOf(g.approver2), 'toApprove')).not.toContain('Sesja rady')
    expect(titles(await deskOf(g.admin), 'toApprove')).toContain('Sesja rady')
  })

  it('queues corrections of published posts for approvers other than their proposer', async () => {
    const published = async (title: string) => {
      const draft = await post(g.editor, g.school, title)
      await act(payload, g.editor, draft.id, 'submit')
      await act(payload, g.approver, draft.id, 'approve')
      await drain(payload)
      return draft
    }
    const correct = (user: TestUser, id: number, lead: string) =>
      payload.update({ collection: 'posts', data: { lead }, id, overrideAccess: false, user })
    const byEditor = await published('Festyn szkolny')
    const byApprover = await published('Zbiórka makulatury')
    await correct(g.editor, byEditor.id, 'Festyn w sobotę o 15.')
    await correct(g.approver, byApprover.id, 'Zbiórka w piątek.')

    const approver = queue(await deskOf(g.approver), 'correctionsToApprove')
    expect(approver.rows.map((r) => r.title)).toEqual(['Festyn szkolny'])
    expect(approver.count).toBe(1)
    expect(approver.rows[0]).toMatchObject({
      context: 'Szkoła Podstawowa w Testowie',
      href: `/admin/collections/posts/${byEditor.id}`,
    })
    expect(titles(await deskOf(g.admin), 'correctionsToApprove')).toEqual([
      'Festyn szkolny',
      'Zbiórka makulatury',
    ])
    expect((await deskOf(g.editor)).queues.map((q) => q.id)).not.toContain('correctionsToApprove')
  })

  it('lists published public information held until its BIP entry is out', async () => {
    const approver = await deskOf(g.approver)
    expect(titles(approver, 'waitingForBip')).toEqual(['Projekt uchwały – konsultacje'])
  })

  it('names the channel and the reason of a failed copy, leaving hand-offs to editors', async () => {
    const problems = queue(await deskOf(g.approver), 'channelProblems')
    expect(problems.rows.map((r) => r.title)).toEqual(['Komunikat zablokowany'])
    expect(problems.rows[0].note).toMatch(/^Fanpage urzędu \(Facebook\): .*zablokował/)
  })

  it("shows an editor their drafts, requested changes with the comment, and their units' plans", async () => {
    const editor = await deskOf(g.editor)
    expect(titles(editor, 'myDrafts')).toEqual(['Szkic o bibliotece'])
    expect(queue(editor, 'toCorrect').rows).toMatchObject([
      { note: 'Dodaj godzinę rozpoczęcia.', title: 'Dzień sportu' },
    ])
    expect(titles(editor, 'scheduled')).toEqual(['Wycieczka klasowa'])
    expect(titles(editor, 'groupTasks')).toEqual(['Apel do rodziców'])
    // Another unit's editor sees none of it.
    const office = await deskOf(g.officeEditor)
    expect(titles(office, 'myDrafts')).toEqual(['Szkic urzędu'])
    expect(queue(office, 'toCorrect').count).toBe(0)
    expect(queue(office, 'groupTasks').count).toBe(0)
  })

  it('tells an admin which channel account needs them, first', async () => {
    await payload.update({
      collection: 'channel-accounts',
      data: { status: { reason: 'Token strony wygasł.', state: 'needs_action' } },
      id: fanpageId,
      overrideAccess: true,
    })
    const health = queue(await deskOf(g.admin, 'en'), 'channelHealth')
    expect(health.count).toBe(1)
    expect(health.rows[0]).toMatchObject({
      note: 'needs an administrator — Token strony wygasł.',
      title: 'Fanpage urzędu',
    })
    expect(health.rows.map((r) => r.note)).toContain('disabled')
    await payload.update({
      collection: 'channel-accounts',
      data: { status: { reason: null, state: 'ok' } },
      id: fanpageId,
      overrideAccess: true,
    })
  })

  it('answers the live counts over HTTP to the signed-in user only', async () => {
    const api = await startApiServer(payload.config)
    try {
      const anonymous = await fetch(`${api.base}/api/desk`)
      expect(anonymous.status).toBe(401)
      expect((await anonymous.json()).errors[0].message).toBe(
        'Zaloguj się, aby zobaczyć swoje biurko.',
      )
      const authorization = await api.login(g.approver.email, 'Haslo-testowe-1')
      const before = await fetch(`${api.base}/api/desk`, { headers: { authorization } })
      expect(before.status).toBe(200)
      expect(before.headers.get('cache-control')).toBe('no-store')
      const count = async (res: Response) =>
        queue((await res.json()) as DeskSnapshot, 'toApprove').count
      expect(await count(before)).toBe(2)
      const waiting = await payload.find({
        collection: 'posts',
        where: { title: { equals: 'Odbiór odpadów' } },
      })
      await act(payload, g.approver2, waiting.docs[0].id, 'approve')
      const after = await fetch(`${api.base}/api/desk`, { headers: { authorization } })
      expect(await count(after)).toBe(1)
    } finally {
      await api.close()
    }
  })
})
