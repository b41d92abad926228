/**
 * The production web server (`npm start`): Next.js (admin, API, public pages) behind a plain Node
 * HTTP server whose only addition is the feed micro-cache (src/server/feed-edge.ts).
 */
import next from 'next'
import http from 'node:http'
import path from 'node:path'

import { createFeedEdge } from '../src/server/feed-edge'
import { answerMalformed, malformedRequest } from '../src/server/malformed-request'
import { withRenderedNotFound } from '../src/server/not-found-body'

const port = Number(process.env.PORT) || 3000
const hostname = process.env.HOSTNAME || '0.0.0.0'
const root = path.resolve(import.meta.dirname, '..')

const app = next({ dev: false, dir: root, hostname, port })
// A page's notFound() comes out of Next.js 16 as an empty document: answered with the rendered 404 page instead.
const handle = withRenderedNotFound(app.getRequestHandler(), (req, res) => app.render404(req, res))
await app.prepare()

const edge = createFeedEdge(() => `http://127.0.0.1:${port}`)
const server = http.createServer((req, res) => {
  const malformed = malformedRequest(req.method, req.url)
  if (malformed) return answerMalformed(req, res, malformed)
  edge
    .serve(req, res)
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
