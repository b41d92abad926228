import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageWatchOptions, readPages } from '../../plugins/page-watch/exports/server'
import { PAGE_SIZE } from '../../plugins/page-watch/constants'
import { runReport } from '../../plugins/reports/run'
import { monthOf } from '../../src/domain/register-month'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain, startFanout } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'

/**
 * The Page watcher against the loopback Graph API: every post of the Page (Herold's copies and
 * posts made by hand on facebook.com) read page by page, Herold's copies linked to their
 * deliveries, hand-made public information classified; a rate limit holds the read and a later
 * run resumes it without losing or repeating a post; the BIP report and its CSV list the
 * hand-made post.
 */

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let api: Awaited<ReturnType<typeof startApiServer>>
let g: Gmina
let fanpageId: number | string
const DAY = 86_400_000
const options = pageWatchOptions()
const FILLERS = 2 * PAGE_SIZE + 5
const PRZETARG =
  'Ogłaszamy przetarg nieograniczony na przebudowę drogi gminnej w Wisłotkach. Oferty do 15 maja!'

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

const pagePosts = async () =>
  (
    await payload.find({
      collection: 'page-posts',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      sort: '-createdTime',
    })
  ).docs
const listCalls = () => graph.requests.filter((r) => r.path.endsWith('/published_posts'))
const releaseAccount = () =>
  payload.db.updateOne({
    collection: 'channel-accounts',
    data: { status: { reason: null, state: 'ok', throttleUntil: null } },
    id: fanpageId,
  })
const accountHeldUntil = async () =>
  (
    await payload.findByID({
      collection: 'channel-accounts',
      depth: 0,
      id: fanpageId,
      overrideAccess: true,
    })
  ).status?.throttleUntil ?? null

describe('reading the whole Page', () => {
  let heroldCopy: string
  let przetarg: string
  let deliveryId: number | string

  it('reads several pages of posts, links Herold’s copy and classifies the hand-made ones', async () => {
    const now = Date.now()
    for (let i = 0; i < FILLERS; i++)
      graph.addPagePost({
        createdTime: now - 30 * DAY - i * 3_600_000,
        message: `Zdjęcia z festynu rodzinnego, część ${i + 1}`,
      })
    przetarg = graph.addPagePost({ createdTime: now - 20 * DAY, message: PRZETARG }).id
    const withBip = graph.addPagePost({
      createdTime: now - 21 * DAY,
      message: 'Uchwała nr XII/45/2026 Rady Gminy: https://bip.wislotki.pl/uchwaly/45',
    }).id
    const tooOld = graph.addPagePost({
      createdTime: now - 420 * DAY,
      message: 'Obwieszczenie sprzed ponad roku',
    }).id

    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['fanpage'],
      title: 'Uchwała o przetargu ogłoszona w BIP',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    await drain(payload)
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('sent')
    heroldCopy = delivery.externalId!
    deliveryId = delivery.id

    const report = await readPages(payload, options)
    expect(report).toMatchObject({ errors: 0, held: 0, pages: 1, stored: FILLERS + 3 })
    // Three pages of at most 100, each after the previous one's cursor.
    const calls = listCalls()
    expect(calls).toHaveLength(3)
    expect(calls[0].params.after).toBeUndefined()
    expect(calls[1].params.after).toBeTruthy()
    expect(calls[2].params.after).toBeTruthy()
    expect(calls[0].params.fields).toBe('id,message,created_time,permalink_url')

    const stored = await pagePosts()
    expect(stored).toHaveLength(FILLERS + 3)
    const byId = new Map(stored.map((p) => [p.postId, p]))
    expect(byId.has(tooOld)).toBe(false)
    expect(byId.get(heroldCopy)).toMatchObject({ delivery: deliveryId, kind: 'herold' })
    expect(byId.get(przetarg)).toMatchObject({
      kind: 'public_without_bip',
      message: PRZETARG,
      permalink: `https://www.facebook.com/${graph.pageId}/posts/${przetarg.split('_')[1]}`,
      reason: 'przetarg',
    })
    expect(byId.get(withBip)).toMatchObject({ kind: 'public_with_bip', reason: 'uchwała' })
    expect(stored.filter((p) => p.kind === 'other')).toHaveLength(FILLERS)
  })

  it('backs off on usage near the limit and on a rate limit, then resumes without gaps or repeats', async () => {
    const now = Date.now()
    const fresh: string[] = []
    for (let i = 0; i < 2 * PAGE_SIZE + 10; i++)
      fresh.push(
        graph.addPagePost({
          createdTime: now - 60_000 - i * 60_000,
          message: `Relacja z zawodów sportowych nr ${i + 1}`,
        }).id,
      )
    const before = listCalls().length

    // Usage above 90 % on the first page's answer: the read stops there and the account waits.
    graph.setUsage({ page: 95 })
    const first = await readPages(payload, options)
    expect(first).toMatchObject({ errors: 0, held: 1, stored: PAGE_SIZE })
    expect(listCalls()).toHaveLength(before + 1)
    expect(await accountHeldUntil()).not.toBeNull()
    // While held, nothing is asked.
    expect(await readPages(payload, options)).toMatchObject({ pages: 0 })
    expect(listCalls()).toHaveLength(before + 1)

    // Released, it resumes by time; Facebook answers #32 (Page request limit): held again.
    graph.setUsage({ page: 10 })
    await releaseAccount()
    graph.failNext({
      code: 32,
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          [graph.pageId]: [{ call_count: 100, estimated_time_to_regain_access: 7, type: 'pages' }],
        }),
      },
      method: 'GET',
      path: /\/published_posts$/,
    })
    const second = await readPages(payload, options)
    expect(second).toMatchObject({ errors: 1, held: 1, stored: 0 })
    const heldUntil = new Date((await accountHeldUntil())!)
    expect(heldUntil.getTime()).toBeGreaterThan(Date.now() + 6 * 60_000)
    const resumed = listCalls().at(-1)!
    expect(resumed.params.until).toBeTruthy()
    expect(resumed.params.after).toBeUndefined()

    await releaseAccount()
    const third = await readPages(payload, options)
    expect(third).toMatchObject({ errors: 0, gone: 0, held: 0 })
    const stored = await pagePosts()
    const ids = stored.map((p) => p.postId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of fresh) expect(ids).toContain(id)
    expect(stored).toHaveLength(FILLERS + 3 + fresh.length)
    expect(stored.filter((p) => p.goneAt)).toHaveLength(0)
    const state = (await payload.find({ collection: 'page-reads', overrideAccess: true, depth: 0 }))
      .docs[0]
    expect(state).toMatchObject({ lastError: null, passStartedAt: null, passUntil: null })
    expect(state.completedThrough).toBeTruthy()
  })

  it('notices a hand-made post deleted on Facebook on the next complete pass, and lets old ones go', async () => {
    const victim = graph.addPagePost({ message: 'Pomyłkowy wpis' })
    const expired = await payload.create({
      collection: 'page-posts',
      data: {
        createdTime: new Date(Date.now() - 420 * DAY).toISOString(),
        kind: 'other',
        pageId: graph.pageId,
        postId: `${graph.pageId}_1`,
      },
      overrideAccess: true,
    })
    await readPages(payload, options)
    expect((await pagePosts()).find((p) => p.postId === victim.id)?.goneAt ?? null).toBeNull()
    graph.posts.splice(graph.posts.indexOf(victim), 1)
    expect(await readPages(payload, options)).toMatchObject({ gone: 1 })
    expect((await pagePosts()).find((p) => p.postId === victim.id)?.goneAt).toBeTruthy()
    expect((await pagePosts()).some((p) => p.id === expired.id)).toBe(false)
  })

  it('lists the hand-made public information without BIP in the report and its CSV', async () => {
    const query = { do: monthOf(new Date()), od: monthOf(new Date(Date.now() - 60 * DAY)) }
    const result = await runReport(payload, 'bip', query)
    const table = result.tables.find((t) => t.caption.startsWith('Informacja publiczna dodana'))!
    const permalink = `https://www.facebook.com/${graph.pageId}/posts/${przetarg.split('_')[1]}`
    expect(table.rows).toEqual([[expect.any(String), PRZETARG, 'przetarg', permalink]])
    const month = result.chart.values[result.chart.series.findIndex((s) => s.key === 'handMade')]
    expect(month.reduce((a, b) => a + b, 0)).toBe(1)

    const approver = await api.login(g.approver.email, 'Haslo-testowe-1')
    const res = await fetch(`${api.base}/api/raporty/bip/csv?od=${query.od}&do=${query.do}`, {
      headers: { authorization: approver },
    })
    expect(res.status).toBe(200)
    const lines = (await res.text()).split('\r\n').filter((l) => l.includes(permalink))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Fanpage: informacja publiczna bez BIP;/)
    expect(lines[0]).toContain('Ogłaszamy przetarg nieograniczony')
    // Hand-made posts linking to BIP, and Herold's own copies, are not on the list.
    expect(lines.join()).not.toContain('Uchwała nr XII')
  })
})
