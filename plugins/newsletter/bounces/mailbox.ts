import type { Payload } from 'payload'

import { ImapFlow } from 'imapflow'

import { PROCESSED_MAILBOX, UNRECOGNISED_MAILBOX } from '../constants'
import { newsletterOptions } from '../context'
import type { BounceImapAccount } from '../types'
import { handleBounceMail } from './mail'

/** Mails read per run: a flood of bounces is worked through over several runs, none holding the queue long. */
export const MAILS_PER_RUN = 100

/**
 * How much of a mail is read: reports come first and returned messages after them, so a bounce
 * carrying a large attachment back is judged on its beginning (an unclosed multipart is read as is).
 */
export const MAIL_BYTES = 256 * 1024

export type MailboxRun = { processed: number; unrecognised: number }

/** imap://host[:143] or imaps://host[:993]; null for anything else. */
const serverOf = (url: string) => {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'imap:' && parsed.protocol !== 'imaps:') return null
    const secure = parsed.protocol === 'imaps:'
    return { host: parsed.hostname, port: Number(parsed.port) || (secure ? 993 : 143), secure }
  } catch {
    return null
  }
}

/** Whether the mailbox is to be read at all: a VERP address to recognise and a complete account. */
export const mailboxAccount = (payload: Payload) => {
  const { address, imap } = newsletterOptions(payload).bounces
  const account: BounceImapAccount = imap()
  const server = account.url ? serverOf(account.url) : null
  if (!address || !server || !account.user) return null
  return { ...server, auth: { pass: account.password ?? '', user: account.user } }
}

/**
 * Reads the bounce mailbox's INBOX: each mail is applied (bounces/mail.ts) and then moved, into
 * "Processed" when it was a report about one of our messages and into "Unrecognised" otherwise.
 * Nothing is deleted: a person can always read what the decisions were made on. A mail is moved
 * right after its decision is written, so a run cut short repeats at most one decision.
 */
export const readBounceMailbox = async (payload: Payload): Promise<MailboxRun> => {
  const run: MailboxRun = { processed: 0, unrecognised: 0 }
  const account = mailboxAccount(payload)
  if (!account) return run
  const client = new ImapFlow({ ...account, logger: false })
  await client.connect()
  try {
    const processed = (await client.mailboxCreate(PROCESSED_MAILBOX)).path
    const unrecognised = (await client.mailboxCreate(UNRECOGNISED_MAILBOX)).path
    const lock = await client.getMailboxLock('INBOX')
    try {
      const exists = client.mailbox ? client.mailbox.exists : 0
      if (!exists) return run
      const uids = (
        await client.fetchAll(`1:${Math.min(exists, MAILS_PER_RUN)}`, { uid: true })
      ).map((mail) => mail.uid)
      // One mail in memory at a time, and only its beginning: the report and the returned headers.
      for (const uid of uids) {
        const mail = await client.fetchOne(
          String(uid),
          { source: { maxLength: MAIL_BYTES } },
          { uid: true },
        )
        const outcome =
          mail && mail.source
            ? await handleBounceMail(payload, mail.source.toString('utf8'))
            : 'unrecognised'
        const target = outcome === 'unrecognised' ? unrecognised : processed
        await client.messageMove(String(uid), target, { uid: true })
        run[outcome === 'unrecognised' ? 'unrecognised' : 'processed']++
      }
    } finally {
      lock.release()
    }
  } finally {
    await client.logout()
  }
  return run
}
