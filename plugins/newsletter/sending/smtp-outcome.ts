/**
 * What a failed newsletter send means, from where in the SMTP conversation it failed and the
 * server's reply (basic code and RFC 3463 enhanced code). Refusals that concern our sending (the
 * connection, greeting, TLS, login, the sender, relaying, the message itself) must never cost a
 * resident their subscription: they stop the campaign until the mail server takes mail again.
 * Only a reply about the recipient's own address or mailbox says anything about the resident.
 *
 * - `server`: stop the campaign, the newsletter channel needs action; the message is not counted
 *   against anybody and goes out once the server accepts again.
 * - `hard`: the address does not exist (5.1.x, or 550/551/553 without an enhanced code at RCPT).
 * - `soft`: the mailbox cannot take mail for now (full, disabled, unreachable: 4.1.x, 4.2.x,
 *   4.4.x, 450, 5.2.x but 5.2.3, 5.4.x, 552): retried with backoff and written down on the
 *   subscriber; only soft bounces on several days with no delivery between turn hard.
 * - `retry`: any other temporary refusal (4.3.x system, 4.7.x greylisting or rate limit, 421, 451…):
 *   retried with backoff and never written down against the subscriber.
 */

/** Where a send failed: the session (connection, greeting, EHLO, TLS, AUTH), MAIL FROM, RCPT TO, or DATA. */
export type SmtpStage = 'message' | 'recipient' | 'sender' | 'session'

export type SmtpOutcome = {
  kind: 'hard' | 'retry' | 'server' | 'soft'
  reply: string
  stage: SmtpStage
}

/** The fields nodemailer puts on a failed send (lib/smtp-connection `_formatError`). */
type SmtpError = {
  code?: string
  command?: string
  message?: string
  response?: string
  responseCode?: number
}

/** Errors of the connection itself, reported without a server reply: the server, not a recipient. */
const CONNECTION_CODES = new Set([
  'EAUTH',
  'ECONNECTION',
  'ECONNREFUSED',
  'ECONNRESET',
  'EDNS',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EPROTOCOL',
  'ESOCKET',
  'ETIMEDOUT',
  'ETLS',
])

export const stageOf = (command: string | undefined): SmtpStage => {
  if (command === 'MAIL FROM') return 'sender'
  if (command === 'RCPT TO') return 'recipient'
  if (command === 'DATA') return 'message'
  // CONN, EHLO/HELO/LHLO, STARTTLS, AUTH …, RSET, API (the connection was already gone), or none.
  return 'session'
}

/** The enhanced status code at the start of a reply ("550 5.1.1 …", "452-4.2.2 …"), as [class, subject, detail]. */
export const enhancedCode = (reply: string): [number, number, number] | null => {
  const match = /^\d{3}[ -]([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(reply)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null
}

const basicCode = (e: SmtpError) =>
  typeof e.responseCode === 'number'
    ? e.responseCode
    : Number(/^(\d{3})\b/.exec(e.response ?? '')?.[1]) || null

/** A 4xx at the recipient or the message: the mailbox's state, or something else temporary. */
const temporary = (
  code: number,
  enhanced: [number, number, number] | null,
  stage: SmtpStage,
): SmtpOutcome['kind'] => {
  if (stage === 'sender') return 'retry'
  // 4.1.x address, 4.2.x mailbox, 4.4.x routing to the recipient's domain.
  if (enhanced && enhanced[1] !== 0) return [1, 2, 4].includes(enhanced[1]) ? 'soft' : 'retry'
  return code === 450 && stage === 'recipient' ? 'soft' : 'retry'
}

/** A 5xx at the recipient or the message. */
const permanent = (
  code: number,
  enhanced: [number, number, number] | null,
  stage: SmtpStage,
): SmtpOutcome['kind'] => {
  if (stage === 'sender') return 'server'
  if (enhanced && enhanced[1] !== 0) {
    const [, subject, detail] = enhanced
    if (subject === 1) return 'hard'
    // 5.2.3: the message is too long for the server, whoever receives it.
    if (subject === 2) return detail === 3 ? 'server' : 'soft'
    if (subject === 4) return 'soft'
    // 5.3.x mail system, 5.5.x protocol, 5.6.x content, 5.7.x policy (relay denied, not authorised): our sending.
    return 'server'
  }
  // No enhanced code (or x.0.0): RFC 5321's basic codes. At RCPT, 550 "mailbox unavailable",
  // 551 "user not local" and 553 "mailbox name not allowed" are about the address; after DATA
  // they refuse the message (content), which every recipient would get. 552 "exceeded storage
  // allocation" is the mailbox. 554 "transaction failed" and the rest are about our sending.
  if (code === 552) return 'soft'
  if (stage === 'recipient' && (code === 550 || code === 551 || code === 553)) return 'hard'
  return 'server'
}

/** What one failed send means; see the top of this file. */
export const classifySmtpFailure = (error: unknown): SmtpOutcome => {
  const e = (error ?? {}) as SmtpError
  const reply = (e.response || e.message || String(error)).slice(0, 500)
  const stage = stageOf(e.command)
  const code = basicCode(e)
  if (stage === 'session')
    return {
      kind: code || (e.code && CONNECTION_CODES.has(e.code)) ? 'server' : 'retry',
      reply,
      stage,
    }
  // No reply at MAIL FROM: the message is larger than the server takes, or needs TLS it lacks.
  if (!code)
    return {
      kind: stage === 'sender' || (e.code && CONNECTION_CODES.has(e.code)) ? 'server' : 'retry',
      reply,
      stage,
    }
  const enhanced = enhancedCode(e.response ?? '')
  if (code >= 500 && code < 600) return { kind: permanent(code, enhanced, stage), reply, stage }
  if (code >= 400 && code < 500) return { kind: temporary(code, enhanced, stage), reply, stage }
  return { kind: 'retry', reply, stage }
}

/**
 * A refusal at the recipient or the message that would stop the campaign (e.g. 5.7.1 for one
 * address the server's policy refuses) concerns that message alone when the same server accepted
 * other messages of the batch: it is retried with backoff like a temporary refusal, so one address
 * cannot hold every other resident's newsletter. Connection, login and sender refusals always stop.
 */
export const settleServerRefusal = (
  outcome: SmtpOutcome,
  acceptedMeanwhile: boolean,
): SmtpOutcome =>
  outcome.kind === 'server' &&
  acceptedMeanwhile &&
  (outcome.stage === 'recipient' || outcome.stage === 'message')
    ? { ...outcome, kind: 'retry' }
    : outcome
