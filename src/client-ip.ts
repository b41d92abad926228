import http from 'node:http'

/**
 * The address of the client a request came from, for rate limits and consent records.
 *
 * Next.js gives route handlers no socket, only headers, and it sets `X-Forwarded-For` from the
 * socket only when the client did not send one itself: any client could pick its own address.
 * So the server stamps each incoming request with its socket's address under a header of our
 * own (overwriting whatever a client sent under that name), and X-Forwarded-For is believed only
 * behind a proxy the operator declares with TRUST_PROXY.
 */
export const PEER_HEADER = 'x-herold-peer-address'

const INSTALLED = Symbol.for('herold.peerAddress')

/** Called once per process (src/instrumentation.ts under Next.js; tests call it themselves). */
export const installPeerAddress = () => {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true }
  if (proto[INSTALLED]) return
  proto[INSTALLED] = true
  const emit = proto.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? ''
    }
    return emit.call(this, event, ...args)
  } as typeof proto.emit
}

/** How many proxies of our own stand in front: TRUST_PROXY=true is one, a number is that many. */
export const trustedHops = (setting: string | undefined): number => {
  if (setting === 'true') return 1
  const n = Number(setting)
  return Number.isInteger(n) && n > 0 ? n : 0
}

/** "::ffff:192.0.2.1" is the IPv4 client 192.0.2.1 on a dual-stack socket. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

/**
 * The client's address from the request headers. Behind N trusted proxies, each appends the
 * address it was connected from, so the client is the N-th entry from the right; anything to its
 * left was written by the client itself. Without trusted proxies, the socket's address.
 */
type HeaderReader = { get: (name: string) => null | string }

/**
 * What the outermost of our trusted proxies wrote in an `X-Forwarded-*` header (each proxy appends
 * its entry; anything to its left came from the client), or null when no proxy is trusted or none
 * wrote it.
 */
export const trustedForwarded = (
  headers: HeaderReader,
  name: string,
  trustProxy = process.env.TRUST_PROXY,
): null | string => {
  const hops = trustedHops(trustProxy)
  if (!hops) return null
  const chain = (headers.get(name) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return chain.length ? chain[Math.max(0, chain.length - hops)] : null
}

export const clientIpFrom = (
  headers: HeaderReader,
  trustProxy = process.env.TRUST_PROXY,
): string => {
  const forwarded = trustedForwarded(headers, 'x-forwarded-for', trustProxy)
  if (forwarded) return plain(forwarded)
  return plain(headers.get(PEER_HEADER) ?? '') || 'unknown'
}

export { hashIp } from './domain/ip-hash'
