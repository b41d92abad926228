import type { Payload } from 'payload'

import { polishLabelOf } from '../domain/labels'
import { MODERATION_ACTIONS } from '../domain/moderation'
import { fanoutOptions } from '../../plugins/fanout/exports/server'
import { fromName } from '../email'

export type AnswerInput = {
  answer: string
  complaintNumber: number
  entry: { action: string; channelName: string; number: number; occurredAt: string }
  name?: null | string
  receivedAt: string
  rulesSlug?: null | string
  siteUrl: string
  signature: string
  state: 'rejected' | 'upheld'
}

const DAY = new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'Europe/Warsaw' })
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c]!,
  )

/** The answer to a complaint, in Polish, as plain text and HTML with the same content. */
export const renderAnswer = (input: AnswerInput) => {
  const registerUrl = `${input.siteUrl}/rejestr-moderacji?nr=${input.entry.number}`
  const rulesUrl = input.rulesSlug ? `${input.siteUrl}/zasady-dyskusji/${input.rulesSlug}` : null
  const what = `${polishLabelOf(MODERATION_ACTIONS, input.entry.action).toLocaleLowerCase('pl-PL')} (${input.entry.channelName}, ${DAY.format(new Date(input.entry.occurredAt))})`
  const verdict =
    input.state === 'upheld' ? 'Skarga została uwzględniona.' : 'Skarga nie została uwzględniona.'
  const greeting = input.name?.trim() ? `Dzień dobry, ${input.name.trim()},` : 'Dzień dobry,'
  const intro = `rozpatrzyliśmy skargę nr ${input.complaintNumber} z dnia ${DAY.format(new Date(input.receivedAt))} dotyczącą wpisu nr ${input.entry.number} w rejestrze moderacji: ${what}.`
  const subject = `Odpowiedź na skargę nr ${input.complaintNumber} – ${input.state === 'upheld' ? 'skarga uwzględniona' : 'skarga nieuwzględniona'}`
  const text = [
    greeting,
    '',
    intro,
    '',
    `Decyzja: ${verdict}`,
    '',
    'Uzasadnienie:',
    input.answer.trim(),
    '',
    `Wpis w publicznym rejestrze moderacji: ${registerUrl}`,
    ...(rulesUrl ? [`Zasady dyskusji: ${rulesUrl}`] : []),
    '',
    'Z poważaniem',
    input.signature,
  ].join('\n')
  const paragraphs = input.answer
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')
  const html = `<!doctype html>
<html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(intro)}</p>
<p><strong>Decyzja: ${escapeHtml(verdict)}</strong></p>
<h2 style="font-size: 1.1em">Uzasadnienie</h2>
${paragraphs}
<p><a href="${escapeHtml(registerUrl)}">Wpis nr ${input.entry.number} w publicznym rejestrze moderacji</a>${rulesUrl ? ` · <a href="${escapeHtml(rulesUrl)}">Zasady dyskusji</a>` : ''}</p>
<p>Z poważaniem<br>${escapeHtml(input.signature)}</p>
</body></html>`
  return { html, subject, text }
}

/** The public address of the site, as the fan-out's links use it. */
export const siteUrlOf = (payload: Payload) => fanoutOptions(payload).siteUrl

/** Sends the answer through Payload's email adapter, signed by who runs the profile; replies go to the rules' complaints address. */
export const sendAnswer = async (
  payload: Payload,
  to: string,
  input: Omit<AnswerInput, 'signature' | 'siteUrl'> & {
    replyTo?: null | string
    signature?: null | string
  },
) => {
  const { replyTo, signature, ...rest } = input
  const message = renderAnswer({
    ...rest,
    signature: signature?.trim() || fromName(),
    siteUrl: siteUrlOf(payload),
  })
  await payload.sendEmail({
    html: message.html,
    subject: message.subject,
    text: message.text,
    to,
    ...(replyTo ? { replyTo } : {}),
  })
}
