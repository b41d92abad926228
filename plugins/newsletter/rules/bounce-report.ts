import { classifySmtpFailure } from '../sending/smtp-outcome'
import { header, leafParts, type MimePart, parseHeaders, splitMessage } from './mime'

/**
 * What a mail in the bounce mailbox (or a provider's webhook) says about one of our messages:
 * - `bounce`: a delivery report (RFC 3464), or a mail server's own wording when it sends none;
 *   `kind` follows the rules of refusals at send time (sending/smtp-outcome.ts): `hard` the
 *   address does not exist, `soft` the mailbox cannot take mail for now, `ignored` a refusal about
 *   our sending (policy, spam filter, greylisting) that says nothing about the resident.
 * - `complaint`: an abuse report (RFC 5965): the resident marked our message as spam.
 * - `unknown`: anything else (auto-replies, mail sent there by hand).
 */
export type BounceReport =
  | { kind: 'hard' | 'ignored' | 'soft'; recipient: null | string; reply: string; type: 'bounce' }
  | { feedbackType: string; recipient: null | string; type: 'complaint' }
  | { type: 'unknown' }

const REPLY_LIMIT = 500

/** "rfc822; jan@example.pl" → "jan@example.pl". */
const addressOf = (value: string) =>
  value
    .replace(/^[^;]*;\s*/, '')
    .replace(/^<|>$/g, '')
    .trim()
    .toLowerCase() || null

/** What an RFC 3464 status means, read as a refusal at RCPT TO with that enhanced code. */
export const kindOfStatus = (
  status: string,
  diagnostic = '',
  action = 'failed',
): 'hard' | 'ignored' | 'soft' => {
  const enhanced = /^([245])\.\d{1,3}\.\d{1,3}$/.exec(status.trim())
  if (!enhanced) return 'ignored'
  const basic = /\b([45]\d\d)\b/.exec(diagnostic)?.[1] ?? `${enhanced[1]}50`
  // A delayed message is still being tried: at most a mailbox unable to take mail for now.
  const cls = action === 'delayed' ? '4' : enhanced[1]
  const reply = `${cls === '4' && basic.startsWith('5') ? '450' : basic} ${cls}${status.trim().slice(1)} ${diagnostic}`
  const { kind } = classifySmtpFailure({
    command: 'RCPT TO',
    response: reply,
    responseCode: Number(reply.slice(0, 3)),
  })
  return kind === 'hard' || kind === 'soft' ? kind : 'ignored'
}

/** The per-recipient field groups of a message/delivery-status part (the first group is per message). */
const recipientGroups = (part: MimePart) =>
  part.body
    .split(/\r?\n[ \t]*\r?\n/)
    .slice(1)
    .map(parseHeaders)
    .filter((fields) => fields.has('action') || fields.has('status'))

const fromDeliveryStatus = (part: MimePart): BounceReport | null => {
  const groups = recipientGroups(part).filter((f) =>
    ['delayed', 'failed'].includes(header(f, 'action').toLowerCase()),
  )
  const fields = groups[0]
  if (!fields) return null
  const status = header(fields, 'status')
  const diagnostic = header(fields, 'diagnostic-code').replace(/^[^;]*;\s*/, '')
  const action = header(fields, 'action').toLowerCase()
  return {
    kind: kindOfStatus(status, diagnostic, action),
    recipient: addressOf(header(fields, 'final-recipient') || header(fields, 'original-recipient')),
    reply: `${action === 'delayed' ? 'delayed ' : ''}${status} ${diagnostic}`
      .trim()
      .slice(0, REPLY_LIMIT),
    type: 'bounce',
  }
}

/** Servers that send no report say it in words: "550 5.1.1 … User unknown", qmail's "(#5.1.1)". */
const TEXT_PATTERNS: { pattern: RegExp; status: (m: RegExpExecArray) => string }[] = [
  { pattern: /\b[45]\d\d[ -]([45]\.\d{1,3}\.\d{1,3})\b[^\n]*/, status: (m) => m[1]! },
  { pattern: /[^\n]*\(#([45]\.\d{1,3}\.\d{1,3})\)/, status: (m) => m[1]! },
  {
    pattern:
      /[^\n]*\b(user unknown|no such user|unknown user|mailbox unavailable|does not exist|no mailbox here)\b[^\n]*/i,
    status: () => '5.1.1',
  },
  {
    pattern: /[^\n]*\b(mailbox (is )?full|over quota|quota exceeded)\b[^\n]*/i,
    status: () => '4.2.2',
  },
]

/** Only mail servers' own notices are read as words: an ordinary reply saying "does not exist" is not a bounce. */
const isDaemonNotice = (headers: Map<string, string[]>) =>
  /mailer-daemon|postmaster|mail delivery/i.test(header(headers, 'from')) ||
  /undeliver|returned mail|failure notice|delivery (status|failure)|niedostarcz/i.test(
    header(headers, 'subject'),
  )

const fromText = (parts: MimePart[], top: Map<string, string[]>): BounceReport | null => {
  if (!isDaemonNotice(top)) return null
  const text = parts
    .filter((p) => p.type.startsWith('text/plain'))
    .map((p) => p.body)
    .join('\n')
  for (const { pattern, status } of TEXT_PATTERNS) {
    const match = pattern.exec(text)
    if (!match) continue
    const reply = match[0].trim().replace(/\s+/g, ' ')
    return {
      kind: kindOfStatus(status(match), reply),
      recipient: /<([^<>\s@]+@[^<>\s]+)>/.exec(text)?.[1]?.toLowerCase() ?? null,
      reply: reply.slice(0, REPLY_LIMIT),
      type: 'bounce',
    }
  }
  return null
}

/** Reads one raw mail: an abuse report, a delivery report, a server's notice in words, or unknown. */
export const readBounceReport = (raw: string): BounceReport => {
  const parts = leafParts(raw)
  const feedback = parts.find((p) => p.type === 'message/feedback-report')
  if (feedback) {
    const fields = parseHeaders(feedback.body)
    return {
      feedbackType: header(fields, 'feedback-type').toLowerCase() || 'abuse',
      recipient: addressOf(header(fields, 'original-rcpt-to')),
      type: 'complaint',
    }
  }
  const status = parts.find((p) => p.type === 'message/delivery-status')
  const report =
    (status && fromDeliveryStatus(status)) ?? fromText(parts, parseHeaders(splitMessage(raw).head))
  return report ?? { type: 'unknown' }
}
