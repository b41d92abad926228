import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { processDelivery } from '../../plugins/fanout/outbox/process'
import { sweep } from '../../plugins/fanout/outbox/sweep'
import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { deliveriesOf, drain, PAGE_TOKEN, startFanout } from '../helpers/fanout'

let payload: Payload
let graph: FakeGraph
let operator: FakeOperator
let g: Gmina
let fanpageId: number | string
let groupId: number | string
let groupRulesId: number | string

beforeAll(async () => {
  const started = await startFanout()
  ;({ graph, operator, payload } = started)
  fanpageId = started.fanpage.id
  groupId = started.group.id
  groupRulesId = started.rules.group.id
  g = await makeGmina(payload)
})
afterAll(async () => {
  await payload?.destroy()
  await graph?.close()
  await operator?.close()
})
beforeEach(() => {
  graph.setUsage({ app: 0, business: 0, regainMinutes: 0 })
})

/** A post with both social channels, submitted and approved. */
const publish = async (data: Record<string, unknown> = {}) => {
  const post = await draftPost(payload, g.approver, g.office, {
    channels: ['fanpage', 'group'],
    ...data,
  })
  await act(payload, g.approver, post.id, 'submit')
  return act(payload, g.approver2, post.id, 'approve')
}
const postsWith = (text: string) => graph.posts.filter((p) => p.message?.includes(text))

describe('fan-out to the fanpage and the group', () => {
  it('delivers an approved post to each channel exactly once, signed for the operator', async () => {
    const post = await publish({ title: 'Festyn gminny 2026' })
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual([
      'pending',
      'pending',
    ])
    await drain(payload)
    const deliveries = await deliveriesOf(payload, post.id)
    expect(deliveries.map((d) => [d.channel, d.state])).toEqual([
      ['fanpage', 'sent'],
      ['group', 'sent'],
    ])
    expect(postsWith('Festyn gminny 2026')).toHaveLength(1)
    expect(operator.posts.filter((p) => p.body.text.includes('Festyn gminny 2026'))).toHaveLength(1)
    expect(operator.requests.every((r) => r.signatureValid)).toBe(true)
    const fanpage = deliveries.find((d) => d.channel === 'fanpage')!
    expect(fanpage.externalId).toBe(postsWith('Festyn gminny 2026')[0].id)
    // Running everything again changes nothing.
    for (const d of deliveries) expect(await processDelivery(payload, d.id)).toBe('already_sent')
    await drain(payload)
    expect(postsWith('Festyn gminny 2026')).toHaveLength(1)
  })

  it('holds public information until its BIP entry is published, then links to it', async () => {
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR-03.0003.501.2026',
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Obwieszczenie o sesji',
        url: 'https://bip.testowo.example/sesja-501',
      } as never,
      overrideAccess: false,
      user: g.approver,
    })
    const post = await publish({
      bipReference: bip.id,
      informationType: 'public_information',
      title: 'Sesja rady 501',
    })
    expect(post.workflowState).toBe('published')
    let deliveries = await deliveriesOf(payload, post.id)
    expect(deliveries.map((d) => d.state)).toEqual(['waiting_for_bip', 'waiting_for_bip'])
    expect(deliveries[0].reason).toMatch(/BIP nie jest jeszcze opublikowany/)
    await drain(payload)
    expect(postsWith('Sesja rady 501')).toHaveLength(0)

    const publishedAt = new Date()
    await payload.update({
      collection: 'bip-references',
      data: { publishedAt: publishedAt.toISOString(), state: 'published' },
      id: bip.id,
      overrideAccess: false,
      user: g.approver,
    })
    await drain(payload)
    deliveries = await deliveriesOf(payload, post.id)
    expect(deliveries.map((d) => d.state)).toEqual(['sent', 'sent'])
    const copy = postsWith('Sesja rady 501')[0]
    expect(copy.message).toContain(
      'Oficjalna publikacja w BIP: https://bip.testowo.example/sesja-501',
    )
    expect(copy.link).toBe('https://bip.testowo.example/sesja-501')
    expect(new Date(copy.createdTime).getTime()).toBeGreaterThanOrEqual(
      Math.floor(publishedAt.getTime() / 1000) * 1000,
    )
    expect(operator.posts.find((p) => p.body.text.includes('Sesja rady 501'))?.body.link).toBe(
      'https://bip.testowo.example/sesja-501',
    )
  })

  it('flags copies when the BIP entry is withdrawn, and lets staff take the fanpage copy down', async () => {
    const post = await publish({
      bipReference: g.bipPublished.id,
      informationType: 'public_information',
      title: 'Przetarg na drogę',
    })
    await drain(payload)
    await payload.update({
      collection: 'bip-references',
      data: { state: 'withdrawn' },
      id: g.bipPublished.id,
      overrideAccess: true,
    })
    const fanpage = (await deliveriesOf(payload, post.id)).find((d) => d.channel === 'fanpage')!
    expect(fanpage.flag).toBe('bip_withdrawn')
    const endpoint = payload.collections['deliveries'].config.endpoints
    expect(Array.isArray(endpoint) && endpoint.some((e) => e.path === '/:id/takedown')).toBe(true)
    const { findAccount, toChannelAccount } = await import('../../plugins/fanout/engine/accounts')
    const { fanoutContext } = await import('../../plugins/fanout/engine/context')
    const account = toChannelAccount((await findAccount(payload, fanpageId))!)
    await fanoutContext(payload).channels.fanpage!.takeDown!(fanpage.externalId!, {
      account,
      deliveryId: fanpage.id,
      payload,
    })
    expect(postsWith('Przetarg na drogę')).toHaveLength(0)
  })

  it('stops on a revoked token without a retry storm, and resumes after re-authorisation', async () => {
    graph.revokeToken()
    const first = await publish({ channels: ['fanpage'], title: 'Token A' })
    let before = graph.requests.length
    await drain(payload)
    expect((await deliveriesOf(payload, first.id)).map((d) => d.state)).toEqual(['needs_action'])
    expect(graph.requests.length - before).toBe(1)
    const account = await payload.findByID({
      collection: 'channel-accounts',
      id: fanpageId,
      overrideAccess: true,
    })
    expect((account as { status: { state: string; reason: string } }).status).toMatchObject({
      state: 'needs_action',
    })
    expect((account as { status: { reason: string } }).status.reason).toMatch(
      /ponownie autoryzować/,
    )
    // Once the channel is known to need a person, further deliveries do not call Facebook at all.
    const second = await publish({ channels: ['fanpage'], title: 'Token B' })
    before = graph.requests.length
    await drain(payload)
    await sweep(payload, new Date(Date.now() + 3600_000))
    await drain(payload)
    expect(graph.requests.length).toBe(before)
    expect((await deliveriesOf(payload, second.id)).map((d) => d.state)).toEqual(['needs_action'])

    graph.setToken('page-token-2')
    await payload.update({
      collection: 'channel-accounts',
      data: { fanpage: { pageToken: 'page-token-2' } } as never,
      id: fanpageId,
      overrideAccess: true,
    })
    await drain(payload)
    expect(
      [...(await deliveriesOf(payload, first.id)), ...(await deliveriesOf(payload, second.id))].map(
        (d) => d.state,
      ),
    ).toEqual(['sent', 'sent'])
    expect(postsWith('Token A')).toHaveLength(1)
    expect(postsWith('Token B')).toHaveLength(1)
    const stored = await payload.findByID({
      collection: 'channel-accounts',
      id: fanpageId,
      overrideAccess: false,
      user: g.admin,
    })
    expect(JSON.stringify(stored)).not.toContain('page-token-2')
    expect(JSON.stringify(stored)).not.toContain(PAGE_TOKEN)
  })

  it('waits as long as Facebook asks after a rate limit, and throttles above 90 % usage', async () => {
    graph.failNext({
      code: 32,
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          1000: [
            {
              call_count: 100,
              estimated_time_to_regain_access: 7,
              total_cputime: 20,
              total_time: 20,
              type: 'pages',
            },
          ],
        }),
      },
      path: /feed/,
    })
    const post = await publish({ channels: ['fanpage'], title: 'Limit wywołań' })
    await drain(payload)
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('pending')
    const wait = new Date(delivery.nextAttemptAt!).getTime() - Date.now()
    expect(wait).toBeGreaterThan(6 * 60_000)
    expect(wait).toBeLessThanOrEqual(7 * 60_000)
    const other = await publish({ channels: ['fanpage'], title: 'W trakcie limitu' })
    const before = graph.requests.length
    await drain(payload)
    expect(graph.requests.length).toBe(before)
    expect((await deliveriesOf(payload, other.id))[0].state).toBe('pending')
    const later = new Date(Date.now() + 8 * 60_000)
    const outcome = await processDelivery(payload, delivery.id, later)
    expect([outcome, (await deliveriesOf(payload, post.id))[0].lastError]).toEqual(['sent', null])
    expect(
      await processDelivery(payload, (await deliveriesOf(payload, other.id))[0].id, later),
    ).toBe('sent')

    const clearThrottle = () =>
      payload.update({
        collection: 'channel-accounts',
        context: { fanoutStatusOnly: true },
        data: { status: { state: 'ok', throttleUntil: null } } as never,
        id: fanpageId,
        overrideAccess: true,
      })
    await clearThrottle()

    // Usage above 90 %: the call succeeds, and the following ones wait.
    graph.setUsage({ app: 95 })
    const third = await publish({ channels: ['fanpage'], title: 'Wysokie zużycie' })
    await drain(payload)
    expect((await deliveriesOf(payload, third.id))[0].state).toBe('sent')
    const account = await payload.findByID({
      collection: 'channel-accounts',
      id: fanpageId,
      overrideAccess: true,
    })
    expect(
      new Date((account as { status: { throttleUntil: string } }).status.throttleUntil).getTime(),
    ).toBeGreaterThan(Date.now())
    const fourth = await publish({ channels: ['fanpage'], title: 'Po przekroczeniu 90 procent' })
    const calls = graph.requests.length
    await drain(payload)
    expect(graph.requests.length).toBe(calls)
    expect((await deliveriesOf(payload, fourth.id))[0].state).toBe('pending')
    await clearThrottle()
    graph.setUsage({ app: 0 })
    await processDelivery(
      payload,
      (await deliveriesOf(payload, fourth.id))[0].id,
      new Date(Date.now() + 120_000),
    )
    expect(postsWith('Po przekroczeniu 90 procent')).toHaveLength(1)
  })

  it('never posts twice after a timeout whose outcome is unknown', async () => {
    graph.hangNext({ commit: true, path: /feed/ })
    const post = await publish({ channels: ['fanpage'], title: 'Niepewny wynik' })
    await drain(payload)
    let [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('pending')
    expect(delivery.lastError).toMatch(/nie odpowiedział na czas/)
    expect(postsWith('Niepewny wynik')).toHaveLength(1)
    expect(await processDelivery(payload, delivery.id, new Date(Date.now() + 10 * 60_000))).toBe(
      'already_sent',
    )
    ;[delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('sent')
    expect(postsWith('Niepewny wynik')).toHaveLength(1)
  })

  it('explains permanent refusals and lets an editor retry', async () => {
    graph.failNext({ code: 368, path: /feed/ })
    const post = await publish({ channels: ['fanpage'], title: 'Zablokowany' })
    await drain(payload)
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('failed')
    expect(delivery.lastError).toMatch(/czasowo zablokował/)
    const { deliveryEndpoints } = await import('../../plugins/fanout/endpoints/delivery-actions')
    const retry = deliveryEndpoints.find((e) => e.path === '/:id/retry')!
    const res = await retry.handler({
      payload,
      routeParams: { id: String(delivery.id) },
      user: { ...g.approver },
    } as never)
    expect(res.status).toBe(200)
    await drain(payload)
    expect((await deliveriesOf(payload, post.id))[0].state).toBe('sent')
  })

  it('hands a group post to an editor when there is no operator webhook', async () => {
    const handoff = await payload.create({
      collection: 'channel-accounts',
      data: {
        discussionRules: groupRulesId,
        enabled: true,
        group: { mode: 'handoff' },
        kind: 'group',
        name: 'Grupa bez operatora',
      } as never,
      overrideAccess: true,
    })
    const post = await publish({ channels: ['group'], title: 'Do wklejenia' })
    await drain(payload)
    const manual = (await deliveriesOf(payload, post.id)).find((d) => d.state === 'needs_action')!
    expect(manual.text).toContain('Do wklejenia')
    expect(manual.reason).toMatch(/wpisz tutaj adres posta/)
    const { deliveryEndpoints } = await import('../../plugins/fanout/endpoints/delivery-actions')
    const record = deliveryEndpoints.find((e) => e.path === '/:id/record')!
    const bad = await record.handler({
      json: async () => ({ url: 'nie adres' }),
      payload,
      routeParams: { id: String(manual.id) },
      user: g.approver,
    } as never)
    expect(bad.status).toBe(400)
    const ok = await record.handler({
      json: async () => ({ url: 'https://www.facebook.com/groups/wislotki/posts/42' }),
      payload,
      routeParams: { id: String(manual.id) },
      user: g.approver,
    } as never)
    expect(ok.status).toBe(200)
    expect(
      (await deliveriesOf(payload, post.id)).find((d) => d.id === manual.id)?.externalUrl,
    ).toBe('https://www.facebook.com/groups/wislotki/posts/42')
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: false },
      id: handoff.id,
      overrideAccess: true,
    })
  })

  it('lets concurrent workers send a delivery only once', async () => {
    graph.setDelay(50)
    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['fanpage'],
      title: 'Wyścig',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    const [delivery] = await deliveriesOf(payload, post.id)
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => processDelivery(payload, delivery.id)),
    )
    graph.setDelay(0)
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1)
    expect(postsWith('Wyścig')).toHaveLength(1)
  })

  it('sends urgent alerts at once, ahead of the normal queue', async () => {
    const post = await publish({
      category: 'safety',
      channels: ['fanpage'],
      informationType: 'urgent_alert',
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
      title: 'Przerwa w dostawie wody',
    })
    expect(post.workflowState).toBe('published')
    const jobs = await payload.find({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: { queue: { equals: 'fanout-urgent' } },
    })
    expect(jobs.totalDocs).toBeGreaterThan(0)
    await payload.jobs.run({ queue: 'fanout-urgent' })
    expect(postsWith('Przerwa w dostawie wody')[0].message).toMatch(/PILNE/)
  })

  it('retries an urgent alert within seconds after Graph hiccups (two 500s, then a timeout)', async () => {
    graph.failNext({ code: 2, path: /feed/, status: 500, times: 2 })
    const post = await publish({
      category: 'safety',
      channels: ['fanpage'],
      informationType: 'urgent_alert',
      title: 'Awaria wodociągu – woda beczkowozem',
    })
    const [delivery] = await deliveriesOf(payload, post.id)
    const start = Date.now()
    const at = (ms: number) => new Date(start + ms)
    expect(await processDelivery(payload, delivery.id, at(0))).toBe('retry')
    let [now] = await deliveriesOf(payload, post.id)
    expect(new Date(now.nextAttemptAt!).getTime() - start).toBe(2_000)
    expect(await processDelivery(payload, delivery.id, at(2_000))).toBe('retry')
    ;[now] = await deliveriesOf(payload, post.id)
    expect(new Date(now.nextAttemptAt!).getTime() - start).toBe(7_000)
    graph.hangNext({ commit: false, path: /feed/ })
    expect(await processDelivery(payload, delivery.id, at(7_000))).toBe('retry')
    ;[now] = await deliveriesOf(payload, post.id)
    expect(now.lastError).toMatch(/nie odpowiedział na czas/)
    expect(new Date(now.nextAttemptAt!).getTime() - start).toBe(22_000)
    expect(await processDelivery(payload, delivery.id, at(22_000))).toBe('sent')
    expect(postsWith('Awaria wodociągu')).toHaveLength(1)
  })

  it('skips channels that are not configured, and never sends them later', async () => {
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: false },
      id: groupId,
      overrideAccess: true,
    })
    const post = await publish({ channels: ['group'], title: 'Bez grupy' })
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(delivery.state).toBe('skipped')
    expect(delivery.reason).toMatch(/nie jest skonfigurowany/)
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: true },
      id: groupId,
      overrideAccess: true,
    })
    await sweep(payload, new Date(Date.now() + 3600_000))
    await drain(payload)
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual(['skipped'])
    expect(operator.posts.filter((p) => p.body.text.includes('Bez grupy'))).toHaveLength(0)
  })
})

describe('recognising an earlier copy', () => {
  it('finds the copy among many posts when Facebook calls the retry a duplicate', async () => {
    // A copy that landed while our side lost track of it, buried under a hundred later posts.
    graph.hangNext({ commit: true, path: /feed/ })
    const post = await publish({ channels: ['fanpage'], title: 'Zagubiona kopia' })
    await drain(payload)
    for (let i = 0; i < 120; i++) {
      await fetch(`${graph.url}/${graph.version}/${graph.pageId}/feed`, {
        body: new URLSearchParams({ access_token: 'page-token-2', message: `Inny wpis ${i}` }),
        method: 'POST',
      })
    }
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(await processDelivery(payload, delivery.id, new Date(Date.now() + 10 * 60_000))).toBe(
      'already_sent',
    )
    expect(postsWith('Zagubiona kopia')).toHaveLength(1)
  })
})

describe('schedule, withdrawal and BIP URL checks', () => {
  it("keeps a scheduled post's deliveries scheduled until the post is published", async () => {
    const { publishDuePosts } = await import('../../src/jobs/publish-due-posts')
    const publishAt = new Date(Date.now() + 3600_000)
    const post = await publish({
      publishAt: publishAt.toISOString(),
      title: 'Zaplanowany na jutro',
    })
    expect(post.workflowState).toBe('approved')
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual([
      'scheduled',
      'scheduled',
    ])
    await drain(payload)
    expect(postsWith('Zaplanowany na jutro')).toHaveLength(0)
    await publishDuePosts(payload, undefined, new Date(publishAt.getTime() + 1000))
    await drain(payload)
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual(['sent', 'sent'])
  })

  it('stops what has not gone out when a post is withdrawn', async () => {
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Nieopublikowany',
        url: 'https://bip.testowo.example/wycofany',
      } as never,
      overrideAccess: true,
    })
    const post = await publish({
      bipReference: bip.id,
      informationType: 'public_information',
      title: 'Wycofany przed BIP',
    })
    expect((await deliveriesOf(payload, post.id)).map((d) => d.state)).toEqual([
      'waiting_for_bip',
      'waiting_for_bip',
    ])
    await act(payload, g.approver, post.id, 'withdraw', 'Pomyłka.')
    await payload.update({
      collection: 'bip-references',
      data: { state: 'published' },
      id: bip.id,
      overrideAccess: true,
    })
    await drain(payload)
    const deliveries = await deliveriesOf(payload, post.id)
    expect(deliveries.map((d) => d.state)).toEqual(['skipped', 'skipped'])
    expect(deliveries[0].reason).toMatch(/wycofany/)
    expect(postsWith('Wycofany przed BIP')).toHaveLength(0)
  })

  it('checks BIP URLs and records the answer', async () => {
    const http = await import('node:http')
    const server = http.createServer((req, res) => {
      if (req.url === '/ok') res.writeHead(200).end()
      else if (req.url === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end('body')
      else if (req.url === '/slow') setTimeout(() => res.writeHead(200).end(), 15_000).unref()
      else res.writeHead(404).end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    const { checkBipUrls, probeUrl } = await import('../../plugins/fanout/engine/bip-check')
    expect(await probeUrl(`${base}/ok`)).toEqual({ error: null, status: 200 })
    expect(await probeUrl(`${base}/no-head`)).toEqual({ error: null, status: 200 })
    expect(await probeUrl(`${base}/gone`)).toEqual({ error: 'HTTP 404', status: 404 })
    expect(await probeUrl(`${base}/slow`, 300)).toEqual({
      error: 'Brak odpowiedzi w 0.3 s',
      status: null,
    })
    const entry = await payload.create({
      collection: 'bip-references',
      data: {
        producingUnit: g.office.id,
        publishedAt: new Date().toISOString(),
        state: 'published',
        title: 'Zniknął',
        url: `${base}/gone`,
      } as never,
      overrideAccess: true,
    })
    await checkBipUrls(payload, new Date(), 200)
    const checked = await payload.findByID({
      collection: 'bip-references',
      id: entry.id,
      overrideAccess: true,
    })
    expect(checked.lastCheck).toMatchObject({ error: 'HTTP 404', httpStatus: 404 })
    expect(checked.changeRegister).toHaveLength(1)
    server.closeAllConnections()
    server.close()
  })
})

describe('channels added after publication', () => {
  it('delivers to a channel an approver adds to a published post, and only there', async () => {
    const post = await publish({ channels: ['fanpage'], title: 'Dodana grupa' })
    await drain(payload)
    await payload.update({
      collection: 'posts',
      data: { channels: ['fanpage', 'group'] } as never,
      id: post.id,
      overrideAccess: false,
      user: g.admin,
    })
    await drain(payload)
    expect((await deliveriesOf(payload, post.id)).map((d) => [d.channel, d.state])).toEqual([
      ['fanpage', 'sent'],
      ['group', 'sent'],
    ])
    expect(postsWith('Dodana grupa')).toHaveLength(1)
  })
})

describe('a worker that died between claiming and recording an attempt', () => {
  it('keeps the claim for one lease, then sends after looking for an earlier copy', async () => {
    const post = await draftPost(payload, g.approver, g.office, {
      channels: ['fanpage'],
      title: 'Osierocona próba',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    const [d] = await deliveriesOf(payload, post.id)
    expect([d.state, d.attempts]).toEqual(['pending', 0])
    // What a claim leaves behind when its worker dies before marking the delivery as sending.
    await payload.db.create({
      collection: 'delivery-attempts',
      data: {
        delivery: d.id,
        key: `${d.id}:1`,
        number: 1,
        startedAt: new Date().toISOString(),
        worker: 'dead:1',
      },
    })
    expect(await processDelivery(payload, d.id)).toBe('taken')
    expect(postsWith('Osierocona próba')).toHaveLength(0)
    const feedReads = graph.requests.filter((r) => r.method === 'GET').length
    expect(await processDelivery(payload, d.id, new Date(Date.now() + 10 * 60_000))).toBe('sent')
    // The new attempt read the Page's feed before posting.
    expect(graph.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(feedReads)
    expect(postsWith('Osierocona próba')).toHaveLength(1)
    expect((await deliveriesOf(payload, post.id))[0]).toMatchObject({ attempts: 2, state: 'sent' })
  })
})

describe('an edit between an attempt with an unknown outcome and its retry', () => {
  it('still recognises the copy that landed, and does not post the edited text too', async () => {
    graph.hangNext({ commit: true, path: /feed/ })
    const post = await publish({ channels: ['fanpage'], title: 'Przed poprawką' })
    await drain(payload)
    await payload.update({
      collection: 'posts',
      data: { lead: 'Poprawiony lead po wysyłce.' },
      id: post.id,
      overrideAccess: false,
      user: g.admin,
    })
    const [delivery] = await deliveriesOf(payload, post.id)
    expect(await processDelivery(payload, delivery.id, new Date(Date.now() + 10 * 60_000))).toBe(
      'already_sent',
    )
    expect(postsWith('Przed poprawką')).toHaveLength(1)
  })
})
