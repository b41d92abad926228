import { describe, expect, it } from 'vitest'

import { purgeUnconfirmed } from '../../plugins/newsletter/subscription/subscription'
import { completedByCollection } from '../helpers/data'
import {
  api,
  g,
  linkIn,
  mailsTo,
  payload,
  post,
  SITE,
  smtp,
  subscriberOf,
  useNewsletter,
} from '../helpers/newsletter'

useNewsletter()

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
      data: completedByCollection<'newsletter-subscribers'>({
        confirmationSentAt: new Date(Date.now() - 8 * 24 * 3600_000).toISOString(),
        email: 'zapomniany@example.pl',
        state: 'pending',
      }),
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
