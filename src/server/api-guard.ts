import type { SanitizedConfig } from 'payload'

import { guardRest, type RouteHandler } from './rest-guard'
import { isForeignCookieWrite, servedOverHttps, SESSION_COOKIE } from './same-origin'

type Handler<C> = (request: Request, context: C) => Promise<Response>

/** Payload's error shape, so the admin and API clients show it like any refusal. */
export const FOREIGN_WRITE_MESSAGE =
  'Odrzucono zmianę wysłaną spoza panelu Herolda (z innej strony). Jeśli pracujesz w panelu, odśwież stronę i spróbuj ponownie; skrypty logują się nagłówkiem Authorization.'

const isSessionCookie = (setCookie: string) => setCookie.startsWith(`${SESSION_COOKIE}=`)
const isSecure = (setCookie: string) => /;\s*secure\b/i.test(setCookie)

/**
 * Payload's `cookies.secure` is one value for the whole instance (on when SERVER_URL is https:
 * collections/Users.ts). Behind a TLS proxy without SERVER_URL, only the request says it came over
 * https: the session cookie then gets Secure here.
 */
const withSecureSessionCookie = (response: Response): Response => {
  const cookies = response.headers.getSetCookie()
  if (!cookies.some((cookie) => isSessionCookie(cookie) && !isSecure(cookie))) return response
  const headers = new Headers(response.headers)
  headers.delete('set-cookie')
  for (const cookie of cookies)
    headers.append(
      'set-cookie',
      isSessionCookie(cookie) && !isSecure(cookie) ? `${cookie}; Secure` : cookie,
    )
  return new Response(response.body, {
    headers,
    status: response.status,
    statusText: response.statusText,
  })
}

/**
 * Wraps a REST route handler of Payload (src/app/(payload)/api/[...slug]/route.ts): refuses writes
 * that would be authenticated by the session cookie from another site's page (src/server/same-origin.ts),
 * and marks the session cookie Secure when the instance is served over https.
 */
export const guardApi =
  <C>(handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    if (isForeignCookieWrite(request))
      return Response.json({ errors: [{ message: FOREIGN_WRITE_MESSAGE }] }, { status: 403 })
    const response = await handler(request, context)
    return servedOverHttps(request) ? withSecureSessionCookie(response) : response
  }

/**
 * A REST handler of Payload as the app serves it: forged cookie writes refused first, then bad
 * input answered with a 4xx (src/server/rest-guard) before Payload sees it.
 */
export const guardedRest = (
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: RouteHandler,
): RouteHandler => guardApi(guardRest(config, handler))
