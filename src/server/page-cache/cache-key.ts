/**
 * Which requests the page cache may answer, and under which key. A pure rule over what the
 * request carries; everything else goes to Next.js as before.
 */

type RequestLike = {
  headers: Record<string, string | string[] | undefined>
  method?: string
  url?: string
}

/**
 * Never cached: the admin and the API; Next.js's assets and the feeds (each has its own cache);
 * the forms that echo a visitor's input or carry a visitor's token (the newsletter's sign-up,
 * confirmation and preferences, the complaint form).
 */
const NEVER = /^\/(?:admin|api|_next|feeds|newsletter|rejestr-moderacji\/skarga)(?:\/|$)/
/** Files (favicon.ico, robots.txt…): Next.js serves them from disk anyway. */
const FILE = /\.[a-z0-9]+$/i
/** The query parameters the public pages read (filters, paging, a register entry). */
const PAGE_PARAMS = new Set(['jednostka', 'kanal', 'kategoria', 'miesiac', 'nr', 'strona'])
/**
 * Added by the places links are shared from (Facebook's fbclid on every click from the fanpage):
 * no page reads them, so they leave the key instead of making every visit a miss.
 */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/

/** Whether the Cookie header holds any of Payload's cookies (the session above all). */
export const hasPayloadCookie = (cookie: string | string[] | undefined, prefix: string) =>
  [cookie ?? []]
    .flat()
    .join(';')
    .split(';')
    .some((part) => part.trim().startsWith(`${prefix}-`))

/**
 * The cache key of an anonymous page request (path and the page parameters, sorted), or null
 * when the request must reach Next.js: not a GET/HEAD, a logged-in visitor (session cookie or
 * Authorization), the client router's RSC requests, a path never cached, or a parameter no page
 * reads (a form's answer such as `?wyslano=` or `?blad=`).
 */
export const pageCacheKey = (req: RequestLike, cookiePrefix: string): null | string => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/')) return null
  if (req.headers.authorization || hasPayloadCookie(req.headers.cookie, cookiePrefix)) return null
  if (req.headers.rsc || Object.keys(req.headers).some((name) => name.startsWith('next-')))
    return null
  const url = new URL(req.url, 'http://page-cache.invalid')
  // Only a path the URL parser leaves as it is (no `//host`, no dot segments): the key is what Next.js renders.
  if (url.pathname !== req.url.split('?')[0]) return null
  if (NEVER.test(url.pathname) || FILE.test(url.pathname)) return null
  const kept: [string, string][] = []
  for (const [name, value] of url.searchParams) {
    if (TRACKING.test(name)) continue
    if (!PAGE_PARAMS.has(name)) return null
    kept.push([name, value])
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = new URLSearchParams(kept).toString()
  return query ? `${url.pathname}?${query}` : url.pathname
}

/** Whether Next.js's answer may be kept and served to every anonymous reader. */
export const cacheableResponse = (res: {
  headers: { get: (name: string) => null | string }
  status: number
}) =>
  res.status === 200 &&
  (res.headers.get('content-type') ?? '').startsWith('text/html') &&
  res.headers.get('set-cookie') === null
