/**
 * Newsletter sending beyond the basics of newsletter.test.ts: who may see campaigns, sending
 * without a mail server, the admin's "send the digest now", deliveries naming their digest and BIP
 * links once the entry is out.
 */
import { describe, expect, it } from 'vitest'

import { startDigest } from '../../plugins/newsletter/sending'
import { deliveriesOf, drain } from '../helpers/fanout'
import {
  admin,
  api$,
  editor,
  finishAll,
  g,
  payload,
  publish,
  SITE,
  smtp,
  subscriber,
  useNewsletterSending,
} from '../helpers/newsletter-sending'

useNewsletterSending()

describe('who may see the sending side', () => {
  it('answers anonymous users and unit editors with 403, staff with the data', async () => {
    await subscriber('dostep@example.pl', { urgentAlerts: true })
    const alert = await publish({
      category: 'safety',
      informationType: 'urgent_alert',
      title: 'Komunikat testowy dostępu',
    })
    const campaignId = (await deliveriesOf(payload, alert.id))[0].externalId!.split(':')[1]
    for (const path of [
      '/api/newsletter-campaigns',
      '/api/newsletter-recipients',
      '/api/newsletter-retry-claims',
      `/api/newsletter-campaigns/${campaignId}`,
      `/api/newsletter/campaigns/${campaignId}/progress`,
    ]) {
      expect((await api$(path)).status, `${path} anonymous`).toBe(403)
      expect((await api$(path, { auth: editor })).status, `${path} editor`).toBe(403)
    }
    expect(
      (
        await api$('/api/newsletter/digest', {
          auth: editor,
          body: JSON.stringify({ kind: 'digest_daily' }),
          method: 'POST',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api$(`/api/newsletter/campaigns/${campaignId}/resend-uncertain`, {
          auth: editor,
          method: 'POST',
        })
      ).status,
    ).toBe(403)

    const campaigns = await (await api$('/api/newsletter-campaigns', { auth: admin })).json()
    const doc = campaigns.docs.find(
      (c: { subject: string }) => c.subject === 'Pilny komunikat: Komunikat testowy dostępu',
    )
    expect(doc).toMatchObject({
      counters: { bounced: 0, failed: 0, retry: 0, sent: 1, uncertain: 0 },
      kind: 'alert',
      state: 'done',
      total: 1,
    })
    const recipients = await (
      await api$(`/api/newsletter-recipients?where[campaign][equals]=${campaignId}`, {
        auth: admin,
      })
    ).json()
    expect(recipients.docs).toHaveLength(1)
    expect(recipients.docs[0]).toMatchObject({
      messageId: expect.stringMatching(/^<newsletter\.\d+\.\d+@wislotki\.example>$/),
      state: 'sent',
    })
    // The record names the message as the receiving server saw it.
    expect(smtp.received.find((m) => m.to.includes('dostep@example.pl'))!.parsed!.messageId).toBe(
      recipients.docs[0].messageId,
    )
    const progress = await (
      await api$(`/api/newsletter/campaigns/${campaignId}/progress`, { auth: admin })
    ).json()
    expect(progress).toMatchObject({
      bounced: 0,
      failed: 0,
      sent: 1,
      state: 'done',
      total: 1,
      uncertain: 0,
    })
    expect((await api$('/api/newsletter/campaigns/999999/progress', { auth: admin })).status).toBe(
      404,
    )
    // Campaigns are written by the engine only.
    expect(
      (
        await api$('/api/newsletter-campaigns', {
          auth: admin,
          body: JSON.stringify({ key: 'x', kind: 'alert', state: 'done', subject: 'x' }),
          method: 'POST',
        })
      ).status,
    ).toBe(403)
  })
})

describe('without a mail server', () => {
  it('skips the newsletter with a Polish reason that names no environment variable, and sends nothing later', async () => {
    const host = process.env.SMTP_HOST
    delete process.env.SMTP_HOST
    try {
      const post = await publish({
        category: 'safety',
        informationType: 'urgent_alert',
        title: 'Komunikat bez serwera poczty',
      })
      const [delivery] = await deliveriesOf(payload, post.id)
      expect(delivery.state).toBe('skipped')
      expect(delivery.reason).toMatch(/serwera poczty.*poproś administratora/i)
      expect(delivery.reason).not.toMatch(/SMTP_/)
    } finally {
      process.env.SMTP_HOST = host
    }
    await drain(payload)
    const campaigns = await payload.find({
      collection: 'newsletter-campaigns',
      overrideAccess: true,
      where: { subject: { like: 'bez serwera poczty' } },
    })
    expect(campaigns.totalDocs).toBe(0)
  })
})

describe('digests', () => {
  it('are sent by staff on demand; each post’s delivery then names its digest; an empty one sends nothing', async () => {
    await subscriber('tygodnik@example.pl', { digest: 'weekly' })
    const post = await publish({ category: 'culture', title: 'Dożynki gminne' })
    const [waiting] = await deliveriesOf(payload, post.id)
    expect(waiting.state).toBe('sent')
    expect(waiting.reason).toMatch(/najbliższego wydania zbiorczego/)

    const bad = await api$('/api/newsletter/digest', {
      auth: admin,
      body: JSON.stringify({ kind: 'co godzinę' }),
      method: 'POST',
    })
    expect(bad.status).toBe(400)
    expect((await bad.json()).error).toMatch(/codzienne albo tygodniowe/)

    const before = smtp.received.length
    const res = await api$('/api/newsletter/digest', {
      auth: admin,
      body: JSON.stringify({ kind: 'digest_weekly' }),
      method: 'POST',
    })
    expect(res.status).toBe(200)
    const { id, message } = await res.json()
    expect(message).toMatch(/rozpoczęta/)
    await drain(payload)
    const mails = smtp.received.slice(before).filter((m) => m.to.includes('tygodnik@example.pl'))
    expect(mails).toHaveLength(1)
    expect(mails[0].parsed!.text).toContain('Dożynki gminne')
    expect(mails[0].parsed!.subject).toMatch(/wydanie tygodniowe/)

    const [shown] = await deliveriesOf(payload, post.id)
    expect(shown.externalId).toBe(`campaign:${id}`)
    expect(shown.externalUrl).toBe(`${SITE}/admin/collections/newsletter-campaigns/${id}`)
    expect(shown.reason).toMatch(/^Wysłano w wydaniu tygodniowym z \d+ \S+ \d{4}/)

    // Nothing new since: no campaign, no message.
    const again = await api$('/api/newsletter/digest', {
      auth: admin,
      body: JSON.stringify({ kind: 'digest_weekly' }),
      method: 'POST',
    })
    expect(await again.json()).toMatchObject({ message: expect.stringMatching(/nic nie wysłano/) })
    await drain(payload)
    expect(smtp.received.length).toBe(before + 1)
  })

  it('carry the BIP link of public information, once its BIP entry is published', async () => {
    await subscriber('bip@example.pl', { digest: 'daily' })
    const bip = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: 'OR.0050.12.2025',
        producingUnit: g.office.id,
        state: 'draft',
        title: 'Zarządzenie w sprawie konsultacji',
        url: 'https://bip.testowo.example/zarzadzenie-12',
      },
      overrideAccess: true,
    })
    const post = await publish({
      bipReference: bip.id,
      category: 'official',
      informationType: 'public_information',
      title: 'Konsultacje studium',
    })
    expect((await deliveriesOf(payload, post.id))[0].state).toBe('waiting_for_bip')
    // A digest made now leaves it out: it has not gone into the newsletter yet.
    const early = (await startDigest(payload, 'digest_daily', new Date())) as unknown as {
      posts: unknown[]
    }
    expect(early.posts.map(String)).not.toContain(String(post.id))
    await drain(payload)

    await payload.update({
      collection: 'bip-references',
      data: { publishedAt: new Date(Date.now() - 1000).toISOString(), state: 'published' },
      id: bip.id,
      overrideAccess: true,
    })
    await drain(payload)
    expect((await deliveriesOf(payload, post.id))[0].state).toBe('sent')
    const before = smtp.received.length
    expect(await startDigest(payload, 'digest_daily', new Date(Date.now() + 1000))).toBeTruthy()
    await drain(payload)
    const mail = smtp.received.slice(before).find((m) => m.to.includes('bip@example.pl'))!.parsed!
    expect(mail.text).toContain('Konsultacje studium')
    expect(mail.text).toContain(
      'Oficjalna publikacja w BIP: https://bip.testowo.example/zarzadzenie-12',
    )
    expect(mail.html).toContain('href="https://bip.testowo.example/zarzadzenie-12"')
    expect(mail.text).toMatch(new RegExp(`${SITE}/aktualnosci/konsultacje-studium`))
    await finishAll()
  })
})
