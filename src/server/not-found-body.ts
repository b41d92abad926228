import type { IncomingMessage, ServerResponse } from 'node:http'

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** Paths Next.js answers with pages of its own (the admin, the API and assets are left alone). */
const NOT_A_SITE_PAGE = /^\/(?:api|admin|_next|feeds)(?:\/|$)/

/** A browser or crawler loading a page of the residents' site (not the client router asking for RSC data). */
export const isSitePageRequest = (req: Pick<IncomingMessage, 'headers' | 'method' | 'url'>) =>
  req.method === 'GET' && !req.headers.rsc && !NOT_A_SITE_PAGE.test((req.url ?? '/').split('?')[0])

/**
 * Next.js 16 answers a page's `notFound()` with status 404 and an empty document
 * (`<html id="__next_error__">`): the not-found page exists only in the RSC data and appears once
 * JavaScript runs, so without it residents and crawlers see a blank page (vercel/next.js#98295,
 * #98954). An unmatched address is rendered properly (app/global-not-found.tsx), so a 404 to a page
 * request is held back here and answered with that page instead. Only 404s pay for it (one more
 * render); everything else streams through untouched.
 */
export const withRenderedNotFound =
  (handle: Handler, render404: Handler): Handler =>
  async (req, res) => {
    if (!isSitePageRequest(req)) return handle(req, res)
    const native = {
      end: res.end,
      flushHeaders: res.flushHeaders,
      write: res.write,
      writeHead: res.writeHead,
    }
    let held: boolean | undefined
    let finished!: () => void
    const done = new Promise<void>((resolve) => (finished = resolve))
    // Decided once, on Next.js's first attempt to send anything: by then it has set the status. Passing
    // answers keep these wrappers (they only delegate): Next.js's compression wraps them in turn, and
    // putting the native methods back would cut it out mid-response.
    const decide = (status: number) => {
      if (held === undefined) held = status === 404
      return held
    }
    // Plain functions over `res` (never `this`): Next.js may call these detached from the response.
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (decide(status)) return res
      return (native.writeHead as (...args: unknown[]) => ServerResponse).call(res, status, ...rest)
    }) as typeof res.writeHead
    res.flushHeaders = () => {
      if (!decide(res.statusCode)) native.flushHeaders.call(res)
    }
    res.write = ((...args: unknown[]) => {
      if (decide(res.statusCode)) return true
      return (native.write as (...a: unknown[]) => boolean).apply(res, args)
    }) as typeof res.write
    res.end = ((...args: unknown[]) => {
      if (!decide(res.statusCode)) {
        const result = (native.end as (...a: unknown[]) => ServerResponse).apply(res, args)
        finished()
        return result
      }
      // Whatever the first attempt set (its compression, its cache tags) goes with it.
      Object.assign(res, native)
      for (const name of res.getHeaderNames()) res.removeHeader(name)
      render404(req, res).then(finished, (error) => {
        console.error(error)
        if (!res.headersSent) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('Nie znaleziono strony.')
        finished()
      })
      return res
    }) as typeof res.end
    await handle(req, res)
    // Next.js may resolve before the body is complete; the held 404 is answered before this settles.
    if (held) await done
  }
