import { trustedForwarded } from '../client-ip'

/**
 * Cross-site request forgery: which requests may use the staff's session cookie.
 *
 * A browser attaches the session cookie to any request for our host, whichever site's page sends
 * it; Payload refuses a foreign Origin only when a `csrf` list is configured, and it lists nothing
 * while SERVER_URL is unset (the default). So a write that authenticates by the cookie must come
 * from a page of the instance itself: its Origin is the instance's own. Requests authenticated by
 * an `Authorization` header cannot be forged by another site's page (a browser sends that header
 * cross-origin only after a preflight we never allow), so they are left alone.
 */

/** Payload's cookiePrefix (set in payload.config.ts): the session cookie is `payload-token`. */
export const COOKIE_PREFIX = 'payload'
export const SESSION_COOKIE = `${COOKIE_PREFIX}-token`

type RequestLike = {
  headers: { get: (name: string) => null | string }
  method: string
  url: string
}
/** The environment the rules read: SERVER_URL and TRUST_PROXY. */
type Env = Record<string, string | undefined>

/** Methods that only read: a forged one can change nothing, and the browser keeps its answer from the forging page. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const originOf = (url: string | undefined): null | string => {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * The instance's own origin: SERVER_URL's when set; otherwise the request's host with its scheme,
 * as the outermost trusted proxy (TRUST_PROXY) saw them, or as they reached us.
 */
export const ownOrigin = (request: RequestLike, env: Env = process.env): null | string => {
  const configured = originOf(env.SERVER_URL || undefined)
  if (configured) return configured
  const proto = trustedForwarded(request.headers, 'x-forwarded-proto', env.TRUST_PROXY)
  const host =
    trustedForwarded(request.headers, 'x-forwarded-host', env.TRUST_PROXY) ??
    request.headers.get('host')
  const scheme = proto ? `${proto.toLowerCase()}:` : new URL(request.url).protocol
  return host ? originOf(`${scheme}//${host}`) : null
}

/** Whether the request carries the session cookie (whatever its value: a stale one is refused the same way). */
export const carriesSessionCookie = (cookieHeader: null | string) =>
  (cookieHeader ?? '').split(';').some((pair) => pair.split('=', 1)[0].trim() === SESSION_COOKIE)

/**
 * A write that would be authenticated by the session cookie but does not come from a page of the
 * instance: no Origin, `Origin: null`, another origin, or a browser saying it is not same-origin.
 */
export const isForeignCookieWrite = (request: RequestLike, env: Env = process.env): boolean => {
  const { headers } = request
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false
  // Payload reads an Authorization header before the cookie: such a request is not cookie-authenticated.
  if (headers.get('authorization')) return false
  if (!carriesSessionCookie(headers.get('cookie'))) return false
  const site = headers.get('sec-fetch-site')
  if (site && site !== 'same-origin') return true
  const origin = headers.get('origin')
  return !origin || origin !== ownOrigin(request, env)
}

/** Whether SERVER_URL says the instance is served over https. */
export const serverUrlIsHttps = (env: Env = process.env) =>
  Boolean(env.SERVER_URL?.startsWith('https:'))

/** Whether this request reached the instance over https: SERVER_URL says so, or the outermost trusted proxy does. */
export const servedOverHttps = (
  request: Pick<RequestLike, 'headers'>,
  env: Env = process.env,
): boolean =>
  serverUrlIsHttps(env) ||
  trustedForwarded(request.headers, 'x-forwarded-proto', env.TRUST_PROXY)?.toLowerCase() === 'https'
