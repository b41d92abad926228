/**
 * The SMTP transport behind Payload's email adapter (src/email.ts), against a real SMTP server on
 * loopback: messages travel on the connection `smtpSocket` opened, with Nagle's algorithm off
 * (nodemailer's pool silently ignores a socket handed over the wrong way and opens its own, which
 * capped the newsletter near 200 messages/s), and an unreachable server is an error to retry.
 */
import net from 'node:net'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { emailAdapter, smtpSocket } from '../../src/email'
import { classifySmtpFailure } from '../../plugins/newsletter/sending/smtp-outcome'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'

let smtp: FakeSmtp
const savedEnv = { ...process.env }

beforeAll(async () => {
  smtp = await startFakeSmtp()
})
afterEach(() => {
  vi.restoreAllMocks()
  process.env = { ...savedEnv }
})
afterAll(async () => {
  await smtp?.close()
})

const sendWith = async (env: Record<string, string>, to: string) => {
  Object.assign(process.env, env)
  const adapter = await emailAdapter()!
  // The SMTP adapter reads nothing of Payload to send.
  return adapter({ payload: {} as Payload }).sendEmail({
    html: '<p>Zażółć gęślą jaźń</p>',
    subject: 'Próba',
    text: 'Zażółć gęślą jaźń',
    to,
  })
}

describe('SMTP transport', () => {
  it('sends over the connection it opened, with Nagle off', async () => {
    const noDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay')
    await sendWith(smtp.env(), 'transport@example.pl')
    const [mail] = await smtp
      .waitFor(1)
      .then((all) => all.filter((m) => m.to.includes('transport@example.pl')))
    expect(mail.parsed?.subject).toBe('Próba')
    expect(mail.parsed?.text?.trim()).toBe('Zażółć gęślą jaźń')
    // The client socket that carried the message is one whose delay was switched off.
    const noDelaySockets = noDelay.mock.contexts.filter(
      (_, i) => noDelay.mock.calls[i][0] !== false,
    ) as net.Socket[]
    expect(
      noDelaySockets.some((socket) => socket.remotePort === smtp.port && socket.bytesWritten > 0),
    ).toBe(true)
  })

  it('reports a mail server that cannot be reached as an error worth another try', async () => {
    const closed = net.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as net.AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const error = await sendWith(
      { ...smtp.env(), SMTP_PORT: String(port) },
      'nikt@example.pl',
    ).catch((e: unknown) => e)
    expect((error as { code?: string }).code).toBe('ECONNREFUSED')
    // The server, not a recipient: the campaign waits for it (smtp-outcome.ts).
    expect(classifySmtpFailure(error).kind).toBe('server')
  })

  it('hands nodemailer a connected socket, or the connection error once', async () => {
    const connected = await new Promise<{ connection: net.Socket }>((resolve, reject) =>
      smtpSocket({ host: '127.0.0.1', port: smtp.port }, (error, options) =>
        error ? reject(error) : resolve(options!),
      ),
    )
    expect(connected.connection.remotePort).toBe(smtp.port)
    connected.connection.destroy()
    const calls: unknown[] = []
    await new Promise<void>((resolve) =>
      smtpSocket({ host: '127.0.0.1', port: 1 }, (...args) => {
        calls.push(args)
        setTimeout(resolve, 50)
      }),
    )
    expect(calls).toHaveLength(1)
    expect((calls[0] as [Error])[0]).toBeInstanceOf(Error)
  })
})
