import { defineConfig } from 'vitest/config'

/**
 * Browser end-to-end tests: `npm run build` first, then `npm run test:e2e`. Each file starts the
 * production server (`next start`) on a fresh, seeded SQLite database and drives it with Chromium.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // One server and one browser per file; files one after another (2 cores, one heavy admin each).
    fileParallelism: false,
    // Seeding (~12 s) plus starting the server and Chromium.
    hookTimeout: 180_000,
    include: ['tests/e2e/**/*.e2e.ts'],
    pool: 'forks',
    // A step logs in and clicks through the admin: generous, since the admin is heavy on 2 cores.
    testTimeout: 240_000,
  },
})
