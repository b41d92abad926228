/**
 * npm run bench:newsletter [-- --subscribers 10000]
 *
 * One digest to N confirmed subscribers, sent by the real worker (scripts/worker.ts, its own
 * process) through Payload's pooled nodemailer adapter into a loopback SMTP server (smtp-server,
 * in this process, parsing off). Then the same again with the worker killed (SIGKILL) part-way
 * and a new worker resuming. Prints messages/s, the worker's peak memory, duplicates, uncertain.
 * Database: a new SQLite file (the default), or DATABASE_URI when it is set.
 */
import type { Migration } from 'payload'

import type { ChildProcess } from 'node:child_process'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startFakeSmtp } from '../tests/fakes/smtp'
import { spawnWorkerProcess } from '../tests/helpers/worker-process'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const SUBSCRIBERS = arg('subscribers', 10_000)
const KILL_AT = arg('kill-at', 0.4)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herold-bench-newsletter-'))
const smtp = await startFakeSmtp({ parse: false })
const env: Record<string, string> = {
  ...smtp.env(),
  DATABASE_URI: process.env.DATABASE_URI ?? `file:${path.join(dir, 'bench.db')}`,
  HEROLD_AUTOSEED: 'false',
  HEROLD_JOBS_AUTORUN: 'false',
  // A killed worker's claims are judged after 3 s instead of 5 min, so the resume is measured, not waited for.
  HEROLD_NEWSLETTER_LEASE_MS: '3000',
  MEDIA_DIR: path.join(dir, 'media'),
  NODE_OPTIONS: '--no-deprecation --conditions=production',
  PAYLOAD_SECRET: 'bench-secret',
  PATH: process.env.PATH ?? '',
  SERVER_URL: 'https://wislotki.example',
  SMTP_POOL_SIZE: process.env.SMTP_POOL_SIZE ?? '10',
}
Object.assign(process.env, env)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { makeGmina, draftPost, act } = await import('../tests/helpers/fixtures')
const { startDigest, campaignProgress } = await import('../plugins/newsletter/sending')
const { newToken } = await import('../plugins/newsletter/subscription/tokens')
const payload = await getPayload({ config })
if (env.DATABASE_URI.startsWith('file:')) {
  const { migrations } = await import('../migrations/sqlite/index')
  // Payload's adapter-neutral Migration takes `unknown` args; the SQLite ones take MigrateUpArgs.
  await payload.db.migrate({ migrations: migrations as Migration[] })
}

console.log(`Preparing ${SUBSCRIBERS} confirmed subscribers…`)
const g = await makeGmina(payload)
const t0 = Date.now()
for (let i = 0; i < SUBSCRIBERS; i++) {
  // Straight through the adapter: the bench measures sending, not 10,000 admin saves.
  await payload.db.create({
    collection: 'newsletter-subscribers',
    data: {
      confirmedAt: new Date().toISOString(),
      email: `mieszkaniec${i}@example.pl`,
      manageToken: newToken(),
      preferences: { digest: 'daily', urgentAlerts: false },
      state: 'confirmed',
    },
  })
}
console.log(`  ${SUBSCRIBERS} subscribers in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

/** Publishes a post into the newsletter (its delivery is accepted into the digest). */
const publishIntoNewsletter = async (title: string) => {
  const post = await draftPost(payload, g.approver, g.office, { channels: ['newsletter'], title })
  await act(payload, g.approver, post.id, 'submit')
  await act(payload, g.approver2, post.id, 'approve')
  for (let i = 0; i < 10; i++)
    if ((await payload.jobs.run({ limit: 50, queue: 'fanout', silent: true })).noJobsRemaining)
      break
}

let worker: ChildProcess | null = null
const logFile = path.join(dir, 'worker.log')
const spawnWorker = () => {
  const log = fs.openSync(logFile, 'a')
  const child = spawnWorkerProcess({
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  worker = child
  return child
}
/** Peak resident memory (VmHWM) of the worker process, MB; 0 once it is gone. */
const peakMb = (child: ChildProcess) => {
  try {
    return (
      Number(
        /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0,
      ) / 1024
    )
  } catch {
    return 0
  }
}
const kill = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // gone
  }
}
const untilDone = async (
  campaignId: number | string,
  child: ChildProcess,
  onTick?: () => Promise<boolean>,
) => {
  let peak = 0
  for (;;) {
    peak = Math.max(peak, peakMb(child) || 0)
    if (onTick && (await onTick())) return { peak, stopped: true }
    const p = (await campaignProgress(payload, campaignId))!
    if (p.state === 'done') return { peak, stopped: false }
    if (child.exitCode !== null)
      throw new Error(`worker exited: ${fs.readFileSync(logFile, 'utf8').slice(-3000)}`)
    await sleep(100)
  }
}

const rows: Record<string, number | string>[] = []
try {
  // 1. One digest, start to end.
  await publishIntoNewsletter('Wydanie próbne: remont drogi gminnej')
  let child = spawnWorker()
  await sleep(4000)
  const before = smtp.received.length
  const startedAt = Date.now()
  // A digest slot of "now": it carries what went into the newsletter since the previous slot (this run's post).
  const first = (await startDigest(payload, 'digest_daily', new Date()))! as { id: number | string }
  const run1 = await untilDone(first.id, child)
  const seconds1 = (Date.now() - startedAt) / 1000
  const sent1 = smtp.received.length - before
  kill(child, 'SIGTERM')
  await sleep(1500)
  rows.push({
    'messages/s': Math.round(sent1 / seconds1),
    messages: sent1,
    run: 'digest, one worker',
    seconds: seconds1.toFixed(1),
    'worker peak RSS MB': Math.round(run1.peak),
  })

  // 2. The next digest, the worker killed part-way, a new worker resuming.
  await publishIntoNewsletter('Wydanie próbne: zebranie wiejskie')
  child = spawnWorker()
  await sleep(4000)
  const base = smtp.received.length
  const second = (await startDigest(payload, 'digest_daily', new Date()))! as {
    id: number | string
  }
  const killStarted = Date.now()
  const killed = await untilDone(
    second.id,
    child,
    async () => smtp.received.length - base >= SUBSCRIBERS * KILL_AT,
  )
  kill(child, 'SIGKILL')
  const atKill = smtp.received.length - base
  const beforeKillSeconds = (Date.now() - killStarted) / 1000
  await sleep(500)
  child = spawnWorker()
  const resumeStarted = Date.now()
  const resumedAtCount = smtp.received.length - base
  const run2 = await untilDone(second.id, child)
  const seconds2 = (Date.now() - resumeStarted) / 1000
  const progress = (await campaignProgress(payload, second.id))!
  const sent2 = smtp.received.length - base - resumedAtCount
  kill(child, 'SIGTERM')
  rows.push({
    'messages/s': Math.round(atKill / beforeKillSeconds),
    messages: atKill,
    run: 'digest until SIGKILL',
    seconds: beforeKillSeconds.toFixed(1),
    'worker peak RSS MB': Math.round(killed.peak),
  })
  rows.push({
    'messages/s': Math.round(sent2 / seconds2),
    messages: sent2,
    run: 'resumed by a new worker',
    seconds: seconds2.toFixed(1),
    'worker peak RSS MB': Math.round(run2.peak),
  })

  const perRecipient = new Map<string, number>()
  for (const m of smtp.received.slice(base))
    for (const r of m.to) perRecipient.set(r, (perRecipient.get(r) ?? 0) + 1)
  const duplicates = [...perRecipient.values()].filter((n) => n > 1).length
  console.log(
    `\nNewsletter: ${SUBSCRIBERS} confirmed subscribers, one digest each run, SMTP pool ${env.SMTP_POOL_SIZE} connections, ${os.cpus().length} cores, ${env.DATABASE_URI.split(':')[0]}`,
  )
  console.table(rows)
  const peak = Math.round(Math.max(run1.peak, killed.peak, run2.peak))
  console.log(
    `Worker peak RSS: ${peak} MB (target ≤ 300 MB for 10,000 recipients): ${peak <= 300 ? 'met' : 'missed'}`,
  )
  console.log(
    `Crash run: killed after ${atKill} messages; ${progress.sent} recorded sent, ${progress.uncertain} uncertain (claimed by the killed worker, not resent), ${progress.failed + progress.bounced} failed; recipients with more than one message: ${duplicates}; recipients with none: ${SUBSCRIBERS - perRecipient.size} (= uncertain ones never delivered)`,
  )
} finally {
  if (worker) kill(worker, 'SIGKILL')
  await payload.destroy()
  await smtp.close()
}
process.exit(0)
