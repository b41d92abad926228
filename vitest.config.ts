import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') } },
  test: {
    environment: 'node',
    hookTimeout: 120_000,
    include: ['tests/unit/**/*.test.ts', 'tests/fakes/**/*.test.ts', 'tests/int/**/*.test.ts'],
    // One Payload instance and database per file (a new SQLite file, or the worker's own
    // PostgreSQL database: tests/helpers/payload.ts). Two files at a time: most of a file's time
    // is spent waiting (HTTP, SMTP, leases), which the other file uses; more would crowd 2 cores.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || 2,
    pool: 'forks',
    testTimeout: 60_000,
  },
})
