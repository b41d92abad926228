import { createHmac } from 'node:crypto'

type HeaderSource = { get: (name: string) => null | string }

/**
 * The visitor's address as the nearest proxy saw it. Next.js and reverse proxies append the
 * connecting address to X-Forwarded-For, so the last entry is the one a client cannot forge;
 * earlier entries are whatever the client claimed.
 */
export const clientIp = (headers: HeaderSource): null | string => {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop()
  const ip = last || headers.get('x-real-ip')?.trim() || null
  // IPv4-mapped IPv6 is the same visitor as plain IPv4.
  return ip ? ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').toLowerCase() : null
}

/** A keyed hash of the address: enough to count a visitor's requests, useless to identify them. */
export const hashIp = (ip: null | string, secret: string) =>
  createHmac('sha256', secret)
    .update(ip ?? 'unknown')
    .digest('base64url')
    .slice(0, 32)
