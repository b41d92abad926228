import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendableSkipped } from '../../plugins/fanout/outbox/send-skipped'
import { polishT } from '../../plugins/fanout/i18n'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain } from '../helpers/fanout'
import { act } from '../helpers/fixtures'
import { fanpageId, g, payload, postsWith, publish, useFanoutStage } from '../helpers/fanout-stage'

useFanoutStage()

let api: Awaited<ReturnType<typeof startApiServer>>
const auth: Record<string, string> = {}
beforeAll(async () => {
  api = await startApiServer(payload.config)
  auth.approver = await api.login(g.approver.email, 'Haslo-testowe-1')
  auth.editor = await api.login(g.officeEditor.email, 'Haslo-testowe-1')
  // The Page is not connected while these posts go out: their Page copies are skipped.
  await setPage(false)
})
afterAll(async () => {
  await api?.close()
})

const setPage = (enabled: boolean) =>
  payload.update({
    collection: 'channel-accounts',
    data: { enabled },
    id: fanpageId,
    overrideAccess: true,
  })

const fanpageOf = async (postId: number) =>
  (await deliveriesOf(payload, postId)).find((d) => d.channel === 'fanpage')!

const sendNow = (id: number, as = auth.approver) =>
  api.send('POST', `/api/deliveries/${id}/send`, as)

describe('"Wyślij teraz" for a copy skipped while its channel was not configured', () => {
  it('refuses while the channel is still not configured, then sends once it is, exactly once', async () => {
    const post = await publish({ channels: ['fanpage'], title: 'Dożynki gminne' })
    await drain(payload)
    const skipped = await fanpageOf(post.id)
    expect(skipped.state).toBe('skipped')

    expect((await sendNow(skipped.id, auth.editor)).status).toBe(403)
    const refused = await sendNow(skipped.id)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe(
      polishT('fanout:sendNow:notConfigured', {
        channel: 'Fanpage urzędu (Facebook)',
        problem: polishT('fanout:sendNow:notConfiguredNoAccount'),
      }),
    )
    expect((await fanpageOf(post.id)).state).toBe('skipped')

    await setPage(true)
    const sent = await sendNow(skipped.id)
    expect(sent.status).toBe(200)
    expect(sent.body.message).toBe('Kopia trafiła do kolejki wysyłki.')
    // A second click while it is on its way does not queue it twice.
    expect((await sendNow(skipped.id)).status).toBe(409)
    await drain(payload)
    const delivered = await fanpageOf(post.id)
    expect(delivered).toMatchObject({ id: skipped.id, state: 'sent' })
    expect(postsWith('Dożynki gminne')).toHaveLength(1)
    // One record per post and channel: the skipped one itself went out.
    expect((await deliveriesOf(payload, post.id)).map((d) => d.channel)).toEqual(['fanpage'])

    const again = await sendNow(skipped.id)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('Ta kopia już wyszła – nie wysyłamy jej drugi raz.')
    await drain(payload)
    expect(postsWith('Dożynki gminne')).toHaveLength(1)

    // Audited in the name of the person who sent it.
    const log = await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 20,
      overrideAccess: true,
      where: { documentId: { equals: String(skipped.id) } },
    })
    const byHand = log.docs.find((e) => e.summary.includes('„Wyślij teraz”'))
    expect(byHand).toBeTruthy()
    expect(byHand!.user).toBe(g.approver.id)
    await setPage(false)
  })

  it('sends in bulk only the eligible skipped copies of the last 14 days, BIP first', async () => {
    const title = (name: string) => `Zbiorczo ${name}`
    const eligible = await publish({ channels: ['fanpage'], title: title('świeży') })
    const old = await publish({ channels: ['fanpage'], title: title('stary') })
    const withdrawn = await publish({ channels: ['fanpage'], title: title('wycofany') })
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR-03.0003.801.2026',
        producingUnit: g.office.id,
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        state: 'published',
        title: 'Obwieszczenie do wycofania',
        url: 'https://bip.testowo.example/801',
      },
      overrideAccess: true,
    })
    const bipWithdrawn = await publish({
      bipReference: bip.id,
      channels: ['fanpage'],
      informationType: 'public_information',
      title: title('BIP wycofany'),
    })
    const held = await publish({
      bipReference: g.bipDraft.id,
      channels: ['fanpage'],
      informationType: 'public_information',
      title: title('czeka na BIP'),
    })
    await drain(payload)
    await act(payload, g.approver, withdrawn.id, 'withdraw', 'Nieaktualne.')
    await payload.update({
      collection: 'bip-references',
      data: { state: 'withdrawn' },
      id: bip.id,
      overrideAccess: true,
    })
    // Skipped three weeks ago: outside the bulk action's 14 days.
    await payload.db.updateOne({
      collection: 'deliveries',
      data: { createdAt: new Date(Date.now() - 21 * 24 * 3600_000).toISOString() },
      id: (await fanpageOf(old.id)).id,
    })
    for (const post of [eligible, old, withdrawn, bipWithdrawn, held])
      expect((await fanpageOf(post.id)).state).toBe('skipped')

    await setPage(true)
    const sendable = await sendableSkipped(payload, polishT)
    const ids = sendable.map((d) => d.id)
    expect(ids).toHaveLength(2)
    expect(ids).toContain((await fanpageOf(eligible.id)).id)
    expect(ids).toContain((await fanpageOf(held.id)).id)
    expect(ids).not.toContain((await fanpageOf(old.id)).id)
    expect(ids).not.toContain((await fanpageOf(withdrawn.id)).id)
    expect(ids).not.toContain((await fanpageOf(bipWithdrawn.id)).id)

    expect((await api.send('POST', '/api/deliveries/send-skipped', auth.editor)).status).toBe(403)
    const bulk = await api.send('POST', '/api/deliveries/send-skipped', auth.approver)
    expect(bulk.status).toBe(200)
    expect(bulk.body.sent).toBe(2)
    expect(bulk.body.message).toBe('Wysłano do kolejki 2 pominięte kopie.')
    await drain(payload)

    expect((await fanpageOf(eligible.id)).state).toBe('sent')
    expect(postsWith(title('świeży'))).toHaveLength(1)
    // Public information whose BIP entry is not out yet waits for it, as at publication.
    expect((await fanpageOf(held.id)).state).toBe('waiting_for_bip')
    expect(postsWith(title('czeka na BIP'))).toHaveLength(0)
    for (const post of [old, withdrawn, bipWithdrawn])
      expect((await fanpageOf(post.id)).state).toBe('skipped')
    expect(postsWith(title('stary'))).toHaveLength(0)
    expect(postsWith(title('wycofany'))).toHaveLength(0)

    // Nothing is sent twice by a second bulk action.
    const second = await api.send('POST', '/api/deliveries/send-skipped', auth.approver)
    expect(second.body.sent).toBe(0)
    await drain(payload)
    expect(postsWith(title('świeży'))).toHaveLength(1)

    // Refusals name the reason for a withdrawn post and a withdrawn BIP entry.
    expect((await sendNow((await fanpageOf(withdrawn.id)).id)).body.errors[0].message).toBe(
      polishT('fanout:sendNow:postNotPublished'),
    )
    expect((await sendNow((await fanpageOf(bipWithdrawn.id)).id)).body.errors[0].message).toBe(
      polishT('fanout:sendNow:bipWithdrawn'),
    )
  })
})
