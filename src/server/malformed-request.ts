import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Requests that never reach a route: a method Next.js cannot turn into a fetch Request (TRACE,
 * CONNECT: undici refuses them and Next.js answers 500) and paths whose percent-encoding is broken
 * (`%ZZ`, a lone `%`: the router's decodeURIComponent throws and Next.js answers 500). Each is the
 * client's mistake, so it gets a 4xx with a message before Next.js sees it.
 */

/** The methods the admin and the REST API answer. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
/**
 * The residents' site (pages, feeds) is only read: its forms post to /api. Next.js would take any
 * other method's body for a server action form and answer 500 when the body is malformed.
 */
export const SITE_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const
const API_OR_ADMIN = /^\/(?:api|admin)(?:\/|$)/

export type Malformed = { allow?: string; message: { en: string; pl: string }; status: 400 | 405 }

/** Whether every percent-escape in the path is valid UTF-8 (what decodeURIComponent accepts). */
export const hasValidPercentEncoding = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

export const malformedRequest = (
  method: string | undefined,
  url: string | undefined,
): Malformed | null => {
  const pathname = (url ?? '/').split('?')[0]
  const allowed: readonly string[] = API_OR_ADMIN.test(pathname) ? SERVED_METHODS : SITE_METHODS
  if (!allowed.includes((method ?? '').toUpperCase())) {
    return {
      allow: allowed.join(', '),
      message: {
        en: `The ${method} method is not supported here.`,
        pl: `Metoda ${method} nie jest tu obsługiwana.`,
      },
      status: 405,
    }
  }
  if (!hasValidPercentEncoding(pathname)) {
    return {
      message: {
        en: 'Malformed address: invalid percent-encoding.',
        pl: 'Nieprawidłowy adres: błędne kodowanie znaków (%).',
      },
      status: 400,
    }
  }
  return null
}

/** Answers a malformed request: Payload-style JSON on the API, plain Polish text elsewhere; logged at info. */
export const answerMalformed = (
  req: IncomingMessage,
  res: ServerResponse,
  malformed: Malformed,
) => {
  const api = /^\/api(?:\/|$|\?)/.test(req.url ?? '')
  console.info(
    `${malformed.status} ${req.method} ${(req.url ?? '').slice(0, 200)}: ${malformed.message.en}`,
  )
  res.writeHead(malformed.status, {
    'Content-Type': api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    ...(malformed.allow ? { Allow: malformed.allow } : {}),
  })
  res.end(
    req.method === 'HEAD'
      ? undefined
      : api
        ? JSON.stringify({ errors: [{ message: malformed.message.pl }] })
        : malformed.message.pl,
  )
}
