import type { SendEmailOptions } from 'payload'

import type { KeptMessage } from '../types'

type Addresses = SendEmailOptions['to']
type Body = SendEmailOptions['html']

/** Payload's address forms (a string, `{ name, address }`, or a list of either) as one line. */
export const addressLine = (value: Addresses | SendEmailOptions['from']): string => {
  if (!value) return ''
  if (Array.isArray(value)) return value.map(addressLine).filter(Boolean).join(', ')
  if (typeof value === 'string') return value
  return value.name ? `${value.name} <${value.address}>` : value.address
}

// Streams and attachments-like bodies are not what the instance sends; they are kept as empty.
const bodyText = (body: Body): string =>
  typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : ''

/** What the mailbox stores of a message Payload was asked to send. */
export const keptMessage = (
  message: SendEmailOptions,
  sender: { address: string; name: string },
  now: Date,
): KeptMessage => ({
  from: addressLine(message.from) || addressLine(sender),
  html: bodyText(message.html),
  sentAt: now.toISOString(),
  subject: typeof message.subject === 'string' ? message.subject : '',
  text: bodyText(message.text),
  to: [addressLine(message.to), addressLine(message.cc), addressLine(message.bcc)]
    .filter(Boolean)
    .join(', '),
})
