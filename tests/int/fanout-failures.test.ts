import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { processDelivery } from '../../plugins/fanout/outbox/process'
import { sweep } from '../../plugins/fanout/outbox/sweep'
import { act, draftPost } from '../helpers/fixtures'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
  addHandoffGroup,
  g,
  graph,
  groupId,
  operator,
  payload,
  postsWith,
  publish,
  useFanoutStage,
} from '../helpers/fanout-stage'

useFanoutStage()

/** What the delivery endpoints read of a request; Payload's router would supply the rest. */
const request = (req: Pick<PayloadRequest, 'json' | 'payload' | 'routeParams' | 'user'>) =>
  req as PayloadRequest

describe('fan-out to the fanpage and the group', () => {
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
    const res = await retry.handler(
      request({
        payload,
        routeParams: { id: String(delivery.id) },
        user: { ...g.approver },
      }),
    )
    expect(res.status).toBe(200)
    await drain(payload)
    expect((await deliveriesOf(payload, post.id))[0].state).toBe('sent')
  })

  it('hands a group post to an editor when there is no operator webhook', async () => {
    const handoff = await addHandoffGroup()
    const post = await publish({ channels: ['group'], title: 'Do wklejenia' })
    await drain(payload)
    const manual = (await deliveriesOf(payload, post.id)).find((d) => d.state === 'needs_action')!
    expect(manual.text).toContain('Do wklejenia')
    expect(manual.reason).toMatch(/wpisz tutaj adres posta/)
    const { deliveryEndpoints } = await import('../../plugins/fanout/endpoints/delivery-actions')
    const record = deliveryEndpoints.find((e) => e.path === '/:id/record')!
    const bad = await record.handler(
      request({
        json: async () => ({ url: 'nie adres' }),
        payload,
        routeParams: { id: String(manual.id) },
        user: g.approver,
      }),
    )
    expect(bad.status).toBe(400)
    const ok = await record.handler(
      request({
        json: async () => ({ url: 'https://www.facebook.com/groups/wislotki/posts/42' }),
        payload,
        routeParams: { id: String(manual.id) },
        user: g.approver,
      }),
    )
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
