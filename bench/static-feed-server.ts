/**
 * The comparison server of bench:rss, in a process of its own like the production server: one
 * feed's bytes (FEED_FILE) with its validators (FEED_ETAG, FEED_GZIP_ETAG, FEED_LAST_MODIFIED),
 * the same conditional logic, gzip compressed once. Prints its port on the first line of stdout.
 */
import fs from 'node:fs'
import http from 'node:http'
import { gzipSync } from 'node:zlib'

import { acceptsGzip, notModified } from '../plugins/fanout/exports/feed-http'

const body = fs.readFileSync(process.env.FEED_FILE!)
const gz = gzipSync(body, { level: 9 })
const etag = process.env.FEED_ETAG!
const gzipEtag = process.env.FEED_GZIP_ETAG!
const lastModified = new Date(process.env.FEED_LAST_MODIFIED!)

const server = http.createServer((req, res) => {
  const gzip = acceptsGzip(req.headers['accept-encoding'])
  const headers: http.OutgoingHttpHeaders = {
    'Cache-Control': 'public, max-age=300',
    ETag: gzip ? gzipEtag : etag,
    'Last-Modified': lastModified.toUTCString(),
    Vary: 'Accept-Encoding',
  }
  const conditional = {
    ifModifiedSince: req.headers['if-modified-since'],
    ifNoneMatch: req.headers['if-none-match'],
  }
  if (
    notModified(conditional, { etag, lastModified }) ||
    notModified(conditional, { etag: gzipEtag, lastModified })
  ) {
    res.writeHead(304, headers).end()
    return
  }
  const bytes = gzip ? gz : body
  res
    .writeHead(200, {
      ...headers,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': bytes.length,
      'Content-Type': 'application/rss+xml; charset=utf-8',
    })
    .end(bytes)
})
server.listen(0, '127.0.0.1', () =>
  console.log(
    JSON.stringify({ port: (server.address() as { port: number }).port, gzipped: gz.length }),
  ),
)
process.on('SIGTERM', () => server.close(() => process.exit(0)))
