import { describe, expect, it } from 'vitest'

import { processDelivery } from '../../plugins/fanout/outbox/process'
import { sweep } from '../../plugins/fanout/outbox/sweep'
import { deliveriesOf, drain, PAGE_TOKEN } from '../helpers/fanout'
import {
  fanpageId,
  g,
  graph,
  operator,
  payload,
  postsWith,
  publish,
  useFanoutStage,
} from '../helpers/fanout-stage'

useFanoutStage()

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
      },
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
    const account = toChannelAccount(payload, (await findAccount(payload, fanpageId))!)
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
      data: { fanpage: { pageToken: 'page-token-2' } },
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
        data: { status: { state: 'ok', throttleUntil: null } },
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
})
