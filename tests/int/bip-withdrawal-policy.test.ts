import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { postWithdrawalLabel } from '../../plugins/fanout/exports/server'
import { TAKEDOWN_RETRIES } from '../../plugins/fanout/jobs/takedown'
import { takeDownCopy } from '../../plugins/fanout/outbox/withdrawal'
import { polishT } from '../../plugins/fanout/i18n'
import { translations } from '../../plugins/fanout/translations'
import type { Notification } from '../../src/payload-types'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain, PAGE_TOKEN } from '../helpers/fanout'
import {
  addHandoffGroup,
  fanpageId,
  g,
  graph,
  groupId,
  payload,
  postsWith,
  publish,
  useFanoutStage,
} from '../helpers/fanout-stage'

useFanoutStage()

let api: Awaited<ReturnType<typeof startApiServer>>
beforeAll(async () => {
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
})

let bipCounter = 0
/** A published BIP entry and a post of public information citing it, delivered to both channels. */
const deliveredPublicInformation = async (title: string) => {
  const bip = await payload.create({
    collection: 'bip-references',
    data: {
      caseReference: `OR-03.0003.${700 + ++bipCounter}.2026`,
      producingUnit: g.office.id,
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
      state: 'published',
      title: `Obwieszczenie ${title}`,
      url: `https://bip.testowo.example/wycofanie-${bipCounter}`,
    },
    overrideAccess: true,
  })
  const post = await publish({
    bipReference: bip.id,
    informationType: 'public_information',
    title,
  })
  await drain(payload)
  return { bip, post }
}

const withdrawBip = (id: number) =>
  payload.update({
    collection: 'bip-references',
    data: { state: 'withdrawn' },
    id,
    overrideAccess: false,
    user: g.approver,
  })

const setPolicy = (bipWithdrawal: 'takedown' | 'task') =>
  payload.update({
    collection: 'channel-accounts',
    data: { bipWithdrawal },
    id: fanpageId,
    overrideAccess: true,
  })

const deletesOf = (externalId: string) =>
  graph.requests.filter((r) => r.method === 'DELETE' && r.path.endsWith(`/${externalId}`))

const takedownJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      limit: 100,
      overrideAccess: true,
      where: { taskSlug: { equals: 'fanoutTakeDown' } },
    })
  ).totalDocs

const withdrawalNotes = async (postId: number) =>
  (
    await payload.find({
      collection: 'notifications',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { and: [{ post: { equals: postId } }, { kind: { equals: 'withdrawal_task' } }] },
    })
  ).docs as Notification[]

const label = (postId: number) =>
  postWithdrawalLabel(payload, postId, { translations: translations.pl })

describe('BIP withdrawal with the "remove automatically" policy', () => {
  it('takes the Page copy down through the Graph API exactly once, and gives the group post to the editors', async () => {
    await setPolicy('takedown')
    const { bip, post } = await deliveredPublicInformation('Przetarg na oświetlenie')
    const before = await deliveriesOf(payload, post.id)
    expect(before.map((d) => d.state)).toEqual(['sent', 'sent'])
    const copyId = before.find((d) => d.channel === 'fanpage')!.externalId!
    expect(postsWith('Przetarg na oświetlenie')).toHaveLength(1)

    await withdrawBip(bip.id)
    let [fanpage, group] = await deliveriesOf(payload, post.id)
    expect(fanpage).toMatchObject({ flag: 'bip_withdrawn', withdrawal: 'takedown' })
    expect(group).toMatchObject({ flag: 'bip_withdrawn', withdrawal: 'task' })
    expect(group.reason).toMatch(/Usuń post z grupy mieszkańców/)
    // Durable: the takedown is a job on the queue, made in the same transaction as the flag.
    expect(await takedownJobs()).toBe(1)
    expect(await label(post.id)).toBe('Wycofany z BIP – zadanie dla redakcji')

    await drain(payload)
    expect(deletesOf(copyId)).toHaveLength(1)
    expect(postsWith('Przetarg na oświetlenie')).toHaveLength(0)
    ;[fanpage, group] = await deliveriesOf(payload, post.id)
    expect(fanpage.takenDownAt).toBeTruthy()

    // The same job run again, or a withdrawal repeated, never reaches Graph a second time.
    expect(await takeDownCopy(payload, fanpage.id, false)).toBe('skipped')
    await payload.update({
      collection: 'bip-references',
      data: { state: 'published' },
      id: bip.id,
      overrideAccess: true,
    })
    await withdrawBip(bip.id)
    await drain(payload)
    expect(deletesOf(copyId)).toHaveLength(1)

    // The editors of the office hear of the group task once, and confirm it over the API.
    const notes = await withdrawalNotes(post.id)
    expect(notes.map((n) => n.recipient)).toEqual([g.officeEditor.id])
    expect(notes[0].detail).toMatch(/^Grupa mieszkańców \(Facebook\): Wpis w BIP wycofano/)
    const editor = await api.login(g.officeEditor.email, 'Haslo-testowe-1')
    const outsider = await api.login(g.editor.email, 'Haslo-testowe-1')
    expect((await api.send('POST', `/api/deliveries/${group.id}/removed`, outsider)).status).toBe(
      404,
    )
    const done = await api.send('POST', `/api/deliveries/${group.id}/removed`, editor)
    expect(done.status).toBe(200)
    expect(done.body.message).toBe('Zapisano: kopia usunięta z kanału.')
    expect((await api.send('POST', `/api/deliveries/${group.id}/removed`, editor)).status).toBe(400)
    expect(await label(post.id)).toBe('Wycofany z BIP – kopie usunięte z kanałów')

    const log = await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 50,
      overrideAccess: true,
      where: { documentId: { equals: String(fanpage.id) } },
    })
    const summaries = log.docs.map((e) => e.summary).join(' | ')
    expect(summaries).toContain('zaplanowano automatyczne usunięcie kopii')
    expect(summaries).toContain('kopię usunięto z kanału')
  })

  it('counts a copy Facebook no longer has as removed (a retry after a crash mid-way)', async () => {
    const { bip, post } = await deliveredPublicInformation('Remont świetlicy')
    const copyId = (await deliveriesOf(payload, post.id)).find(
      (d) => d.channel === 'fanpage',
    )!.externalId!
    // The Page copy went earlier (by a person, or by a call whose answer was lost).
    graph.posts.splice(
      graph.posts.findIndex((p) => p.id === copyId),
      1,
    )
    await withdrawBip(bip.id)
    await drain(payload)
    const fanpage = (await deliveriesOf(payload, post.id)).find((d) => d.channel === 'fanpage')!
    expect(deletesOf(copyId)).toHaveLength(1)
    expect(fanpage.takenDownAt).toBeTruthy()
    expect(fanpage).toMatchObject({ withdrawal: 'takedown' })
  })

  it('retries through the queue with backoff, and the last retry leaves the copy to the editors', async () => {
    const { bip, post } = await deliveredPublicInformation('Przebudowa mostu')
    const copyId = (await deliveriesOf(payload, post.id)).find(
      (d) => d.channel === 'fanpage',
    )!.externalId!
    graph.failNext({ code: 2, method: 'DELETE', path: new RegExp(copyId), times: 10 })
    await withdrawBip(bip.id)
    for (let run = 0; run < 10 && (await takedownJobs()) > 0; run++) {
      await payload.jobs.run({ limit: 10, queue: 'fanout', silent: true })
      const fanpage = (await deliveriesOf(payload, post.id)).find((d) => d.channel === 'fanpage')!
      if (fanpage.withdrawal === 'task') break
      // Each failure waits for its backoff; the test does not wait that long.
      await payload.db.updateMany({
        collection: 'payload-jobs',
        data: { waitUntil: null },
        where: { taskSlug: { equals: 'fanoutTakeDown' } },
      })
    }
    // The first try and five retries, then the editors' task.
    expect(deletesOf(copyId)).toHaveLength(TAKEDOWN_RETRIES + 1)
    const fanpage = (await deliveriesOf(payload, post.id)).find((d) => d.channel === 'fanpage')!
    expect(fanpage).toMatchObject({ withdrawal: 'task' })
    expect(fanpage.reason).toBe(
      polishT('fanout:withdrawal:taskFanpageFailed', {
        problem: polishT('fanout:graphTransient'),
      }),
    )
    expect(postsWith('Przebudowa mostu')).toHaveLength(1)
  })

  it('gives a revoked token’s copy to the editors at once instead of retrying', async () => {
    const { bip, post } = await deliveredPublicInformation('Zbiórka odpadów')
    graph.revokeToken()
    try {
      await withdrawBip(bip.id)
      await drain(payload)
    } finally {
      graph.setToken(PAGE_TOKEN)
    }
    const fanpage = (await deliveriesOf(payload, post.id)).find((d) => d.channel === 'fanpage')!
    expect(fanpage).toMatchObject({ withdrawal: 'task' })
    expect(fanpage.reason).toMatch(/automatyczne usunięcie kopii z fanpage’a się nie udało/)
    expect(postsWith('Zbiórka odpadów')).toHaveLength(1)
  })
})

describe('BIP withdrawal with the "task for the editors" policy', () => {
  it('calls no Graph DELETE and creates a task for the Page copy and the hand-off group post', async () => {
    await setPolicy('task')
    // The group is posted by hand here: its copy is out once the editor records the address.
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: false },
      id: groupId,
      overrideAccess: true,
    })
    const handoff = await addHandoffGroup()
    try {
      const { bip, post } = await deliveredPublicInformation('Nabór wniosków o dotacje')
      const group = (await deliveriesOf(payload, post.id)).find((d) => d.channel === 'group')!
      expect(group.state).toBe('needs_action')
      const editor = await api.login(g.officeEditor.email, 'Haslo-testowe-1')
      const recorded = await api.send('POST', `/api/deliveries/${group.id}/record`, editor, {
        url: 'https://www.facebook.com/groups/wislotki/posts/42',
      })
      expect(recorded.status).toBe(200)
      const deletesBefore = graph.requests.filter((r) => r.method === 'DELETE').length

      await withdrawBip(bip.id)
      await drain(payload)
      const [fanpage, handed] = await deliveriesOf(payload, post.id)
      expect(fanpage).toMatchObject({ flag: 'bip_withdrawn', withdrawal: 'task' })
      expect(fanpage.reason).toMatch(/Usuń kopię z fanpage’a/)
      expect(handed).toMatchObject({ flag: 'bip_withdrawn', withdrawal: 'task' })
      expect(graph.requests.filter((r) => r.method === 'DELETE').length).toBe(deletesBefore)
      expect(postsWith('Nabór wniosków o dotacje')).toHaveLength(1)
      expect(await label(post.id)).toBe('Wycofany z BIP – zadanie dla redakcji')
      const notes = await withdrawalNotes(post.id)
      expect(notes).toHaveLength(2)
      expect(notes.every((n) => n.recipient === g.officeEditor.id)).toBe(true)

      // Staff take the Page copy down with the existing action; that closes the task too.
      const approver = await api.login(g.approver.email, 'Haslo-testowe-1')
      expect(
        (await api.send('POST', `/api/deliveries/${fanpage.id}/takedown`, approver)).status,
      ).toBe(200)
      expect((await api.send('POST', `/api/deliveries/${handed.id}/removed`, editor)).status).toBe(
        200,
      )
      expect(await label(post.id)).toBe('Wycofany z BIP – kopie usunięte z kanałów')
    } finally {
      await payload.update({
        collection: 'channel-accounts',
        data: { enabled: false },
        id: handoff.id,
        overrideAccess: true,
      })
      await payload.update({
        collection: 'channel-accounts',
        data: { enabled: true },
        id: groupId,
        overrideAccess: true,
      })
    }
  })
})
