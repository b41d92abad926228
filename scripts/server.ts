/**
 * The production web server (`npm start`): Next.js (admin, API, public pages) behind a plain Node
 * HTTP server with two caches in front: the feed micro-cache (src/server/feed-edge.ts) and the
 * page cache for anonymous reads of the residents' site (src/server/page-cache), which the
 * content version in the database invalidates.
 */
import next from 'next'
import http from 'node:http'

import { createFeedEdge } from '../src/server/feed-edge'
import { answerMalformed, malformedRequest } from '../src/server/malformed-request'
import { withRenderedNotFound } from '../src/server/not-found-body'
import { createPageCache } from '../src/server/page-cache/page-cache'
import { readSiteVersion } from '../src/server/page-cache/read-version'
import { createVersionWatch } from '../src/server/page-cache/version-watch'
import { COOKIE_PREFIX } from '../src/server/same-origin'

const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOSTNAME || '0.0.0.0'
// Run bundled (scripts/bundled.mjs), this code sits beside package.json: in the app's folder.
const root = import.meta.dirname

const app = next({ dev: false, dir: root, hostname, port })
// A page's notFound() comes out of Next.js 16 as an empty document: answered with the rendered 404 page instead.
const handle = withRenderedNotFound(app.getRequestHandler(), (req, res) => app.render404(req, res))
await app.prepare()

const origin = () => `http://127.0.0.1:${port}`
const optional = (name: string) => Number(process.env[name]) || undefined
// One read of the content version about once a second, shared by the feed edge and the page cache.
const version = createVersionWatch(
  readSiteVersion(origin),
  optional('HEROLD_PAGE_CACHE_CHECK_MS') ?? 1000,
)
const edge = createFeedEdge(origin, 1000, version)
// HEROLD_PAGE_CACHE=false renders every page on every request, as before the cache.
const pages =
  process.env.HEROLD_PAGE_CACHE === 'false'
    ? null
    : createPageCache({
        cookiePrefix: COOKIE_PREFIX,
        maxAgeMs: optional('HEROLD_PAGE_CACHE_MAX_AGE_MS'),
        maxBytes: (optional('HEROLD_PAGE_CACHE_MB') ?? 64) * 1024 * 1024,
        origin,
        version,
      })
const server = http.createServer((req, res) => {
  const malformed = malformedRequest(req.method, req.url)
  if (malformed) return answerMalformed(req, res, malformed)
  edge
    .serve(req, res)
    .then(async (served) => served || (pages ? await pages.serve(req, res) : false))
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((error) => {
      console.error(error)
      if (!res.headersSent)
        res
          .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end('Błąd serwera. Spróbuj ponownie za chwilę.')
    })
})
server.listen(port, hostname, () =>
  console.log(`Herold ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`),
)

const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
