import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type FakeSmtp, startFakeSmtp } from './smtp'

describe('loopback SMTP server', () => {
  let smtp: FakeSmtp
  const transport = () =>
    nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false })
  beforeAll(async () => {
    smtp = await startFakeSmtp()
  })
  afterAll(async () => smtp.close())

  it('accepts a message and hands it over parsed', async () => {
    await transport().sendMail({
      from: 'a@x.example',
      subject: 'Zażółć',
      text: 'treść',
      to: 'Mieszkanka@x.example',
    })
    const [mail] = await smtp.waitFor(1)
    expect(mail.to).toEqual(['mieszkanka@x.example'])
    expect(mail.parsed?.subject).toBe('Zażółć')
    expect(mail.parsed?.text?.trim()).toBe('treść')
    expect(smtp.countFor('mieszkanka@x.example')).toBe(1)
  })

  it('answers 4xx and 5xx with the codes nodemailer reports', async () => {
    smtp.onRecipient((address, attempt) =>
      address.startsWith('gone')
        ? { code: 550, message: 'No such user' }
        : address.startsWith('busy') && attempt === 1
          ? { code: 451, message: 'Try later' }
          : null,
    )
    await expect(
      transport().sendMail({ from: 'a@x.example', text: 't', to: 'gone@x.example' }),
    ).rejects.toMatchObject({ responseCode: 550 })
    await expect(
      transport().sendMail({ from: 'a@x.example', text: 't', to: 'busy@x.example' }),
    ).rejects.toMatchObject({ responseCode: 451 })
    await transport().sendMail({ from: 'a@x.example', text: 't', to: 'busy@x.example' })
    expect(smtp.countFor('busy@x.example')).toBe(1)
    expect(smtp.countFor('gone@x.example')).toBe(0)
  })
})
