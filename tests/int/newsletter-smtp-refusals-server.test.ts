/**
 * What the mail server's refusals of our sending (login, relaying, the greeting) do to a newsletter
 * campaign: it is held with the channel needing action and nobody touched, and it finishes by
 * itself, everybody once, when the server takes mail again.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ChannelAlerts } from '../../plugins/fanout/components/ChannelAlerts'
import * as engine from '../../plugins/newsletter/sending'
import { drain } from '../helpers/fanout'
import {
  admin,
  alert,
  api,
  campaignOf,
  expectFinished,
  expectHeld,
  payload,
  recipientsOf,
  residents,
  SITE,
  smtp,
  subscriberOf,
  useSmtpRefusals,
} from '../helpers/smtp-refusals'

useSmtpRefusals()

describe('a refused login (535 5.7.8: a wrong SMTP password)', () => {
  it('holds the campaign with nobody touched, and it finishes by itself once the server accepts again', async () => {
    const emails = await residents('logowanie', 5)
    smtp.onAuth(() => ({ code: 535, message: '5.7.8 Error: authentication failed' }))
    // Connections opened (and logged in) by earlier sends would carry on: every send logs in anew.
    await smtp.dropConnections()
    const campaignId = await alert('Komunikat przy złym haśle SMTP')
    await expectHeld(campaignId, emails, /535 5\.7\.8/)
    // The dashboard says the newsletter channel needs action, why, and offers the check.
    const alerts = renderToStaticMarkup(await ChannelAlerts({ payload }))
    expect(alerts).toContain(
      'Newsletter: wstrzymane wysyłki (1)</a> – serwer poczty odmawia: 535 5.7.8 Error: authentication failed. Nikogo nie wypisano',
    )
    expect(alerts).toMatch(/<form [^>]*action="\/api\/newsletter\/smtp-check" method="post"/)

    // Checked when due while the server still refuses: still held, with the server's answer.
    expect(
      await engine.resumeHeldCampaigns(payload, {
        now: Date.now() + engine.SMTP_RECHECK_MS + 1000,
      }),
    ).toMatchObject({ held: 1, refusal: expect.stringMatching(/535/), resumed: 0 })
    await drain(payload)
    expect((await campaignOf(campaignId)).state).toBe('needs_action')

    // The password is fixed (at the server here). Before the check is due nothing happens; then it resumes by itself.
    smtp.onAuth(() => null)
    expect((await engine.resumeHeldCampaigns(payload)).resumed).toBe(0)
    expect(
      await engine.resumeHeldCampaigns(payload, {
        now: Date.now() + 2 * engine.SMTP_RECHECK_MS + 1000,
      }),
    ).toMatchObject({ refusal: null, resumed: 1 })
    await expectFinished(campaignId, emails)
    expect(renderToStaticMarkup(await ChannelAlerts({ payload }))).not.toContain('Newsletter')
    // Each message was tried twice: the held attempt was not counted against it.
    for (const r of await recipientsOf(campaignId))
      expect(r).toMatchObject({ attempts: 2, heldAttempts: 1, state: 'sent' })
  })
})

describe('relaying denied (550 5.7.1)', () => {
  it('at MAIL FROM: held, nobody unsubscribed; staff check the server after the fix and it finishes', async () => {
    const emails = await residents('nadawca', 4)
    smtp.onSender(() => ({ code: 550, message: '5.7.1 Relaying denied' }))
    const campaignId = await alert('Komunikat przy odmowie przekazywania (nadawca)')
    await expectHeld(campaignId, emails, /550 5\.7\.1 Relaying denied/)

    // The admin action: still refused while the server refuses… (verify logs in only, so it passes;
    // the resumed campaign meets the refusal at its first messages and is held again, nobody touched).
    const check = () =>
      fetch(`${api.base}/api/newsletter/smtp-check`, {
        headers: { authorization: admin },
        method: 'POST',
      })
    expect((await fetch(`${api.base}/api/newsletter/smtp-check`, { method: 'POST' })).status).toBe(
      403,
    )
    expect(await (await check()).json()).toMatchObject({ resumed: 1 })
    await drain(payload)
    expect((await campaignOf(campaignId)).state).toBe('needs_action')
    for (const r of await recipientsOf(campaignId))
      expect(r).toMatchObject({ heldAttempts: 2, state: 'retry' })
    for (const email of emails)
      expect(await subscriberOf(email)).toMatchObject({ state: 'confirmed' })

    smtp.onSender(() => null)
    // The dashboard's form: back to the dashboard.
    const form = await fetch(`${api.base}/api/newsletter/smtp-check`, {
      body: '',
      headers: { authorization: admin, 'content-type': 'application/x-www-form-urlencoded' },
      method: 'POST',
      redirect: 'manual',
    })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe(`${SITE}/admin`)
    expect((await campaignOf(campaignId)).state).toBe('sending')
    await expectFinished(campaignId, emails)
    const none = await check()
    expect(none.status).toBe(200)
    expect(await none.json()).toMatchObject({
      message: expect.stringMatching(/Żadna wysyłka/),
      resumed: 0,
    })
  })

  it('at RCPT TO for every recipient: held the same way, then finished by itself', async () => {
    const emails = await residents('przekazywanie', 4)
    smtp.onRecipient(() => ({ code: 554, message: '5.7.1 Relay access denied' }))
    const campaignId = await alert('Komunikat przy odmowie przekazywania (adresat)')
    await expectHeld(campaignId, emails, /554 5\.7\.1 Relay access denied/)
    smtp.onRecipient(() => null)
    expect(
      (
        await engine.resumeHeldCampaigns(payload, {
          now: Date.now() + engine.SMTP_RECHECK_MS + 1000,
        })
      ).resumed,
    ).toBe(1)
    await expectFinished(campaignId, emails)
  })

  it('for one address while the others go out: only that message waits for another try, the campaign goes on', async () => {
    const emails = await residents('polityka', 6)
    const refused = emails[3]
    smtp.onRecipient((address) =>
      address === refused
        ? { code: 550, message: '5.7.1 Recipient address rejected: Access denied' }
        : null,
    )
    const campaignId = await alert('Komunikat z jednym adresem odrzuconym przez politykę')
    expect(await engine.campaignProgress(payload, campaignId)).toMatchObject({
      bounced: 0,
      retry: 1,
      sent: 5,
      state: 'sending',
    })
    const record = (await recipientsOf(campaignId)).find((r) => r.state === 'retry')!
    expect(record).toMatchObject({
      attempts: 1,
      heldAttempts: 0,
      reply: expect.stringContaining('5.7.1'),
    })
    expect(Date.parse(record.nextAttemptAt!)).toBeGreaterThan(Date.now())
    expect(await subscriberOf(refused)).toMatchObject({ softBounceDays: 0, state: 'confirmed' })
  })
})

describe('a refused greeting (554 at connection)', () => {
  it('holds the campaign like a refused login, and it finishes by itself once the server greets again', async () => {
    const emails = await residents('powitanie', 3)
    smtp.onConnect(() => ({
      code: 554,
      message: 'mail.wislotki.example ESMTP not accepting messages from your address',
    }))
    await smtp.dropConnections()
    const campaignId = await alert('Komunikat przy odmowie połączenia')
    await expectHeld(campaignId, emails, /554 mail\.wislotki\.example ESMTP not accepting/)
    smtp.onConnect(() => null)
    expect(
      (
        await engine.resumeHeldCampaigns(payload, {
          now: Date.now() + engine.SMTP_RECHECK_MS + 1000,
        })
      ).resumed,
    ).toBe(1)
    await expectFinished(campaignId, emails)
  })
})
