/**
 * npm run bench:rss [-- --duration 10 --connections 50]
 *
 * The production server (scripts/server.ts, as `npm start` runs it, on the last `npm run build` and a seeded SQLite database)
 * serving the all-posts feed with 50 items, measured with autocannon: full 200 answers (plain and
 * gzip, which the server compresses once per feed version) and conditional requests answered 304.
 * For comparison the same bytes, with the same conditional logic and the same precompressed gzip,
 * from a minimal Node static server, and the feed route alone through Next.js's pipeline (what the
 * server's feed edge spares readers).
 */
import autocannon from 'autocannon'
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

import { ROOT, startServer } from '../tests/e2e/server'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const DURATION = arg('duration', 10)
const CONNECTIONS = arg('connections', 50)
const ITEMS = 50

const server = await startServer({ name: 'bench-rss' })
let staticServer: ChildProcess | undefined
try {
  // Fill the server's database from here (SQLite in WAL mode takes a second process).
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(server.dir, 'e2e.db')}`,
    HEROLD_AUTOSEED: 'false',
    HEROLD_JOBS_AUTORUN: 'false',
    MEDIA_DIR: path.join(server.dir, 'media'),
    PAYLOAD_SECRET: 'herold-e2e-secret-not-for-production',
  })
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { refreshFeeds } = await import('../plugins/fanout/rss/feed-store')
  const { lexicalParagraphs } = await import('../src/seed/lexical')
  const { completedByCollection } = await import('../src/domain/create-data')
  const payload = await getPayload({ config })
  const unit = (
    await payload.find({
      collection: 'units',
      limit: 1,
      overrideAccess: true,
      where: { trusted: { equals: true } },
    })
  ).docs[0]
  const admin = (
    await payload.find({
      collection: 'users',
      limit: 1,
      overrideAccess: true,
      where: { role: { equals: 'admin' } },
    })
  ).docs[0]
  const { totalDocs } = await payload.count({
    collection: 'posts',
    overrideAccess: true,
    where: { and: [{ workflowState: { equals: 'published' } }, { channels: { in: ['rss'] } }] },
  })
  for (let i = totalDocs; i < ITEMS; i++) {
    const post = await payload.create({
      collection: 'posts',
      // workflowState: the collection's default (draft).
      data: completedByCollection<'posts'>({
        body: lexicalParagraphs(
          `Treść komunikatu numer ${i + 1}. `.repeat(20),
          'Drugi akapit z dodatkowymi informacjami dla mieszkańców.',
        ),
        category: 'safety',
        channels: ['rss'],
        informationType: 'local_news',
        lead: `Komunikat ${i + 1}: krótkie streszczenie dla czytników RSS.`,
        title: `Komunikat testowy ${i + 1}`,
        unit: unit.id,
      }),
      overrideAccess: true,
      user: admin,
    })
    // A trusted unit's post is approved and published on submission.
    await payload.update({
      collection: 'posts',
      data: { workflowAction: 'submit' },
      id: post.id,
      overrideAccess: false,
      user: admin,
    })
  }
  await refreshFeeds(payload, ['all'])
  // The server's in-process worker delivers the new posts (rebuilding feeds): let it finish first.
  const quietBy = Date.now() + 120_000
  while (Date.now() < quietBy) {
    const { totalDocs: pending } = await payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          { completedAt: { exists: false } },
          { or: [{ hasError: { equals: false } }, { hasError: { exists: false } }] },
        ],
      },
    })
    if (!pending) break
    await new Promise((r) => setTimeout(r, 500))
  }

  const url = `${server.baseURL}/feeds/all.xml`
  await new Promise((r) => setTimeout(r, 1500))
  const first = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  const xml = await first.text()
  const etag = first.headers.get('etag')!
  const items = xml.split('<item>').length - 1
  if (first.status !== 200 || items !== ITEMS)
    throw new Error(`Expected ${ITEMS} items with 200, got ${items} with ${first.status}`)
  const gzipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
  const gzipEtag = gzipped.headers.get('etag')!
  // fetch decodes gzip once: anything but the XML would mean a body compressed twice or not at all.
  if (gzipped.headers.get('content-encoding') !== 'gzip' || (await gzipped.text()) !== xml)
    throw new Error('The gzip answer does not decode to the feed')

  // The comparison: the same bytes and validators from the leanest possible Node server, in a
  // process of its own (sharing autocannon's event loop would slow it down).
  const body = Buffer.from(xml)
  fs.writeFileSync(path.join(server.dir, 'feed.xml'), body)
  staticServer = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(ROOT, 'bench', 'static-feed-server.ts')],
    {
      env: {
        ...process.env,
        FEED_ETAG: etag,
        FEED_FILE: path.join(server.dir, 'feed.xml'),
        FEED_GZIP_ETAG: gzipEtag,
        FEED_LAST_MODIFIED: first.headers.get('last-modified')!,
        NODE_OPTIONS: '--no-deprecation',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const [line] = (await once(
    readline.createInterface({ input: staticServer.stdout! }),
    'line',
  )) as [string]
  const { gzipped: gzLength, port: staticPort } = JSON.parse(line) as {
    gzipped: number
    port: number
  }
  const staticUrl = `http://127.0.0.1:${staticPort}/feeds/all.xml`

  const cases: { headers: Record<string, string>; name: string; status: number }[] = [
    { headers: {}, name: '200 plain', status: 200 },
    { headers: { 'accept-encoding': 'gzip' }, name: '200 gzip', status: 200 },
    { headers: { 'if-none-match': etag }, name: '304 If-None-Match', status: 304 },
    {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': gzipEtag },
      name: '304 If-None-Match gzip',
      status: 304,
    },
  ]
  const measure = async (target: string, headers: Record<string, string>, expected: number) => {
    const result = await autocannon({
      connections: CONNECTIONS,
      duration: DURATION,
      headers,
      url: target,
    })
    const wrong = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => Number(code) !== expected)
      .reduce((n, [, s]) => n + (s as { count: number }).count, 0)
    return {
      bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
      errors: result.errors + result.timeouts + wrong,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
    }
  }
  const rows: Record<string, string | number>[] = []
  const rates: Record<string, number> = {}
  for (const c of cases) {
    // The same route through Next.js's own pipeline: a query string is not a feed address the edge keeps.
    for (const [who, target] of [
      ['production server', url],
      ['next route only', `${url}?bench=next`],
      ['static node', staticUrl],
    ] as const) {
      const m = await measure(target, c.headers, c.status)
      rates[`${who}:${c.name}`] = m.rps
      rows.push({
        'bytes/answer': m.bytes,
        errors: m.errors,
        'latency p50 ms': m.p50,
        'latency p99 ms': m.p99,
        request: c.name,
        'req/s': Math.round(m.rps),
        server: who,
      })
    }
  }
  await payload.destroy()
  console.log(
    `\nRSS feed with ${ITEMS} items (${body.length} bytes, ${gzLength} gzipped), autocannon ${CONNECTIONS} connections × ${DURATION} s each, loopback, ${(await import('node:os')).cpus().length} cores`,
  )
  console.table(rows)
  const ratio =
    rates['production server:304 If-None-Match'] / rates['static node:304 If-None-Match']
  console.log(
    `304 rate of the production server / static server: ${(ratio * 100).toFixed(0)} % (target ≥ 50 %)`,
  )
  const nextRatio =
    rates['next route only:304 If-None-Match'] / rates['static node:304 If-None-Match']
  console.log(
    `304 rate of the Next.js route alone / static server: ${(nextRatio * 100).toFixed(0)} %`,
  )
} finally {
  staticServer?.kill('SIGTERM')
  await server.stop()
}
process.exit(0)
