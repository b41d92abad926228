import type { EmailAdapter } from 'payload'

import type SMTPPool from 'nodemailer/lib/smtp-pool'

import net from 'node:net'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

/** Whether outgoing mail is configured; the newsletter channel is skipped (with why) when it is not. */
export const smtpConfigured = () => Boolean(process.env.SMTP_HOST)

/**
 * Whether e-mails go to the dev mailbox (plugins/dev-mailbox) instead of a mail server: in
 * development (or where HEROLD_DEV_MAILBOX=true asks for it) and only without SMTP; never in
 * production, whatever the variable says.
 */
export const devMailboxOn = (env: Record<string, string | undefined>) =>
  env.NODE_ENV !== 'production' &&
  !env.SMTP_HOST &&
  (env.HEROLD_DEV_MAILBOX ? env.HEROLD_DEV_MAILBOX === 'true' : env.NODE_ENV === 'development')

export const fromAddress = () => process.env.SMTP_FROM_ADDRESS || 'no-reply@localhost'
export const fromName = () => process.env.SMTP_FROM_NAME || 'Herold'

/** How long opening a connection to the mail server may take (nodemailer's own default). */
const CONNECT_TIMEOUT_MS = 2 * 60_000

/**
 * Opens the connection to the mail server for nodemailer, without Nagle's algorithm: nodemailer's
 * own sockets keep it, and with the server's delayed ACKs each message's last segment then waits
 * ~40 ms, which caps a pool of 10 connections near 200 messages/s (bench:newsletter). The pool
 * takes only an already connected socket (`connection`); it upgrades it to TLS when asked.
 */
export const smtpSocket = (
  options: { host?: string; port?: number },
  callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void,
) => {
  const socket = net.connect({ host: options.host, port: options.port! })
  socket.setNoDelay(true)
  let settled = false
  const settle = (error: Error | null) => {
    if (settled) return
    settled = true
    clearTimeout(timer)
    socket.removeListener('error', settle)
    if (error) {
      socket.destroy()
      callback(error)
    } else callback(null, { connection: socket })
  }
  const timer = setTimeout(
    () =>
      settle(
        Object.assign(new Error(`Connection timeout to ${options.host}:${options.port}`), {
          code: 'ETIMEDOUT',
        }),
      ),
    CONNECT_TIMEOUT_MS,
  )
  socket.once('error', settle)
  socket.once('connect', () => settle(null))
}

/** The pooled SMTP transport's options, from the environment (SMTP_HOST set). */
const smtpTransportOptions = (): SMTPPool.Options => {
  const port = Number(process.env.SMTP_PORT) || 587
  return {
    auth: process.env.SMTP_USER
      ? { pass: process.env.SMTP_PASSWORD ?? '', user: process.env.SMTP_USER }
      : undefined,
    getSocket: smtpSocket,
    host: process.env.SMTP_HOST,
    maxConnections: Number(process.env.SMTP_POOL_SIZE) || 5,
    // A pooled connection carries any number of messages; reconnecting every 100 only costs time.
    maxMessages: Infinity,
    pool: true,
    port,
    secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
  }
}

/**
 * Payload's email adapter over pooled SMTP, configured from the environment. Without SMTP_HOST
 * Payload's own fallback only logs messages to the console (development).
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  if (!smtpConfigured()) return undefined
  // skipVerify: connecting at start-up would make every boot wait on the mail server; failures surface per send.
  return nodemailerAdapter({
    defaultFromAddress: fromAddress(),
    defaultFromName: fromName(),
    skipVerify: true,
    transportOptions: smtpTransportOptions(),
  })
}

/**
 * Whether the mail server takes us now: nodemailer's verify (connect, greeting, TLS, login) with
 * the sending transport's own settings. Throws the server's refusal, with nodemailer's fields.
 */
export const verifySmtp = async () => {
  const transport = nodemailer.createTransport(smtpTransportOptions())
  try {
    await transport.verify()
  } finally {
    transport.close()
  }
}
