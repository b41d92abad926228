import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') } },
  test: {
    environment: 'node',
    // One Payload instance and database per file, files one after another: SQLite and the
    // shared PostgreSQL test database are not shared between concurrent files.
    fileParallelism: false,
    hookTimeout: 120_000,
    include: ['tests/unit/**/*.test.ts', 'tests/fakes/**/*.test.ts', 'tests/int/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
})
