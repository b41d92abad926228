import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** The project root (this file is tests/e2e/server.ts). */
export const ROOT = path.resolve(import.meta.dirname, '..', '..')
export const RESULTS_DIR = path.join(ROOT, 'test-results', 'e2e')

export type E2EServer = {
  baseURL: string
  /** Temporary directory of this run: the database, uploaded media and the logs. */
  dir: string
  /** The server's process (tsx, leading a process group with the Node.js process it starts). */
  pid: number
  stop: () => Promise<void>
}

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)
const tail = (file: string, lines = 40) => {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no log)'
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: null | number,
  ) {
    super(message)
  }
}

const run = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string; timeoutMs: number },
) =>
  new Promise<void>((resolve, reject) => {
    const out = fs.openSync(options.log, 'a')
    const child = spawn(command, args, {
      cwd: options.cwd,
      detached: true,
      env: options.env,
      stdio: ['ignore', out, out],
    })
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL')
      reject(
        new Error(
          `${path.basename(command)} ${args.join(' ')} did not finish within ${options.timeoutMs / 1000} s:\n${tail(options.log)}`,
        ),
      )
    }, options.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      fs.closeSync(out)
      if (code === 0) resolve()
      else
        reject(
          new ExitError(
            `${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail(options.log)}`,
            code,
          ),
        )
    })
  })

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  if (child.pid == null) return
  try {
    // Negative pid: the whole process group the child leads (spawned detached), not just the child.
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** The test runs the last build: say so when the sources it is built from changed after it. */
const warnIfBuildIsStale = () => {
  const built = fs.statSync(path.join(ROOT, '.next', 'BUILD_ID')).mtimeMs
  const newer: string[] = []
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name))
    else if (/\.(tsx?|mjs|scss|json)$/.test(entry) && stat.mtimeMs > built)
      newer.push(path.relative(ROOT, entry))
  }
  for (const entry of [
    'collections',
    'plugins',
    'src',
    'payload.config.ts',
    'next.config.mjs',
    'package-lock.json',
  ])
    visit(path.join(ROOT, entry))
  if (newer.length) {
    console.warn(
      `The production build is older than ${newer.length} source file(s) (${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ', …' : ''}): run \`npm run build\` to test the current code.`,
    )
  }
}

export type ServerOptions = {
  /**
   * Extra environment of the server only (not of the seed, which runs before it: the demo data is
   * seeded as on an install whose channels are not configured yet). A function gets the server's
   * base URL, e.g. for SERVER_URL.
   */
  env?: Record<string, string> | ((baseURL: string) => Record<string, string>)
  /** Names the server's log kept in test-results/e2e (`server-<name>.log`; default `server.log`). */
  name?: string
  /**
   * Another web process on the database of a server already running (no seed of its own); it
   * leaves the directory to that server, so stop it first.
   */
  shareWith?: E2EServer
}

/**
 * Starts the production build (`next start`) on a new, seeded SQLite database in a temporary
 * directory. The seed and the server keep their uploads there too (MEDIA_DIR) and run with it as
 * their working directory, so nothing they write lands in the repository.
 */
export const startServer = async (options: ServerOptions = {}): Promise<E2EServer> => {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error(
      'No production build: .next/BUILD_ID is missing. Run `npm run build` first, then `npm run test:e2e`.',
    )
  }
  warnIfBuildIsStale()
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const shared = options.shareWith
  const dir = shared?.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'herold-e2e-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    HEROLD_AUTOSEED: 'false',
    HEROLD_DB_PUSH: 'false',
    MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    NODE_OPTIONS: '--no-deprecation',
    PAYLOAD_SECRET: 'herold-e2e-secret-not-for-production',
    // Tests read a page right after writing through the API: each request asks the database for
    // the content version (pages still come from the cache). The page cache's own test
    // (page-cache.e2e.ts) runs at the production interval.
    HEROLD_PAGE_CACHE_CHECK_MS: '1',
  }
  delete env.SERVER_URL
  // Channels only when a test configures them (options.env): never the real Page of the shell running the tests.
  for (const name of Object.keys(env))
    if (/^(FACEBOOK_|GROUP_WEBHOOK_)/.test(name)) delete env[name]

  // Everything this run leaves behind goes with it, unless HEROLD_E2E_KEEP_TMP asks to keep it.
  const removeDir = () => {
    if (shared) return
    if (process.env.HEROLD_E2E_KEEP_TMP) console.log(`E2E files kept in ${dir}`)
    else fs.rmSync(dir, { force: true, recursive: true })
  }

  const seedLog = path.join(dir, 'seed.log')
  if (!shared)
    try {
      // The production conditions load Lexical's build without the top-level awaits that Node 20
      // sometimes never settles (the same flag as `npm run seed`).
      await run(
        bin('tsx'),
        ['--tsconfig', path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'scripts', 'seed.ts')],
        {
          cwd: dir,
          env: { ...env, NODE_OPTIONS: '--no-deprecation --conditions=production' },
          log: seedLog,
          timeoutMs: 120_000,
        },
      )
    } catch (error) {
      if (fs.existsSync(seedLog)) fs.copyFileSync(seedLog, path.join(RESULTS_DIR, 'seed.log'))
      removeDir()
      throw error
    }

  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const serverLog = path.join(dir, shared ? `server-${port}.log` : 'server.log')
  const out = fs.openSync(serverLog, 'a')
  const extraEnv = typeof options.env === 'function' ? options.env(baseURL) : options.env
  // The production server as `npm start` runs it: Next.js behind scripts/server.ts (feed and page
  // caches), bundled, on plain Node whose heap grows in small steps.
  const server = spawn(
    process.execPath,
    ['--heap-growing-percent=10', path.join(ROOT, 'scripts', 'bundled.mjs'), 'scripts/server.ts'],
    {
      cwd: dir,
      detached: true,
      env: {
        ...env,
        HOSTNAME: '127.0.0.1',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        ...extraEnv,
      },
      stdio: ['ignore', out, out],
    },
  )
  fs.closeSync(out)
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  // A detached server outlives the test process unless told otherwise (e.g. when vitest is interrupted).
  const orphanGuard = () => killGroup(server, 'SIGKILL')
  process.once('exit', orphanGuard)

  const stop = async () => {
    killGroup(server, 'SIGTERM')
    const gone = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
    ])
    if (!gone) {
      killGroup(server, 'SIGKILL')
      await exited
    }
    // Also whatever the server started in its group, should the leader have gone first.
    killGroup(server, 'SIGKILL')
    process.off('exit', orphanGuard)
    fs.copyFileSync(
      serverLog,
      path.join(RESULTS_DIR, options.name ? `server-${options.name}.log` : 'server.log'),
    )
    removeDir()
  }

  // Ready when the login page renders (the admin answers 200 even while redirecting, so check the body).
  const deadline = Date.now() + 90_000
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      const log = tail(serverLog)
      await stop()
      throw new Error(`the production server exited before it was ready:\n${log}`)
    }
    try {
      const response = await fetch(`${baseURL}/admin/login`, {
        headers: { 'accept-language': 'pl' },
        signal: AbortSignal.timeout(10_000),
      })
      if (response.ok && (await response.text()).includes('Zaloguj')) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      const log = tail(serverLog)
      await stop()
      throw new Error(`the production server did not serve /admin/login within 90 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { baseURL, dir, pid: server.pid!, stop }
}
