/**
 * npm run bench:site [-- --duration 8 --connections 50 --runs 7]
 *
 * The residents' pages on the production server (scripts/server.ts, as `npm start` runs it, on the
 * last `npm run build` and a seeded SQLite database with 100 more published posts), measured with
 * autocannon side by side with nginx serving the very same bytes from files (what Herold sent,
 * gzip): requests per second, p99 and the ratio to nginx, in one run. Then the withdrawal end to
 * end on two web processes over the one database (BIP entry withdrawn through the API → the page
 * answers 404 and the feed lacks the post on both), and the web process's idle memory.
 */
import autocannon from 'autocannon'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { pageEtag } from '../src/server/page-cache/etag'
import { restClient } from '../tests/e2e/rest'
import { startServer } from '../tests/e2e/server'
import { fillSite } from './site-data'
import { startNginx } from './nginx'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const DURATION = arg('duration', 8)
const CONNECTIONS = arg('connections', 50)
const RUNS = arg('runs', 7)
const EXTRA_POSTS = 100
const APPROVER = 'sekretarz@wislotki.example'

const PAGES: { name: string; path: string; target: boolean }[] = [
  { name: 'post page', path: '/aktualnosci/festyn-rodzinny-w-szkole-podstawowej', target: true },
  { name: 'home', path: '/', target: true },
  { name: 'list /aktualnosci', path: '/aktualnosci', target: true },
  { name: 'rules page', path: '/zasady-dyskusji/fanpage-urzedu-gminy', target: false },
  { name: 'moderation register', path: '/rejestr-moderacji', target: false },
]
const GZIP = { 'accept-encoding': 'gzip' }

/** Resident set of the largest process in the server's process group (the one running Next.js), MB. */
const groupRss = (pgid: number) => {
  let kb = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const rss = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'))
      kb = Math.max(kb, Number(rss?.[1] ?? 0))
    } catch {
      // The process ended meanwhile.
    }
  }
  return Math.round(kb / 1024)
}

const measure = async (url: string) => {
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: DURATION,
    headers: GZIP,
    url,
  })
  return {
    errors: result.errors + result.timeouts + result.non2xx,
    p99: result.latency.p99,
    rps: result.requests.average,
  }
}

/** The bytes as sent (fetch() would decompress them). */
const rawGzip = (url: string) =>
  new Promise<Buffer>((resolve, reject) => {
    http
      .get(url, { headers: GZIP }, (res) => {
        if (res.statusCode !== 200 || res.headers['content-encoding'] !== 'gzip') {
          res.resume()
          return reject(new Error(`${url}: ${res.statusCode} ${res.headers['content-encoding']}`))
        }
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve(Buffer.concat(chunks)))
      })
      .on('error', reject)
  })

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const env = (baseURL: string) => ({ HEROLD_PAGE_CACHE_CHECK_MS: '1000', SERVER_URL: baseURL })
const a = await startServer({ env, name: 'bench-site-a' })
let b: Awaited<ReturnType<typeof startServer>> | undefined
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
const nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herold-bench-nginx-'))
try {
  const withdrawable = await fillSite(a.dir, EXTRA_POSTS, RUNS)
  b = await startServer({ env, name: 'bench-site-b', shareWith: a })

  // The same bytes for nginx: each page fetched once from Herold, gzip as readers get it.
  const files: Record<string, Buffer> = {}
  for (const [i, page] of PAGES.entries()) {
    files[`page-${i}`] = await rawGzip(`${a.baseURL}${page.path}`)
  }
  nginx = await startNginx(nginxDir, files)

  const { api, tokenOf } = restClient(() => a.baseURL)
  const siteVersion = async () => (await api('/globals/site-version?depth=0')).body.version
  const versionBefore = await siteVersion()
  // Warm-up: the cache's path compiled by the JIT before anything is measured (nginx needs none).
  await autocannon({ connections: CONNECTIONS, duration: 3, headers: GZIP, url: `${a.baseURL}/` })
  const rows: Record<string, number | string>[] = []
  for (const [i, page] of PAGES.entries()) {
    // From the cache: the answer carries the cache's tag (the version's, for this path).
    const cached =
      (await fetch(`${a.baseURL}${page.path}`)).headers.get('etag') ===
      pageEtag(await siteVersion(), page.path, 'gzip')
    const herold = await measure(`${a.baseURL}${page.path}`)
    const reference = await measure(`${nginx.baseURL}/page-${i}`)
    const ratio = herold.rps / reference.rps
    rows.push({
      page: page.name,
      cached: cached ? 'yes' : 'NO',
      'bytes (gzip)': files[`page-${i}`].length,
      'Herold req/s': Math.round(herold.rps),
      'Herold p99 ms': herold.p99,
      'nginx req/s': Math.round(reference.rps),
      'nginx p99 ms': reference.p99,
      ratio: ratio.toFixed(2),
      target: page.target
        ? ratio >= 0.3 && herold.p99 <= 50
          ? 'met (≥ 0.3×, p99 ≤ 50 ms)'
          : 'MISSED (≥ 0.3×, p99 ≤ 50 ms)'
        : '',
      errors: herold.errors + reference.errors,
    })
  }

  const versionStayed = (await siteVersion()) === versionBefore
  // Withdrawal end to end: warm both processes, withdraw through the API, wait until both agree.
  const token = await tokenOf(APPROVER)
  const times: number[] = []
  const pageTimes: number[] = []
  for (const { bipId, slug } of withdrawable) {
    const page = `/aktualnosci/${slug}`
    for (const server of [a, b]) {
      if ((await fetch(`${server.baseURL}${page}`)).status !== 200)
        throw new Error(`${page} not up`)
      if (!(await (await fetch(`${server.baseURL}/feeds/all.xml`)).text()).includes(page))
        throw new Error(`${page} not in the feed`)
    }
    const started = Date.now()
    const res = await api(`/bip-references/${bipId}`, {
      body: { state: 'withdrawn' },
      method: 'PATCH',
      token,
    })
    if (res.status !== 200) throw new Error(`withdrawal answered ${res.status}`)
    const pages = new Set([a.baseURL, b.baseURL])
    const feeds = new Set([a.baseURL, b.baseURL])
    while ((pages.size || feeds.size) && Date.now() - started < 10_000) {
      for (const base of [...pages])
        if ((await fetch(`${base}${page}`)).status === 404) pages.delete(base)
      if (!pages.size && pageTimes.length < times.length + 1) pageTimes.push(Date.now() - started)
      for (const base of [...feeds])
        if (!(await (await fetch(`${base}/feeds/all.xml`)).text()).includes(page))
          feeds.delete(base)
      if (pages.size || feeds.size) await new Promise((r) => setTimeout(r, 10))
    }
    if (pages.size || feeds.size) throw new Error(`${page} still shown after 10 s`)
    times.push(Date.now() - started)
    await new Promise((r) => setTimeout(r, 500))
  }

  await new Promise((r) => setTimeout(r, 3000))
  console.log(
    `\nResidents' pages: Herold (page cache) and nginx on the same bytes, ${EXTRA_POSTS} posts more than the demo seed, ${CONNECTIONS} connections, ${DURATION} s each, gzip, loopback, ${os.cpus().length} cores shared with other work (load average ${os.loadavg()[0].toFixed(1)})`,
  )
  console.table(rows)
  console.log(
    `Content version unchanged during the measurements: ${versionStayed ? 'yes' : 'NO (pages were rendered again)'}`,
  )
  console.log(
    `Withdrawal end to end on 2 web processes, ${times.length} runs (BIP entry withdrawn through the API): page 404 on both p95 ${percentile(pageTimes, 95)} ms, median ${percentile(pageTimes, 50)} ms; also out of /feeds/all.xml on both p95 ${percentile(times, 95)} ms, median ${percentile(times, 50)} ms, max ${Math.max(...times)} ms (target p95 ≤ 1000 ms)`,
  )
  console.log(
    `Web process idle RSS (Next.js process, after the load): ${groupRss(a.pid)} MB and ${groupRss(b.pid)} MB (target ≤ 400 MB)`,
  )
} finally {
  await nginx?.stop()
  fs.rmSync(nginxDir, { force: true, recursive: true })
  await b?.stop()
  await a.stop()
}
process.exit(0)
