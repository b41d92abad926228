import type { EmailAdapter } from 'payload'

import type SMTPPool from 'nodemailer/lib/smtp-pool'

import net from 'node:net'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/** Whether outgoing mail is configured; the newsletter channel is skipped (with why) when it is not. */
export const smtpConfigured = () => Boolean(process.env.SMTP_HOST)

export const fromAddress = () => process.env.SMTP_FROM_ADDRESS || 'no-reply@localhost'
export const fromName = () => process.env.SMTP_FROM_NAME || 'Herold'

/**
 * Payload's email adapter over pooled SMTP, configured from the environment. Without SMTP_HOST
 * Payload's own fallback only logs messages to the console (development).
 */
export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  if (!smtpConfigured()) return undefined
  const port = Number(process.env.SMTP_PORT) || 587
  const transportOptions: SMTPPool.Options = {
    auth: process.env.SMTP_USER ? { pass: process.env.SMTP_PASSWORD ?? '', user: process.env.SMTP_USER } : undefined,
    // Nodemailer's own sockets keep Nagle's algorithm on: with delayed ACKs each message then stalls
    // ~40 ms on its last segment. Without it one connection carries ~5× more messages (bench:newsletter).
    // Nodemailer still connects the socket itself, and upgrades it to TLS when asked.
    getSocket: (_options, callback) => {
      const socket = new net.Socket()
      socket.setNoDelay(true)
      callback(null, { socket } as never)
    },
    host: process.env.SMTP_HOST,
    maxConnections: Number(process.env.SMTP_POOL_SIZE) || 5,
    // A pooled connection carries any number of messages; reconnecting every 100 only costs time.
    maxMessages: Infinity,
    pool: true,
    port,
    secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
  }
  // skipVerify: connecting at start-up would make every boot wait on the mail server; failures surface per send.
  return nodemailerAdapter({ defaultFromAddress: fromAddress(), defaultFromName: fromName(), skipVerify: true, transportOptions })
}
