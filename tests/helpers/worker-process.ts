import { spawn, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * The dedicated worker as `npm run worker` starts it (bundled, on plain Node), in its own process
 * group, for the crash tests and the benchmarks that kill it or count its memory.
 */
export const spawnWorkerProcess = (options: SpawnOptions) =>
  spawn(process.execPath, [path.join(ROOT, 'scripts', 'bundled.mjs'), 'scripts/worker.ts'], {
    cwd: ROOT,
    detached: true,
    ...options,
  })
