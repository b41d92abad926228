import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** What the server answers for one recipient: accept, or an SMTP reply code with its text. */
export type SmtpVerdict = null | { code: number; message: string }

export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), lower-cased. */
  to: string[]
  from: string
  raw: Buffer
  /** Parsed with mailparser, an independent MIME parser (absent when parsing is off). */
  parsed: ParsedMail | null
  at: Date
}

export type FakeSmtp = {
  port: number
  host: string
  received: ReceivedMail[]
  /** Messages accepted per envelope recipient. */
  countFor: (address: string) => number
  /** Decides the reply at RCPT TO; called once per recipient and attempt. */
  onRecipient: (decide: (address: string, attempt: number) => SmtpVerdict) => void
  /** Decides the greeting: a verdict refuses the connection with it (e.g. 554) instead of 220. */
  onConnect: (decide: () => SmtpVerdict) => void
  /** Decides the reply to AUTH (with `auth: true`): a verdict refuses the login (e.g. 535 5.7.8). */
  onAuth: (decide: (user: string, password: string) => SmtpVerdict) => void
  /** Decides the reply at MAIL FROM (e.g. 550 5.7.1 relaying denied). */
  onSender: (decide: (address: string) => SmtpVerdict) => void
  /** Connections opened so far (each greeting). */
  connections: () => number
  /** Closes every open connection (a pooled client then opens new ones, with a new greeting and login). */
  dropConnections: () => Promise<void>
  /** Waits until `n` messages in all were accepted. */
  waitFor: (n: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  /** Waits for the first message to `address`, whatever else the server receives meanwhile. */
  waitForMailTo: (address: string, timeoutMs?: number) => Promise<ReceivedMail>
  /** Points Payload's email adapter (src/email.ts) at this server. */
  env: () => Record<string, string>
  close: () => Promise<void>
}

/**
 * A real SMTP server on loopback (the `smtp-server` package): speaks the protocol nodemailer
 * talks to production servers, replies 4xx/5xx on demand, and keeps every accepted message.
 */
export const startFakeSmtp = async (
  options: { auth?: boolean; parse?: boolean } = {},
): Promise<FakeSmtp> => {
  const parse = options.parse ?? true
  const refusal = (verdict: NonNullable<SmtpVerdict>) =>
    Object.assign(new Error(verdict.message), { responseCode: verdict.code })
  let decideConnect: () => SmtpVerdict = () => null
  let decideAuth: (user: string, password: string) => SmtpVerdict = () => null
  let decideSender: (address: string) => SmtpVerdict = () => null
  let connections = 0
  const received: ReceivedMail[] = []
  const counts = new Map<string, number>()
  const attempts = new Map<string, number>()
  let decide: (address: string, attempt: number) => SmtpVerdict = () => null
  const waiters: { n: number; resolve: () => void }[] = []

  const server = new SMTPServer({
    authOptional: true,
    // On close, pooled clients still connected get 421 after this grace period (the default 30 s would hold every test file that long).
    closeTimeout: 200,
    // With `auth`, logins go over plain loopback (no STARTTLS), as nodemailer does when the server offers no TLS.
    ...(options.auth
      ? { allowInsecureAuth: true, authMethods: ['PLAIN', 'LOGIN'], disabledCommands: ['STARTTLS'] }
      : { disabledCommands: ['STARTTLS', 'AUTH'] }),
    logger: false,
    size: 25 * 1024 * 1024,
    onConnect(_session, callback) {
      connections++
      const verdict = decideConnect()
      callback(verdict ? refusal(verdict) : undefined)
    },
    onAuth(auth, _session, callback) {
      const verdict = decideAuth(auth.username ?? '', auth.password ?? '')
      if (verdict) return callback(refusal(verdict))
      callback(null, { user: auth.username })
    },
    onMailFrom(address, _session, callback) {
      const verdict = decideSender(address.address)
      callback(verdict ? refusal(verdict) : undefined)
    },
    onRcptTo(address, _session, callback) {
      const rcpt = address.address.toLowerCase()
      const attempt = (attempts.get(rcpt) ?? 0) + 1
      attempts.set(rcpt, attempt)
      const verdict = decide(rcpt, attempt)
      if (!verdict) return callback()
      const error = new Error(verdict.message) as Error & { responseCode: number }
      error.responseCode = verdict.code
      callback(error)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks)
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase())
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        const mail: ReceivedMail = {
          at: new Date(),
          from,
          parsed: parse ? await simpleParser(raw) : null,
          raw,
          to,
        }
        received.push(mail)
        for (const r of to) counts.set(r, (counts.get(r) ?? 0) + 1)
        for (const w of waiters.filter((w) => received.length >= w.n)) {
          waiters.splice(waiters.indexOf(w), 1)
          w.resolve()
        }
        callback()
      })
    },
  })
  // A client killed mid-session (the crash tests) resets its connection: an MTA notes it and carries on.
  server.on('error', () => undefined)
  // Like production MTAs, answer without Nagle's delay: otherwise each reply waits for a delayed ACK (~40 ms).
  server.server.on('connection', (socket: import('node:net').Socket) => socket.setNoDelay(true))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    connections: () => connections,
    dropConnections: async () => {
      for (const connection of [
        ...(server as unknown as { connections: Set<{ close: () => void }> }).connections,
      ])
        connection.close()
      // The client notices the close and takes the connection out of its pool.
      await new Promise((resolve) => setTimeout(resolve, 300))
    },
    countFor: (address) => counts.get(address.toLowerCase()) ?? 0,
    env: () => ({
      SMTP_FROM_ADDRESS: 'newsletter@wislotki.example',
      SMTP_FROM_NAME: 'Gmina Wisłotki',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      ...(options.auth ? { SMTP_PASSWORD: 'haslo-smtp', SMTP_USER: 'newsletter' } : {}),
    }),
    host: '127.0.0.1',
    onAuth: (fn) => {
      decideAuth = fn
    },
    onConnect: (fn) => {
      decideConnect = fn
    },
    onRecipient: (fn) => {
      decide = fn
    },
    onSender: (fn) => {
      decideSender = fn
    },
    port,
    received,
    waitForMailTo: async (address, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = received.find((m) => m.to.includes(address.toLowerCase()))
        if (found) return found
        if (Date.now() > deadline)
          throw new Error(`SMTP: no message to ${address} after ${timeoutMs} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    },
    waitFor: (n, timeoutMs = 20_000) =>
      received.length >= n
        ? Promise.resolve(received)
        : new Promise((resolve, reject) => {
            const timer = setTimeout(
              () =>
                reject(
                  new Error(`SMTP: ${received.length} of ${n} messages after ${timeoutMs} ms`),
                ),
              timeoutMs,
            )
            waiters.push({ n, resolve: () => (clearTimeout(timer), resolve(received)) })
          }),
  }
}
