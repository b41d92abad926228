import type { PayloadRequest } from 'payload'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { deliveryEndpoints } from '../../plugins/fanout/endpoints/delivery-actions'
import { processDelivery } from '../../plugins/fanout/outbox/process'
import { currentFeed, REVALIDATE_MS } from '../../plugins/fanout/rss/serve'
import { startDigest } from '../../plugins/newsletter/sending'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
  addHandoffGroup,
  g,
  graph,
  operator,
  payload,
  postsWith,
  publish,
  useFanoutStage,
} from '../helpers/fanout-stage'
import type { TestUser } from '../helpers/fixtures'

// The newsletter channel takes posts only with a mail server configured; nothing is mailed here.
process.env.SMTP_HOST = '127.0.0.1'
useFanoutStage()

const CHANNELS = ['fanpage', 'group', 'newsletter', 'rss']

const feedXml = async () => {
  await new Promise((r) => setTimeout(r, REVALIDATE_MS + 50))
  const feed = await currentFeed(payload, 'all')
  return feed ? Buffer.from(feed.body).toString('utf8') : ''
}

const correctionsOf = async (postId: number) =>
  (
    await payload.find({
      collection: 'post-corrections',
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      where: { post: { equals: postId } },
    })
  ).docs

const decide = (user: TestUser, id: number, decision: 'approve' | 'reject', comment?: string) =>
  payload.update({
    collection: 'post-corrections',
    data: { comment, decision },
    id,
    overrideAccess: false,
    user,
  })

const correct = (user: TestUser, postId: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'posts', data, id: postId, overrideAccess: false, user })

const updatesOf = (pagePostId: string) =>
  graph.requests.filter(
    (r) => r.method === 'POST' && r.path === `/${graph.version}/${pagePostId}` && r.params.message,
  )

describe('corrections after publication', () => {
  it('reach every channel once after approval, the published words staying public until then', async () => {
    const post = await publish({
      body: lexicalParagraphs('Zapraszamy na festyn w sobote o 15.'),
      channels: CHANNELS,
      lead: 'Festyn w sobote.',
      title: 'Festyn w Zalesiu',
    })
    await drain(payload)
    const originals = await deliveriesOf(payload, post.id)
    expect(originals.map((d) => [d.channel, d.state])).toEqual(CHANNELS.map((c) => [c, 'sent']))
    const pagePost = postsWith('Festyn w Zalesiu')[0]
    const groupCopy = originals.find((d) => d.channel === 'group')!
    expect(await startDigest(payload, 'digest_daily', new Date())).not.toBeNull()
    expect(await feedXml()).toContain('Festyn w sobote.')

    // The post's author (an approver here) corrects the typo: it waits, residents see the old words.
    const saved = await correct(g.approver, post.id, { lead: 'Festyn w sobotę.' })
    expect(saved.lead).toBe('Festyn w sobote.')
    const anonymous = await payload.findByID({
      collection: 'posts',
      id: post.id,
      overrideAccess: false,
    })
    expect(anonymous.lead).toBe('Festyn w sobote.')
    const [pending] = await correctionsOf(post.id)
    expect(pending).toMatchObject({ changed: ['lead'], state: 'pending' })
    expect(pending.proposed).toMatchObject({ lead: 'Festyn w sobotę.' })
    await drain(payload)
    expect(updatesOf(pagePost.id)).toHaveLength(0)
    expect(await feedXml()).not.toContain('Festyn w sobotę.')

    // Four eyes: neither its author nor an editor approves it.
    await expect(decide(g.approver, pending.id, 'approve')).rejects.toMatchObject({
      message: expect.stringMatching(/własnego sprostowania/),
      status: 403,
    })
    await expect(decide(g.officeEditor, pending.id, 'approve')).rejects.toMatchObject({
      status: 403,
    })
    expect((await correctionsOf(post.id))[0].state).toBe('pending')

    const approved = await decide(g.approver2, pending.id, 'approve')
    expect(approved).toMatchObject({ approvedBy: [{ id: g.approver2.id }], state: 'approved' })
    expect((await payload.findByID({ collection: 'posts', id: post.id })).lead).toBe(
      'Festyn w sobotę.',
    )
    await drain(payload)
    // Run everything again: nothing is sent twice.
    await drain(payload)
    const copies = (await deliveriesOf(payload, post.id)).filter(
      (d) => !originals.some((o) => o.id === d.id),
    )
    expect(copies.map((d) => [d.channel, d.state])).toEqual(CHANNELS.map((c) => [c, 'sent']))
    for (const copy of copies) expect(await processDelivery(payload, copy.id)).toBe('already_sent')

    // The Page's copy is edited in place, once, and no new post appears.
    expect(updatesOf(pagePost.id)).toHaveLength(1)
    expect(graph.posts.find((p) => p.id === pagePost.id)?.message).toContain('Festyn w sobotę.')
    expect(postsWith('Festyn w Zalesiu')).toHaveLength(1)
    expect(copies.find((d) => d.channel === 'fanpage')?.externalId).toBe(pagePost.id)

    // The operator gets one update event for its own post.
    const events = operator.updates.filter((u) => u.body.postId === groupCopy.externalId)
    expect(events).toHaveLength(1)
    expect(events[0].body).toMatchObject({ event: 'post.updated', title: 'Festyn w Zalesiu' })
    expect(events[0].body.text).toContain('Festyn w sobotę.')

    // The feed has the new words under the same guid, with the time of the correction.
    const xml = await feedXml()
    expect(xml).toContain('Festyn w sobotę.')
    expect(xml).not.toContain('Festyn w sobote.')
    expect(xml.match(/<guid[^>]*>[^<]*:herold:post:(\d+)<\/guid>/g)).toContain(
      `<guid isPermaLink="false">wislotki.example:herold:post:${post.id}</guid>`,
    )
    expect(xml).toMatch(/<atom:updated>\d{4}-\d\d-\d\dT/)

    // The next digest carries a "Sprostowanie" entry, not the post again as new.
    const digest = await startDigest(payload, 'digest_daily', new Date())
    const texts = digest!.content.blocks.map((b) => b.text)
    expect(texts).toHaveLength(1)
    expect(texts[0].trim()).toMatch(/^Sprostowanie: Festyn w Zalesiu/)
    expect(texts[0]).toContain('Festyn w sobotę.')

    // The audit log has the proposal and the approval.
    const audit = await payload.find({
      collection: 'audit-log',
      overrideAccess: true,
      where: { documentCollection: { equals: 'post-corrections' } },
    })
    expect(audit.docs.map((e) => e.to).filter(Boolean)).toEqual(
      expect.arrayContaining(['pending', 'approved']),
    )
  })

  it('retries a failed Page update until it lands, still once', async () => {
    const post = await publish({ channels: ['fanpage'], title: 'Zebranie wiejskie w Borku' })
    await drain(payload)
    const pagePost = postsWith('Zebranie wiejskie w Borku')[0]
    await correct(g.officeEditor, post.id, { title: 'Zebranie wiejskie w Borku – sala OSP' })
    const [pending] = await correctionsOf(post.id)
    graph.failNext({ code: 2, message: 'Service temporarily unavailable', status: 503 })
    await decide(g.approver, pending.id, 'approve')
    await drain(payload)
    const copy = (await deliveriesOf(payload, post.id)).find((d) => d.state !== 'sent')
    expect(copy?.state).toBe('pending')
    expect(await processDelivery(payload, copy!.id, new Date(Date.now() + 3600_000))).toBe('sent')
    expect(await processDelivery(payload, copy!.id, new Date(Date.now() + 7200_000))).toBe(
      'already_sent',
    )
    expect(updatesOf(pagePost.id).filter((r) => r.status === 200)).toHaveLength(1)
    expect(graph.posts.find((p) => p.id === pagePost.id)?.message).toContain('sala OSP')
  })

  it("corrects the Page's own text: the per-channel copy is a correction too", async () => {
    const post = await publish({ channels: ['fanpage'], title: 'Wywóz gabarytów w Lipniku' })
    await drain(payload)
    const pagePost = postsWith('Wywóz gabarytów w Lipniku')[0]
    await correct(g.officeEditor, post.id, {
      channelCopy: { fanpage: 'Gabaryty odbieramy we wtorek od 7:00 – wystaw je dzień wcześniej.' },
    })
    const [pending] = await correctionsOf(post.id)
    expect(pending).toMatchObject({ changed: ['channelCopy'], state: 'pending' })
    await decide(g.approver, pending.id, 'approve')
    await drain(payload)
    const message = graph.posts.find((p) => p.id === pagePost.id)?.message
    expect(message).toContain('Gabaryty odbieramy we wtorek')
    expect(updatesOf(pagePost.id)).toHaveLength(1)
  })

  it('a rejected correction changes nothing and needs a reason; an editor cannot touch other fields', async () => {
    const post = await publish({ channels: ['rss'], title: 'Dyżur w bibliotece' })
    await expect(correct(g.officeEditor, post.id, { category: 'sport' })).rejects.toMatchObject({
      status: 403,
    })
    await correct(g.officeEditor, post.id, { title: 'Dyżur w bibliotece (zmiana)' })
    const [pending] = await correctionsOf(post.id)
    await expect(decide(g.approver, pending.id, 'reject')).rejects.toMatchObject({ status: 400 })
    await decide(g.approver, pending.id, 'reject', 'Tytuł był dobry.')
    expect((await payload.findByID({ collection: 'posts', id: post.id })).title).toBe(
      'Dyżur w bibliotece',
    )
    expect((await correctionsOf(post.id))[0]).toMatchObject({
      comment: 'Tytuł był dobry.',
      state: 'rejected',
    })
    // The decision's reason stays as given.
    await payload.update({
      collection: 'post-corrections',
      data: { comment: 'Inny powód' },
      id: pending.id,
      overrideAccess: false,
      user: g.admin,
    })
    expect((await correctionsOf(post.id))[0].comment).toBe('Tytuł był dobry.')
  })

  it('hands a group correction to an editor in hand-off mode, recorded like a first copy', async () => {
    const handoff = await addHandoffGroup()
    const post = await publish({ channels: ['group'], title: 'Wywóz gabarytów z Borku' })
    await drain(payload)
    type Row = Awaited<ReturnType<typeof deliveriesOf>>[number] & {
      account?: number
      lastErrorCode?: string
    }
    const manualOf = async () =>
      ((await deliveriesOf(payload, post.id)) as Row[]).filter((d) => d.account === handoff.id)
    const [first] = await manualOf()
    const record = deliveryEndpoints.find((e) => e.path === '/:id/record')!
    const recordUrl = (id: number, url: string) =>
      record.handler({
        json: async () => ({ url }),
        payload,
        routeParams: { id: String(id) },
        user: g.approver,
      } as Pick<PayloadRequest, 'json' | 'payload' | 'routeParams' | 'user'> as PayloadRequest)
    expect(
      (await recordUrl(first.id, 'https://www.facebook.com/groups/wislotki/posts/77')).status,
    ).toBe(200)

    await correct(g.officeEditor, post.id, { lead: 'Wywóz we wtorek, nie w środę.' })
    await decide(g.approver, (await correctionsOf(post.id))[0].id, 'approve')
    await drain(payload)
    const task = (await manualOf()).find((d) => d.id !== first.id)!
    expect(task).toMatchObject({ lastErrorCode: 'handoff', state: 'needs_action' })
    expect(task.reason).toMatch(/poprawiono po publikacji/)
    expect(task.text).toContain('Wywóz we wtorek, nie w środę.')
    expect(
      (await recordUrl(task.id, 'https://www.facebook.com/groups/wislotki/posts/77')).status,
    ).toBe(200)
    expect((await manualOf()).map((d) => d.state)).toEqual(['sent', 'sent'])
    await payload.update({
      collection: 'channel-accounts',
      data: { enabled: false },
      id: handoff.id,
      overrideAccess: true,
    })
  })

  it('posts a marked "Sprostowanie:" when the photos changed, since a Page post keeps its photos', async () => {
    const data = await sharp({
      create: { background: '#2a6f3a', channels: 3, height: 630, width: 1200 },
    })
      .jpeg()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Nowy plakat festynu' },
      file: { data, mimetype: 'image/jpeg', name: 'plakat.jpg', size: data.length },
      overrideAccess: true,
    })
    const post = await publish({ channels: ['fanpage'], title: 'Plakat dożynek w Zalesiu' })
    await drain(payload)
    const [first] = postsWith('Plakat dożynek w Zalesiu')
    await correct(g.officeEditor, post.id, { images: [image.id] })
    const [pending] = await correctionsOf(post.id)
    expect(pending.changed).toEqual(['images'])
    await decide(g.approver, pending.id, 'approve')
    await drain(payload)
    await drain(payload)
    const copies = postsWith('Plakat dożynek w Zalesiu')
    expect(copies).toHaveLength(2)
    const repost = copies.find((p) => p.id !== first.id)!
    expect(repost.message).toMatch(/^Sprostowanie: /)
    expect(repost.attachedMedia).toHaveLength(1)
    expect(updatesOf(first.id)).toHaveLength(0)
  })
})
