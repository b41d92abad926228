/**
 * npm run bench:fanout [-- --posts 1000 --latency-posts 200 --rate 10]
 *
 * Four channel accounts per post on loopback fakes: the office's Page (Graph API) and three
 * residents' groups (operator webhooks); RSS and the newsletter join with the residents' channels.
 * - Throughput: N posts approved while no worker runs (a backlog of N × 4 deliveries), drained by
 *   the same queue runs the worker makes.
 * - Latency: the real worker (1 s ticks) running while posts are approved at a steady rate; time
 *   from the approval returning to the fake receiving the request.
 * - Floor: the same HTTP calls made by a bare loop with the same concurrency.
 * Database: a new SQLite file (the default), or DATABASE_URI when it is set.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { signWebhookBody } from '../plugins/fanout/exports/server'
import { startFakeGraph } from '../tests/fakes/graph-api'
import { startFakeOperator } from '../tests/fakes/group-operator'
import { spawnWorkerProcess } from '../tests/helpers/worker-process'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const POSTS = arg('posts', 1000)
const WORKERS = arg('workers', 1)
const LATENCY_POSTS = arg('latency-posts', 200)
const RATE = arg('rate', 10)
const BATCH = arg('batch', 100)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herold-bench-'))
const page = await startFakeGraph({ pageId: '2001', token: 'bench-page-token' })
const groups = await Promise.all(
  [0, 1, 2].map((i) => startFakeOperator({ secret: `bench-secret-${i}` })),
)
Object.assign(process.env, {
  DATABASE_URI: process.env.DATABASE_URI ?? `file:${path.join(dir, 'bench.db')}`,
  FACEBOOK_GRAPH_URL: page.url,
  FACEBOOK_GRAPH_VERSION: page.version,
  HEROLD_AUTOSEED: 'false',
  HEROLD_ENCRYPTION_KEY: 'bench-encryption-key-0123456789',
  HEROLD_JOBS_AUTORUN: 'false',
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: 'bench-secret',
  SERVER_URL: 'https://wislotki.example',
})

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { startWorker } = await import('../src/worker/run')
const { act, draftPost, makeGmina } = await import('../tests/helpers/fixtures')
const { publishRules } = await import('../tests/helpers/rules')

const payload = await getPayload({ config })
await payload.db.migrate()
const g = await makeGmina(payload)
// Social channels are switched on only under published rules of discussion.
const pageRules = await publishRules(payload, 'Zasady dyskusji na fanpage', 'facebook_page')
const groupRules = await publishRules(payload, 'Zasady dyskusji w grupach', 'facebook_group')
await payload.create({
  collection: 'channel-accounts',
  data: {
    discussionRules: pageRules.id,
    enabled: true,
    fanpage: { pageId: page.pageId, pageToken: 'bench-page-token' },
    kind: 'fanpage',
    name: 'Fanpage',
  },
  overrideAccess: true,
})
for (const [i, group] of groups.entries()) {
  await payload.create({
    collection: 'channel-accounts',
    data: {
      discussionRules: groupRules.id,
      enabled: true,
      group: { mode: 'webhook', webhookSecret: `bench-secret-${i}`, webhookUrl: group.url },
      kind: 'group',
      name: `Grupa ${i}`,
    },
    overrideAccess: true,
  })
}
const CHANNELS = 1 + groups.length

/** Creates, submits and approves one post; returns when the approval (and its outbox) is written. */
const approvePost = async (title: string) => {
  const post = await draftPost(payload, g.approver, g.office, {
    channels: ['fanpage', 'group'],
    title,
  })
  await act(payload, g.approver, post.id, 'submit')
  await act(payload, g.approver2, post.id, 'approve')
}
const delivered = () => page.posts.length + groups.reduce((n, gr) => n + gr.posts.length, 0)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const memory = () => `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB RSS`

// 1. Throughput on a backlog.
let started = Date.now()
for (let i = 0; i < POSTS; i++) await approvePost(`Wpis przepustowości ${i}`)
const approvalSeconds = (Date.now() - started) / 1000
// With --workers N > 1, N dedicated worker processes (npm run worker) drain the backlog together,
// as several workers would in production; otherwise this process runs the same queue runs itself.
const spawnWorkers = () =>
  Array.from({ length: WORKERS }, () =>
    spawnWorkerProcess({
      detached: false,
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation --conditions=production' },
      stdio: 'ignore',
    }),
  )
started = Date.now()
if (WORKERS > 1) {
  // Workers take a few seconds to start: time from the first delivery they make.
  const children = spawnWorkers()
  while (delivered() === 0) await new Promise((r) => setTimeout(r, 20))
  started = Date.now()
  const deadline = Date.now() + 600_000
  while (delivered() < POSTS * CHANNELS && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20))
  for (const child of children) child.kill('SIGTERM')
  if (delivered() < POSTS * CHANNELS)
    throw new Error(`Stuck at ${delivered()} of ${POSTS * CHANNELS}`)
} else {
  while (delivered() < POSTS * CHANNELS) {
    const urgent = await payload.jobs.run({ limit: BATCH, queue: 'fanout-urgent', silent: true })
    const normal = await payload.jobs.run({ limit: BATCH, queue: 'fanout', silent: true })
    if (urgent.noJobsRemaining && normal.noJobsRemaining && delivered() < POSTS * CHANNELS)
      throw new Error(`Stuck at ${delivered()} of ${POSTS * CHANNELS}`)
  }
}
const drainSeconds = (Date.now() - started) / 1000
const throughput = (POSTS * CHANNELS) / drainSeconds

// 2. Latency with the real worker running.
const worker = await startWorker(payload)
const approvedAt = new Map<string, number>()
const baseline = { groups: groups.map((gr) => gr.requests.length), page: page.requests.length }
started = Date.now()
for (let i = 0; i < LATENCY_POSTS; i++) {
  const due = started + (i * 1000) / RATE
  await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())))
  const title = `Wpis opóźnienia ${i}`
  await approvePost(title)
  approvedAt.set(title, Date.now())
}
const deadline = Date.now() + 120_000
while (delivered() < (POSTS + LATENCY_POSTS) * CHANNELS && Date.now() < deadline)
  await new Promise((r) => setTimeout(r, 100))
await worker.stop()
const latencies: number[] = []
for (const post of page.posts) {
  const title = [...approvedAt.keys()].find(
    (t) => post.message?.includes(`${t}\n`) || post.message?.endsWith(t),
  )
  if (title) latencies.push(new Date(post.createdTime).getTime() - approvedAt.get(title)!)
}
for (const group of groups) {
  for (const post of group.posts) {
    const title = String(post.body.title)
    if (approvedAt.has(title)) latencies.push(post.at - approvedAt.get(title)!)
  }
}
void baseline

// 3. The floor: the same HTTP calls in a bare loop, BATCH at a time.
const floorCalls: (() => Promise<Response>)[] = []
for (let i = 0; i < POSTS; i++) {
  floorCalls.push(() =>
    fetch(`${page.url}/${page.version}/${page.pageId}/feed`, {
      body: new URLSearchParams({ link: 'https://bip.example/x', message: `Pętla ${i}` }),
      headers: { authorization: 'Bearer bench-page-token' },
      method: 'POST',
    }),
  )
  for (const [j, group] of groups.entries()) {
    floorCalls.push(() => {
      const body = JSON.stringify({ deliveryId: `floor-${i}-${j}`, text: `Pętla ${i}` })
      const ts = Math.floor(Date.now() / 1000)
      return fetch(group.url, {
        body,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `floor-${i}-${j}`,
          'x-herold-signature': signWebhookBody(`bench-secret-${j}`, ts, body),
          'x-herold-timestamp': String(ts),
        },
        method: 'POST',
      })
    })
  }
}
started = Date.now()
for (let i = 0; i < floorCalls.length; i += BATCH)
  await Promise.all(
    floorCalls.slice(i, i + BATCH).map(async (call) => (await call()).arrayBuffer()),
  )
const floor = floorCalls.length / ((Date.now() - started) / 1000)

const pageDuplicates = page.posts.length - new Set(page.posts.map((p) => p.message)).size
console.log(`
Herold fan-out benchmark (${process.env.DATABASE_URI?.split(':')[0]}, ${os.cpus().length} cores, Node ${process.version})
  channels per post:            ${CHANNELS} (1 Page via Graph API, ${groups.length} groups via operator webhooks)
  backlog:                      ${POSTS} posts = ${POSTS * CHANNELS} deliveries (approving them took ${approvalSeconds.toFixed(1)} s)
  throughput:                   ${throughput.toFixed(0)} deliveries/s (drained in ${drainSeconds.toFixed(1)} s by ${WORKERS > 1 ? `${WORKERS} worker processes` : 'this process'})
  latency (worker, ${RATE} posts/s): p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${Math.max(...latencies)} ms over ${latencies.length} deliveries
  floor (bare HTTP loop):       ${floor.toFixed(0)} requests/s
  duplicates on the Page:       ${pageDuplicates}
  memory:                       ${memory()}
  targets:                      ≥ 200 deliveries/s ${throughput >= 200 ? 'met' : 'NOT met'}; p95 ≤ 2000 ms ${percentile(latencies, 95) <= 2000 ? 'met' : 'NOT met'}
`)
await payload.destroy()
await Promise.all([page.close(), ...groups.map((gr) => gr.close())])
fs.rmSync(dir, { force: true, recursive: true })
process.exit(0)
