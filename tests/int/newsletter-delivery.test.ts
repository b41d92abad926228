import { beforeAll, describe, expect, it } from 'vitest'

import {
  campaignProgress,
  processCampaignBatch,
  startDigest,
} from '../../plugins/newsletter/sending'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
  api,
  confirmed,
  g,
  mailsTo,
  payload,
  publish,
  SITE,
  smtp,
  subscriberOf,
  useNewsletter,
} from '../helpers/newsletter'

useNewsletter()

describe('sending', () => {
  beforeAll(async () => {
    await confirmed('alerty@example.pl', { digest: 'daily', urgentAlerts: true })
    await confirmed('bez-alertow@example.pl', { digest: 'daily', urgentAlerts: false })
    await confirmed('szkola@example.pl', {
      digest: 'daily',
      units: [g.school.id],
      urgentAlerts: false,
    })
    await confirmed('kultura@example.pl', {
      categories: ['culture'],
      digest: 'daily',
      urgentAlerts: false,
    })
    await confirmed('tygodniowy@example.pl', { digest: 'weekly', urgentAlerts: false })
    await confirmed('oczekuje@example.pl', { digest: 'daily', urgentAlerts: true }, 'pending')
    await confirmed('wypisany@example.pl', { digest: 'daily', urgentAlerts: true }, 'unsubscribed')
    await confirmed('odrzucony@example.pl', { digest: 'daily', urgentAlerts: true }, 'bounced')
  })

  it('sends an urgent alert at once, only to confirmed subscribers who want alerts', async () => {
    const alertsBefore = mailsTo('alerty@example.pl').length
    const alert = await publish(g.office, {
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Przerwa w dostawie wody',
    })
    const [delivery] = await deliveriesOf(payload, alert.id)
    expect(delivery).toMatchObject({ channel: 'newsletter', state: 'sent' })
    expect(delivery.externalId).toMatch(/^campaign:/)
    const got = mailsTo('alerty@example.pl').slice(alertsBefore)
    expect(got).toHaveLength(1)
    const mail = got[0].parsed!
    expect(mail.subject).toBe('Pilny komunikat: Przerwa w dostawie wody')
    expect(mail.text).toContain('Treść wpisu testowego.')
    expect(mail.html).toContain('Przerwa w dostawie wody')
    const token = (await subscriberOf('alerty@example.pl')).manageToken
    const header = (name: string) =>
      mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '')
    expect(header('list-unsubscribe')).toBe(`<${SITE}/api/newsletter/unsubscribe/${token}>`)
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(mail.messageId).toMatch(/^<newsletter\.\d+\.\d+@wislotki\.example>$/)
    for (const nobody of ['bez-alertow', 'oczekuje', 'wypisany', 'odrzucony'])
      expect(
        mailsTo(`${nobody}@example.pl`).filter((m) => m.parsed!.subject?.startsWith('Pilny')),
      ).toHaveLength(0)
    const campaignId = delivery.externalId!.split(':')[1]
    expect(await campaignProgress(payload, campaignId)).toMatchObject({
      sent: 1,
      state: 'done',
      total: 1,
    })
  })

  it('holds public information for the newsletter until its BIP entry is published', async () => {
    const held = await publish(g.office, {
      bipReference: g.bipDraft.id,
      informationType: 'public_information',
      title: 'Projekt budżetu',
    })
    expect((await deliveriesOf(payload, held.id))[0].state).toBe('waiting_for_bip')
  })

  it('sends each digest subscriber the posts they chose, and nothing to those with nothing to read', async () => {
    await publish(g.school, { category: 'education', title: 'Zebranie z rodzicami' })
    await publish(g.office, { category: 'culture', title: 'Koncert w bibliotece' })
    const slot = new Date(Date.now() + 1000)
    const before = smtp.received.length
    const campaign = await startDigest(payload, 'digest_daily', slot)
    expect(campaign).toBeTruthy()
    expect(await startDigest(payload, 'digest_daily', slot)).toMatchObject({
      id: (campaign as { id: unknown }).id,
    })
    await drain(payload)
    const digests = smtp.received.slice(before)
    const titlesFor = (address: string) => {
      const mail = digests.find((m) => m.to.includes(address))
      return mail
        ? ['Przerwa w dostawie wody', 'Zebranie z rodzicami', 'Koncert w bibliotece'].filter((t) =>
            mail.parsed!.text!.includes(t),
          )
        : null
    }
    expect(titlesFor('alerty@example.pl')).toEqual(['Zebranie z rodzicami', 'Koncert w bibliotece'])
    expect(titlesFor('bez-alertow@example.pl')).toEqual([
      'Przerwa w dostawie wody',
      'Zebranie z rodzicami',
      'Koncert w bibliotece',
    ])
    expect(titlesFor('szkola@example.pl')).toEqual(['Zebranie z rodzicami'])
    expect(titlesFor('kultura@example.pl')).toEqual(['Koncert w bibliotece'])
    expect(titlesFor('tygodniowy@example.pl')).toBeNull()
    expect(titlesFor('oczekuje@example.pl')).toBeNull()
    const mail = digests.find((m) => m.to.includes('szkola@example.pl'))!.parsed!
    expect(mail.text).toMatch(new RegExp(`${SITE}/aktualnosci/zebranie-z-rodzicami`))
    expect(mail.html).toContain('Czytaj dalej')
    expect(await campaignProgress(payload, (campaign as { id: number }).id)).toMatchObject({
      sent: 4,
      state: 'done',
      total: 4,
    })
  })

  it('retries a temporary refusal (4xx) and marks a permanent one (5xx) as bounced', async () => {
    await confirmed('chwilowo@example.pl', { urgentAlerts: true })
    await confirmed('nie-istnieje@example.pl', { urgentAlerts: true })
    smtp.onRecipient((address, attempt) =>
      address === 'nie-istnieje@example.pl'
        ? { code: 550, message: '5.1.1 No such user' }
        : address === 'chwilowo@example.pl' && attempt === 1
          ? { code: 451, message: '4.7.1 Try again later' }
          : null,
    )
    const alert = await publish(g.office, {
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Ostrzeżenie o burzach',
    })
    const campaignId = (await deliveriesOf(payload, alert.id))[0].externalId!.split(':')[1]
    expect(await campaignProgress(payload, campaignId)).toMatchObject({
      bounced: 1,
      retry: 1,
      state: 'sending',
    })
    expect(await subscriberOf('nie-istnieje@example.pl')).toMatchObject({
      bounce: { reply: expect.stringContaining('550') },
      state: 'bounced',
    })
    // The retry is due after its backoff; move it forward instead of waiting.
    await payload.db.updateMany({
      collection: 'newsletter-recipients',
      data: { nextAttemptAt: new Date(0).toISOString() },
      where: { state: { equals: 'retry' } },
    })
    await processCampaignBatch(payload, campaignId)
    expect(await campaignProgress(payload, campaignId)).toMatchObject({
      bounced: 1,
      retry: 0,
      state: 'done',
    })
    expect(
      mailsTo('chwilowo@example.pl').filter((m) => m.parsed!.subject?.includes('burzach')),
    ).toHaveLength(1)
    expect(smtp.countFor('nie-istnieje@example.pl')).toBe(0)
  })

  it('resumes after a worker died mid-batch without sending anybody the same email twice', async () => {
    for (let i = 0; i < 30; i++)
      await confirmed(`wznowienie${i}@example.pl`, { digest: 'weekly', urgentAlerts: false })
    await publish(g.office, { category: 'sport', title: 'Turniej piłkarski' })
    const campaign = (await startDigest(
      payload,
      'digest_weekly',
      new Date(Date.now() + 1000),
    ))! as { id: number | string }
    // What a worker killed mid-batch leaves: some messages sent, some claimed and in flight.
    const subs = (
      await payload.find({
        collection: 'newsletter-subscribers',
        limit: 100,
        overrideAccess: true,
        sort: 'id',
        where: { email: { like: 'wznowienie' } },
      })
    ).docs
    const old = new Date(Date.now() - 120_000).toISOString()
    for (const [i, s] of subs.slice(0, 8).entries()) {
      await payload.db.create({
        collection: 'newsletter-recipients',
        data: {
          attempts: 1,
          campaign: campaign.id,
          claimedAt: old,
          key: `${campaign.id}:${s.id}`,
          state: i < 5 ? 'sent' : 'sending',
          subscriber: s.id,
        },
      })
    }
    const before = smtp.received.length
    await drain(payload)
    const resent = smtp.received.slice(before)
    const progress = (await campaignProgress(payload, campaign.id))!
    expect(progress).toMatchObject({ sending: 0, sent: 28, state: 'done', uncertain: 3 })
    // The eight already claimed got nothing now; every other weekly subscriber got exactly one.
    for (const s of subs.slice(0, 8))
      expect(resent.filter((m) => m.to.includes(s.email as string))).toHaveLength(0)
    for (const s of subs.slice(8))
      expect(resent.filter((m) => m.to.includes(s.email as string))).toHaveLength(1)
  })
})

describe('subscriber data (RODO)', () => {
  it('is readable by approvers and admins only, never with its tokens', async () => {
    expect((await fetch(`${api.base}/api/newsletter-subscribers`)).status).toBe(403)
    const editor = await api.login(g.editor.email, 'Haslo-testowe-1')
    expect(
      (
        await fetch(`${api.base}/api/newsletter-subscribers`, {
          headers: { authorization: editor },
        })
      ).status,
    ).toBe(403)
    const admin = await api.login(g.admin.email, 'Haslo-testowe-1')
    const list = await (
      await fetch(`${api.base}/api/newsletter-subscribers?limit=100`, {
        headers: { authorization: admin },
      })
    ).json()
    expect(list.docs.length).toBeGreaterThan(5)
    expect(JSON.stringify(list)).not.toMatch(/manageToken|confirmToken/)
  })

  it('exports everything about a subscriber and erases it on request, keeping only an anonymous record', async () => {
    const admin = await api.login(g.admin.email, 'Haslo-testowe-1')
    const editor = await api.login(g.editor.email, 'Haslo-testowe-1')
    const sub = await subscriberOf('alerty@example.pl')
    expect(
      (
        await fetch(`${api.base}/api/newsletter/subscribers/${sub.id}/export`, {
          headers: { authorization: editor },
        })
      ).status,
    ).toBe(403)
    const exported = await fetch(`${api.base}/api/newsletter/subscribers/${sub.id}/export`, {
      headers: { authorization: admin },
    })
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/)
    const data = await exported.json()
    expect(data.subscriber).toMatchObject({ email: 'alerty@example.pl', state: 'confirmed' })
    expect(data.subscriber.consent).toBeTruthy()
    expect(data.messages.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(data)).not.toContain(sub.manageToken)

    const erased = await fetch(`${api.base}/api/newsletter/subscribers/${sub.id}/erase`, {
      headers: { authorization: admin },
      method: 'POST',
    })
    expect(erased.status).toBe(200)
    expect(await subscriberOf('alerty@example.pl')).toBeUndefined()
    expect(
      (
        await payload.db.count({
          collection: 'newsletter-recipients',
          where: { subscriber: { equals: sub.id } },
        })
      ).totalDocs,
    ).toBe(0)
    const register = await payload.find({
      collection: 'newsletter-privacy-requests',
      overrideAccess: true,
    })
    expect(register.docs.map((d) => (d as { kind: string }).kind).sort()).toEqual([
      'erase',
      'export',
    ])
    expect(JSON.stringify(register.docs)).not.toContain('alerty@example.pl')
  })
})
