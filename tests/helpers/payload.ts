import type { Migration, Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'

import { databaseKind } from '../../src/db'

const withClient = async <T>(uri: string, run: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * The PostgreSQL database of this Vitest worker: files run in parallel, one per worker at a time,
 * so each worker gets its own database next to TEST_DATABASE_URI's (created on first use) and
 * empties it, so that each test file starts from nothing.
 */
const postgresForWorker = async (shared: string) => {
  const url = new URL(shared)
  const name = `${url.pathname.slice(1)}_w${process.env.VITEST_POOL_ID ?? '0'}`
  await withClient(shared, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount)
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        // Another worker's file created it first (duplicate_database / unique_violation on the catalog).
        if (error.code !== '42P04' && error.code !== '23505') throw error
      })
  })
  url.pathname = `/${name}`
  await withClient(url.toString(), (client) =>
    client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'),
  )
  return url.toString()
}

/**
 * A Payload instance on a fresh database, built by the committed migrations (so the tests also
 * prove the migrations match the schema). With TEST_DATABASE_URI (CI: PostgreSQL) each Vitest
 * worker uses an emptied database of its own beside it; otherwise each test file gets a new SQLite file.
 */
export const startPayload = async (): Promise<Payload> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herold-test-'))
  const shared = process.env.TEST_DATABASE_URI
  const uri = shared
    ? databaseKind(shared) === 'postgres'
      ? await postgresForWorker(shared)
      : shared
    : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const kind = databaseKind(uri)
  process.env.DATABASE_URI = uri
  process.env.HEROLD_AUTOSEED = 'false'
  process.env.PAYLOAD_SECRET ??= 'test-secret-for-vitest-only'
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  // While a schema change is being written, HEROLD_DB_PUSH=true builds the schema from the config
  // instead (the migrations are regenerated before it is committed; CI never sets it).
  if (process.env.HEROLD_DB_PUSH === 'true') return payload
  // Vitest compiles the TypeScript migrations; Payload's own loader would import them natively.
  const { migrations } =
    kind === 'postgres'
      ? await import('../../migrations/postgres/index')
      : await import('../../migrations/sqlite/index')
  // Payload types a migration's arguments as `unknown`; the generated ones name theirs.
  await payload.db.migrate({ migrations: migrations as Migration[] })
  return payload
}
