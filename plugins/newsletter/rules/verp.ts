import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * VERP (variable envelope return path): each newsletter message leaves with its own envelope
 * sender, `bounces+<subscriber>-<message>-<signature>@domain`, so a bounce names the subscriber
 * and the message whatever the remote server writes in it. The signature (HMAC-SHA256, 80 bits)
 * keeps anyone who can mail the bounce mailbox from ending another resident's subscription.
 */
export type VerpAddress = { domain: string; localPart: string }
export type VerpToken = { message: string; subscriber: string }

const SIGNATURE_HEX = 20
/** Ids go into an address's local part: letters and digits only (numeric ids in both databases). */
const ID = /^[a-z0-9]{1,40}$/i

const signatureOf = (key: string, subscriber: string, message: string) =>
  createHmac('sha256', key).update(`${subscriber}-${message}`).digest('hex').slice(0, SIGNATURE_HEX)

/** The envelope sender of one message, or null when an id cannot go into an address. */
export const verpAddressFor = (
  key: string,
  { domain, localPart }: VerpAddress,
  subscriber: number | string,
  message: number | string,
): null | string => {
  const [s, m] = [String(subscriber), String(message)]
  if (!ID.test(s) || !ID.test(m)) return null
  return `${localPart}+${s}-${m}-${signatureOf(key, s, m)}@${domain}`.toLowerCase()
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Checks a token's signature in constant time. */
export const verifyVerpToken = (key: string, token: string): null | VerpToken => {
  const match = /^([a-z0-9]{1,40})-([a-z0-9]{1,40})-([0-9a-f]+)$/i.exec(token)
  if (!match) return null
  const [, subscriber = '', message = '', signature = ''] = match
  const expected = Buffer.from(signatureOf(key, subscriber.toLowerCase(), message.toLowerCase()))
  const given = Buffer.from(signature.toLowerCase())
  return given.length === expected.length && timingSafeEqual(given, expected)
    ? { message: message.toLowerCase(), subscriber: subscriber.toLowerCase() }
    : null
}

/**
 * The first correctly signed VERP address anywhere in a text (the bounce's To or Delivered-To,
 * the returned message's Return-Path, an abuse report's Original-Mail-From); forged or damaged
 * ones are passed over.
 */
export const findVerpToken = (key: string, address: VerpAddress, text: string) => {
  const pattern = new RegExp(
    `${escape(address.localPart)}\\+([a-z0-9]+-[a-z0-9]+-[0-9a-f]+)@${escape(address.domain)}`,
    'gi',
  )
  for (const match of text.matchAll(pattern)) {
    const token = verifyVerpToken(key, match[1]!)
    if (token) return token
  }
  return null
}
