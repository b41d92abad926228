import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  campaignProgress,
  processCampaignBatch,
  startDigest,
} from '../../plugins/newsletter/sending'
import { purgeUnconfirmed } from '../../plugins/newsletter/subscription/subscription'
import { type FakeSmtp, type ReceivedMail, startFakeSmtp } from '../fakes/smtp'
import { startApiServer } from '../helpers/api-server'
import { deliveriesOf, drain } from '../helpers/fanout'
import { act, draftPost, type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

const SITE = 'https://wislotki.example'
let payload: Payload
let smtp: FakeSmtp
let api: Awaited<ReturnType<typeof startApiServer>>
let g: Gmina
let ipCounter = 0

beforeAll(async () => {
  smtp = await startFakeSmtp()
  // TRUST_PROXY: the tests play the proxy, each naming its client in X-Forwarded-For.
  Object.assign(process.env, smtp.env(), {
    HEROLD_NEWSLETTER_LEASE_MS: '60000',
    SERVER_URL: SITE,
    TRUST_PROXY: 'true',
  })
  payload = await startPayload()
  api = await startApiServer(payload.config)
  g = await makeGmina(payload)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
  await smtp?.close()
})
beforeEach(() => smtp.onRecipient(() => null))

/** Each test's requests come from their own address, so the per-IP limit is only met where tested. */
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.base}${path}`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.0.0.${++ipCounter % 250}`,
      ...headers,
    },
    method: 'POST',
    redirect: 'manual',
  })
const mailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address))
const linkIn = (mail: ReceivedMail, pattern: RegExp) => {
  const match = mail.parsed!.text!.match(pattern)
  if (!match) throw new Error(`no link ${pattern} in:\n${mail.parsed!.text}`)
  return match[0]
}
const subscriberOf = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-subscribers',
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      where: { email: { equals: email } },
    })
  ).docs[0] as unknown as Record<string, any>

/** A confirmed subscriber, as after double opt-in (the opt-in itself is tested through HTTP below). */
const confirmed = async (
  email: string,
  preferences: Record<string, unknown>,
  state = 'confirmed',
) =>
  payload.create({
    collection: 'newsletter-subscribers',
    data: {
      email,
      preferences: { digest: 'off', urgentAlerts: false, ...preferences },
      state,
    } as never,
    overrideAccess: true,
  })

const publish = async (unit: { id: number | string }, data: Record<string, unknown>) => {
  const created = await draftPost(payload, g.approver, unit, { channels: ['newsletter'], ...data })
  await act(payload, g.approver, created.id, 'submit')
  const approved = await act(payload, g.approver2, created.id, 'approve')
  await drain(payload)
  return approved
}

describe('subscribing with double opt-in', () => {
  it('confirms an address only through the link emailed to it', async () => {
    const res = await post('/api/newsletter/subscribe', {
      consent: true,
      digest: 'daily',
      email: ' Mieszkanka@Example.PL ',
      units: [String(g.school.id)],
      urgentAlerts: true,
    })
    expect(res.status).toBe(202)
    const [mail] = await smtp
      .waitFor(smtp.received.length)
      .then(() => mailsTo('mieszkanka@example.pl'))
    expect(mail.parsed!.subject).toMatch(/^Potwierdź zapis do newslettera/)
    expect(mail.parsed!.html).toContain('<html lang="pl">')
    const link = linkIn(mail, new RegExp(`${SITE}/newsletter/potwierdz/[A-Za-z0-9_-]{43}`))
    const before = await subscriberOf('mieszkanka@example.pl')
    expect(before.state).toBe('pending')
    expect(before.consent).toMatchObject({ source: 'form', textVersion: 1 })
    expect(before.consent.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(before.consent.ipHash).not.toContain('10.0.0')

    const token = link.split('/').pop()!
    expect((await post(`/api/newsletter/confirm/${token}`, {})).status).toBe(200)
    const after = await subscriberOf('mieszkanka@example.pl')
    expect(after).toMatchObject({
      preferences: { digest: 'daily', urgentAlerts: true },
      state: 'confirmed',
    })
    expect(after.confirmedAt).toBeTruthy()
    expect((await post('/api/newsletter/confirm/not-a-token', {})).status).toBe(404)
  })

  it('answers the same for a new and an existing address', async () => {
    const fresh = await post('/api/newsletter/subscribe', {
      consent: true,
      email: 'nowy@example.pl',
      urgentAlerts: true,
    })
    const again = await post('/api/newsletter/subscribe', {
      consent: true,
      email: 'mieszkanka@example.pl',
      urgentAlerts: true,
    })
    expect(again.status).toBe(fresh.status)
    expect(await again.text()).toBe(await fresh.text())
    expect((await subscriberOf('mieszkanka@example.pl')).state).toBe('confirmed')
  })

  it('explains bad input in Polish, and redirects form posts back to the page', async () => {
    const bad = await post('/api/newsletter/subscribe', {
      consent: false,
      email: 'to nie jest adres',
    })
    expect(bad.status).toBe(400)
    const { errors } = await bad.json()
    expect(errors.email).toMatch(/nie wygląda na adres e-mail/)
    expect(errors.consent).toMatch(/Zaznacz zgodę/)
    expect(
      (
        await post('/api/newsletter/subscribe', {
          consent: true,
          email: 'a@example.pl',
          units: ['999999'],
        })
      ).status,
    ).toBe(400)

    const form = await post('/api/newsletter/subscribe', 'email=zly&consent=on', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(303)
    const location = new URL(form.headers.get('location')!)
    expect(location.pathname).toBe('/newsletter')
    expect(location.searchParams.get('blad_email')).toMatch(/nie wygląda/)
    expect(location.searchParams.get('email')).toBe('zly')
    const ok = await post(
      '/api/newsletter/subscribe',
      'email=formularz%40example.pl&consent=on&digest=weekly&urgentAlerts=on&categories=culture&categories=sport',
      { 'content-type': 'application/x-www-form-urlencoded' },
    )
    expect(ok.headers.get('location')).toBe(`${SITE}/newsletter?wyslano=1`)
    expect((await subscriberOf('formularz@example.pl')).preferences.categories.sort()).toEqual([
      'culture',
      'sport',
    ])
  })

  it('limits attempts per client address and emails per address', async () => {
    const from = { 'x-forwarded-for': '192.0.2.77' }
    const statuses: number[] = []
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await post(
            '/api/newsletter/subscribe',
            { consent: true, email: `seria${i}@example.pl`, urgentAlerts: true },
            from,
          )
        ).status,
      )
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true)
    expect(statuses[10]).toBe(429)

    const count = mailsTo('nowy@example.pl').length
    await post('/api/newsletter/subscribe', {
      consent: true,
      email: 'nowy@example.pl',
      urgentAlerts: true,
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(mailsTo('nowy@example.pl')).toHaveLength(count)
  })

  it('lets a subscriber change preferences and leave with one click (RFC 8058)', async () => {
    const sub = await subscriberOf('mieszkanka@example.pl')
    const prefs = await post(`/api/newsletter/preferences/${sub.manageToken}`, {
      categories: ['sport'],
      digest: 'weekly',
      urgentAlerts: true,
    })
    expect(prefs.status).toBe(200)
    expect((await subscriberOf('mieszkanka@example.pl')).preferences).toMatchObject({
      categories: ['sport'],
      digest: 'weekly',
    })
    const browser = await fetch(`${api.base}/api/newsletter/unsubscribe/${sub.manageToken}`, {
      redirect: 'manual',
    })
    expect(browser.status).toBe(303)
    expect((await subscriberOf('mieszkanka@example.pl')).state).toBe('confirmed')
    const oneClick = await post(
      `/api/newsletter/unsubscribe/${sub.manageToken}`,
      'List-Unsubscribe=One-Click',
      { 'content-type': 'application/x-www-form-urlencoded' },
    )
    expect(oneClick.status).toBe(200)
    expect((await subscriberOf('mieszkanka@example.pl')).state).toBe('unsubscribed')
  })

  it('forgets addresses never confirmed within a week', async () => {
    const old = await payload.create({
      collection: 'newsletter-subscribers',
      data: {
        confirmationSentAt: new Date(Date.now() - 8 * 24 * 3600_000).toISOString(),
        email: 'zapomniany@example.pl',
        state: 'pending',
      } as never,
      overrideAccess: true,
    })
    expect(await purgeUnconfirmed(payload)).toBeGreaterThanOrEqual(1)
    expect(
      await payload.findByID({
        collection: 'newsletter-subscribers',
        disableErrors: true,
        id: old.id,
        overrideAccess: true,
      }),
    ).toBeNull()
    expect(await subscriberOf('nowy@example.pl')).toBeTruthy()
  })
})

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
      collection: 'newsletter-recipients' as never,
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
        collection: 'newsletter-recipients' as never,
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
          collection: 'newsletter-recipients' as never,
          where: { subscriber: { equals: sub.id } },
        })
      ).totalDocs,
    ).toBe(0)
    const register = await payload.find({
      collection: 'newsletter-privacy-requests' as never,
      overrideAccess: true,
    })
    expect(register.docs.map((d) => (d as { kind: string }).kind).sort()).toEqual([
      'erase',
      'export',
    ])
    expect(JSON.stringify(register.docs)).not.toContain('alerty@example.pl')
  })
})
