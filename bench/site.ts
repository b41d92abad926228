/**
 * npm run bench:site [-- --requests 300 --connections 10]
 *
 * The residents' pages on the production server (scripts/server.ts, as `npm start` runs it, on the
 * last `npm run build` and a seeded SQLite database with 60 more published posts), measured with
 * autocannon: the time to render one page (one connection, requests one after another) and the
 * rate with several readers at once. Pages render on every request (nothing withdrawn may linger
 * in a cache), so these are full renders: Payload queries through publicPostsWhere, React, gzip.
 */
import autocannon from 'autocannon'
import os from 'node:os'
import path from 'node:path'

import { startServer } from '../tests/e2e/server'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const REQUESTS = arg('requests', 300)
const CONNECTIONS = arg('connections', 10)
const EXTRA_POSTS = 60

const server = await startServer({
  env: (baseURL) => ({ SERVER_URL: baseURL }),
  name: 'bench-site',
})
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
  const { lexicalParagraphs } = await import('../src/seed/lexical')
  const { completedByCollection } = await import('../src/domain/create-data')
  const payload = await getPayload({ config })
  const unit = (
    await payload.find({
      collection: 'units',
      limit: 1,
      overrideAccess: true,
      where: { slug: { equals: 'osp-wislotki' } },
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
  for (let i = 1; i <= EXTRA_POSTS; i++) {
    const post = await payload.create({
      collection: 'posts',
      // workflowState: the collection's default (draft).
      data: completedByCollection<'posts'>({
        body: lexicalParagraphs(
          `Treść komunikatu numer ${i}. `.repeat(30),
          'Drugi akapit z dodatkowymi informacjami dla mieszkańców.',
        ),
        category: 'safety',
        channels: ['rss'],
        informationType: 'local_news',
        lead: `Komunikat ${i}: krótkie streszczenie dla mieszkańców.`,
        slug: `komunikat-${i}`,
        title: `Komunikat OSP numer ${i}`,
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
  await payload.destroy()

  const pages: { expect: number; name: string; path: string }[] = [
    { expect: 200, name: 'home (10 newest)', path: '/' },
    { expect: 200, name: 'news list, page 1', path: '/aktualnosci' },
    {
      expect: 200,
      name: 'news list, unit filter, page 3',
      path: '/aktualnosci?jednostka=osp-wislotki&strona=3',
    },
    {
      expect: 200,
      name: 'post with image',
      path: '/aktualnosci/festyn-rodzinny-w-szkole-podstawowej',
    },
    {
      expect: 200,
      name: 'post with BIP entry',
      path: '/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy',
    },
    { expect: 200, name: 'long post (body of 30 sentences)', path: '/aktualnosci/komunikat-30' },
    {
      expect: 404,
      name: 'withdrawn post (404 page)',
      path: '/aktualnosci/zmiana-godzin-pracy-urzedu',
    },
    { expect: 200, name: 'discussion rules', path: '/zasady-dyskusji/fanpage-urzedu-gminy' },
  ]
  const headers = { 'accept-encoding': 'gzip' }
  for (const page of pages) {
    // Warm up: the first render of each route loads its code.
    for (let i = 0; i < 5; i++)
      await (await fetch(`${server.baseURL}${page.path}`, { headers })).arrayBuffer()
  }
  const run = async (page: (typeof pages)[number], connections: number) => {
    const result = await autocannon({
      amount: REQUESTS,
      connections,
      headers,
      url: `${server.baseURL}${page.path}`,
    })
    const wrong = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => Number(code) !== page.expect)
      .reduce((n, [, s]) => n + (s as { count: number }).count, 0)
    return {
      errors: result.errors + result.timeouts + wrong,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
    }
  }
  const rows: Record<string, number | string>[] = []
  for (const page of pages) {
    const one = await run(page, 1)
    const many = await run(page, CONNECTIONS)
    rows.push({
      page: page.name,
      'render p50 ms': one.p50,
      'render p99 ms': one.p99,
      [`req/s (${CONNECTIONS} conn.)`]: Math.round(many.rps),
      [`p50 ms (${CONNECTIONS} conn.)`]: many.p50,
      [`p99 ms (${CONNECTIONS} conn.)`]: many.p99,
      errors: one.errors + many.errors,
    })
  }
  console.log(
    `\nResidents' pages, ${EXTRA_POSTS} posts more than the demo seed, ${REQUESTS} requests per measurement (gzip), loopback, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`,
  )
  console.table(rows)
} finally {
  await server.stop()
}
process.exit(0)
