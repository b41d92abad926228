import type { ChildProcess } from 'node:child_process'

import fs from 'node:fs'

import { spawnWorkerProcess } from './worker-process'

/**
 * The worker processes of the crash test (tests/int/crash.test.ts): scripts/worker.ts started as
 * in production (`npm run worker`: bundled, on plain Node), each in its own process group, all
 * writing to one log.
 */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A worker's environment: the test's database, media, fakes and key, and a short lease. */
export const workerEnv = (leaseMs: string) => ({
  DATABASE_URI: process.env.DATABASE_URI!,
  // Well above the fake's delay: a timeout is retried only after 30 s, which this test would
  // have to wait out (timeouts have their own tests in fanout.test.ts).
  FACEBOOK_GRAPH_TIMEOUT_MS: '5000',
  FACEBOOK_GRAPH_URL: process.env.FACEBOOK_GRAPH_URL!,
  FACEBOOK_GRAPH_VERSION: process.env.FACEBOOK_GRAPH_VERSION!,
  HEROLD_AUTOSEED: 'false',
  // Tokens were sealed with this key when the test created the channel accounts.
  HEROLD_ENCRYPTION_KEY: process.env.HEROLD_ENCRYPTION_KEY!,
  HEROLD_FANOUT_LEASE_MS: leaseMs,
  HEROLD_JOBS_AUTORUN: 'false',
  HOME: process.env.HOME ?? '/tmp',
  MEDIA_DIR: process.env.MEDIA_DIR!,
  // --conditions=production avoids a Node 20 top-level-await flake in Lexical.
  NODE_OPTIONS: '--no-deprecation --conditions=production',
  PATH: process.env.PATH ?? '',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
  SERVER_URL: process.env.SERVER_URL!,
  TMPDIR: process.env.TMPDIR ?? '/tmp',
})

/** Starts, watches and kills worker processes; `logFile` collects what they write. */
export const workerHarness = (
  env: ReturnType<typeof workerEnv>,
  logFile: string,
  elapsed: () => string,
) => {
  let generation = 0
  let worker: ChildProcess | undefined
  const logTail = () => {
    const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : ''
    return text.split('\n').slice(-60).join('\n')
  }
  const startedWorkers = () =>
    fs.existsSync(logFile)
      ? fs.readFileSync(logFile, 'utf8').split('Herold worker started').length - 1
      : 0
  const spawnWorker = () => {
    const log = fs.openSync(logFile, 'a')
    fs.writeSync(log, `\n===== worker ${++generation} at ${elapsed()} =====\n`)
    const child = spawnWorkerProcess({
      // No NODE_ENV: the worker runs as it does in production, not as a test.
      env: env as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', log, log],
    })
    fs.closeSync(log)
    const exited = new Promise<{ code: null | number; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    worker = child
    return { child, exited }
  }
  const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null
  /** Polls until `check` holds; fails early when the worker died by itself or the time is up. */
  const waitUntil = async (
    check: () => boolean | Promise<boolean>,
    child: ChildProcess,
    timeoutMs: number,
    what: string,
  ) => {
    const until = Date.now() + timeoutMs
    while (!(await check())) {
      if (!alive(child))
        throw new Error(
          `worker exited (${child.exitCode ?? child.signalCode}) while waiting for ${what}\n${logTail()}`,
        )
      if (Date.now() > until) return false
      await sleep(100)
    }
    return true
  }
  /** Kills the last worker's process group if it still runs (a test that failed half-way). */
  const killLast = () => {
    if (worker?.pid && worker.exitCode === null && worker.signalCode === null) {
      try {
        process.kill(-worker.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
  }
  return {
    alive,
    generation: () => generation,
    killLast,
    logTail,
    spawnWorker,
    startedWorkers,
    waitUntil,
  }
}
