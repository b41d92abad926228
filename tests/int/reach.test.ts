import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { ENGAGEMENT_FIELDS, IMPRESSIONS_NOTES } from '../../plugins/fanout/channels/fanpage-reach'
import { REACH_CRON } from '../../plugins/fanout/constants'
import { fetchReach } from '../../plugins/fanout/reach/fetch-reach'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { deliveriesOf, drain, PAGE_TOKEN, startFanout } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'

/**
 * Reach of the fanpage copies, read once a day from the loopback Graph API: reactions, comments,
 * shares and impressions, with the ways Facebook refuses them (retired metric, missing permission,
 * rate limit, usage near the limit, a copy deleted on Facebook).
 */

type Reach = {
  comments: number
  fetchedAt: string
  impressions: null | number
  impressionsUnique: null | number
  note: null | string
  reactions: number
  shares: number
  state: string
}

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let g: Gmina
let fanpageId: number | string
const DAY = 86_400_000

beforeAll(async () => {
  const started = await startFanout()
  ;({ graph, operator, payload } = started)
  fanpageId = started.fanpage.id
  g = await makeGmina(payload)
})
afterAll(async () => {
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
})
beforeEach(async () => {
  graph.setUsage({ app: 0, business: 0, regainMinutes: 0 })
  await payload.db.updateOne({
    collection: 'channel-accounts',
    data: { status: { reason: null, state: 'ok', throttleUntil: null } },
    id: fanpageId,
  })
})

/** Publishes posts to the fanpage; returns each post's delivery and the id of its copy on the Page. */
const publishCopies = async (...titles: string[]) => {
  const copies: { deliveryId: number | string; externalId: string; postId: number | string }[] = []
  for (const title of titles) {
    const post = await draftPost(payload, g.approver, g.office, { channels: ['fanpage'], title })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
  }
  await drain(payload)
  for (const title of titles) {
    const post = (
      await payload.find({
        collection: 'posts',
        overrideAccess: true,
        where: { title: { equals: title } },
      })
    ).docs[0]
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('sent')
    copies.push({ deliveryId: delivery.id, externalId: delivery.externalId!, postId: post.id })
  }
  return copies
}
const reachOf = async (id: number | string) =>
  (
    (await payload.findByID({
      collection: 'deliveries',
      depth: 0,
      id,
      overrideAccess: true,
    })) as unknown as { reach: Reach }
  ).reach
const graphCallsSince = (start: number, path: RegExp) =>
  graph.requests.slice(start).filter((r) => r.method === 'GET' && path.test(r.path))

describe('reach of fanpage copies', () => {
  let copies: Awaited<ReturnType<typeof publishCopies>>
  let day = Date.now()

  it('reads reactions, comments with replies, shares and impressions of every recent copy', async () => {
    copies = await publishCopies('Zasięg: festyn', 'Zasięg: remont drogi')
    const [festyn, road] = copies
    graph.setEngagement(festyn.externalId, {
      impressions: 1500,
      impressionsUnique: 1100,
      reactions: 12,
      shares: 3,
    })
    const top = graph.addComment({ message: 'Będziemy!', postId: festyn.externalId })
    graph.addComment({ message: 'My też', parentId: top.id, postId: festyn.externalId })
    graph.addComment({ message: 'Super', postId: festyn.externalId })

    const start = graph.requests.length
    const report = await fetchReach(payload, { now: new Date(day) })
    expect(report).toEqual({ accounts: 1, errors: [], gone: 0, updated: 2 })
    expect(await reachOf(festyn.deliveryId)).toMatchObject({
      comments: 3,
      impressions: 1500,
      impressionsUnique: 1100,
      note: null,
      reactions: 12,
      shares: 3,
      state: 'ok',
    })
    // Never shared: Facebook leaves `shares` out, which is a count of 0.
    expect(await reachOf(road.deliveryId)).toMatchObject({
      comments: 0,
      impressions: 0,
      impressionsUnique: 0,
      reactions: 0,
      shares: 0,
      state: 'ok',
    })
    expect(new Date((await reachOf(road.deliveryId)).fetchedAt).getTime()).toBe(day)

    const engagementCalls = graphCallsSince(start, /\/\d+_\d+$/)
    expect(engagementCalls).toHaveLength(2)
    expect(engagementCalls[0].params.fields).toBe(ENGAGEMENT_FIELDS)
    expect(graphCallsSince(start, /\/insights$/).map((r) => r.params.metric)).toEqual([
      'post_impressions,post_impressions_unique',
      'post_impressions,post_impressions_unique',
    ])
  })

  it('does not read a copy again the same day', async () => {
    const start = graph.requests.length
    expect((await fetchReach(payload, { now: new Date(day + 3_600_000) })).updated).toBe(0)
    expect(graph.requests.length).toBe(start)
  })

  it('keeps engagement when Facebook has retired the impressions metric, and stops asking for it', async () => {
    day += DAY
    graph.retireMetrics(['post_impressions'])
    graph.setEngagement(copies[0].externalId, { reactions: 15 })
    const start = graph.requests.length
    const report = await fetchReach(payload, { now: new Date(day) })
    expect(report.updated).toBe(2)
    expect(report.errors).toEqual([])
    const festyn = await reachOf(copies[0].deliveryId)
    expect(festyn).toMatchObject({
      impressions: null,
      impressionsUnique: null,
      note: IMPRESSIONS_NOTES.retired,
      reactions: 15,
      shares: 3,
    })
    expect((await reachOf(copies[1].deliveryId)).note).toBe(IMPRESSIONS_NOTES.retired)
    // One refusal holds for the whole Page: the second copy's impressions were not asked for.
    expect(graphCallsSince(start, /\/insights$/)).toHaveLength(1)
  })

  it('notes a missing read_insights permission, and a Page that has no insights', async () => {
    graph.retireMetrics([])
    const [fresh] = await publishCopies('Zasięg: bez uprawnień')
    graph.failNext({
      code: 10,
      message: '(#10) Requires read_insights permission',
      method: 'GET',
      path: /\/insights$/,
    })
    await fetchReach(payload, { now: new Date(day) })
    expect(await reachOf(fresh.deliveryId)).toMatchObject({
      impressions: null,
      note: IMPRESSIONS_NOTES.noPermission,
      reactions: 0,
      state: 'ok',
    })

    const [small] = await publishCopies('Zasięg: mała strona')
    graph.setInsightsAvailable(false)
    await fetchReach(payload, { now: new Date(day) })
    graph.setInsightsAvailable(true)
    expect(await reachOf(small.deliveryId)).toMatchObject({
      impressions: null,
      impressionsUnique: null,
      note: IMPRESSIONS_NOTES.empty,
    })
  })

  it('holds the account on a rate limit and stops the run; the next run waits for the hold', async () => {
    day += DAY
    graph.failNext({
      code: 32,
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          [graph.pageId]: [{ call_count: 100, estimated_time_to_regain_access: 30, type: 'pages' }],
        }),
      },
      method: 'GET',
    })
    const report = await fetchReach(payload, { now: new Date(day) })
    expect(report.updated).toBe(0)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatch(/ograniczył liczbę wywołań/)
    const account = await payload.findByID({
      collection: 'channel-accounts',
      id: fanpageId,
      overrideAccess: true,
    })
    expect(new Date(account.status!.throttleUntil!).getTime()).toBe(day + 30 * 60_000)
    const start = graph.requests.length
    expect((await fetchReach(payload, { now: new Date(day + 10 * 60_000) })).accounts).toBe(0)
    expect(graph.requests.length).toBe(start)
    expect((await fetchReach(payload, { now: new Date(day + 31 * 60_000) })).updated).toBe(4)
  })

  it('stops after the copy whose answer shows usage near the limit', async () => {
    day += DAY
    graph.setUsage({ app: 95 })
    const report = await fetchReach(payload, { now: new Date(day) })
    expect(report.updated).toBe(1)
    const account = await payload.findByID({
      collection: 'channel-accounts',
      id: fanpageId,
      overrideAccess: true,
    })
    expect(new Date(account.status!.throttleUntil!).getTime()).toBeGreaterThan(Date.now())
  })

  it('keeps the last figures of a copy deleted on Facebook and stops reading it', async () => {
    day += DAY
    const festyn = copies[0]
    const res = await fetch(
      `${graph.url}/${graph.version}/${festyn.externalId}?access_token=${PAGE_TOKEN}`,
      { method: 'DELETE' },
    )
    expect(res.status).toBe(200)
    const report = await fetchReach(payload, { now: new Date(day) })
    expect(report.gone).toBe(1)
    expect(await reachOf(festyn.deliveryId)).toMatchObject({
      reactions: 15,
      shares: 3,
      state: 'gone',
    })
    const start = graph.requests.length
    await fetchReach(payload, { now: new Date(day + DAY) })
    expect(graph.requests.slice(start).some((r) => r.path.includes(festyn.externalId))).toBe(false)
  })

  it('runs daily on the maintenance queue as a job', async () => {
    const task = (
      payload.config.jobs.tasks as { schedule?: { cron: string; queue: string }[]; slug: string }[]
    ).find((t) => t.slug === 'fanoutReach')
    expect(task?.schedule).toEqual([{ cron: REACH_CRON, queue: 'fanout-maintenance' }])
    await payload.jobs.queue({
      input: {},
      queue: 'fanout-maintenance',
      task: 'fanoutReach',
    })
    const run = await payload.jobs.run({ queue: 'fanout-maintenance', silent: true })
    expect(Object.values(run.jobStatus ?? {}).map((s) => s.status)).toEqual(['success'])
  })
})
