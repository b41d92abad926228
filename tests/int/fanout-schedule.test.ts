import { describe, expect, it } from 'vitest'

import { processDelivery } from '../../plugins/fanout/outbox/process'
import { act, draftPost } from '../helpers/fixtures'
import { deliveriesOf, drain } from '../helpers/fanout'
import { g, graph, payload, postsWith, publish, useFanoutStage } from '../helpers/fanout-stage'

useFanoutStage()

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
      },
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
      },
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
      data: { channels: ['fanpage', 'group'] },
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
