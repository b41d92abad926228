import { createHmac, timingSafeEqual } from 'node:crypto'

/** How far a webhook's timestamp may be from our clock: a captured request cannot be replayed later. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60

/** The signature of a bounce webhook, as the fan-out signs its own: `sha256=` HMAC of "<timestamp>.<raw body>". */
export const signBounceWebhook = (secret: string, timestamp: number, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** Whether a request is signed with the shared secret within the tolerance (compared in constant time). */
export const verifyBounceWebhook = ({
  body,
  now,
  secret,
  signature,
  timestamp,
}: {
  body: string
  now: Date
  secret: string
  signature: null | string
  timestamp: null | string
}) => {
  if (!secret || !signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false
  const seconds = Number(timestamp)
  if (Math.abs(now.getTime() / 1000 - seconds) > WEBHOOK_TOLERANCE_SECONDS) return false
  const expected = Buffer.from(signBounceWebhook(secret, seconds, body))
  const given = Buffer.from(signature.trim())
  return given.length === expected.length && timingSafeEqual(given, expected)
}
