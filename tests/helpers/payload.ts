import type { Payload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'

import { databaseKind } from '../../src/db'

/** Empties the shared PostgreSQL test database so that each test file starts from nothing. */
const resetPostgres = async (uri: string) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
  } finally {
    await client.end()
  }
}

/**
 * A Payload instance on a fresh database, built by the committed migrations (so the tests also
 * prove the migrations match the schema). TEST_DATABASE_URI (CI: PostgreSQL) is emptied first;
 * otherwise each test file gets a new SQLite file.
 */
export const startPayload = async (): Promise<Payload> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herold-test-'))
  const shared = process.env.TEST_DATABASE_URI
  const uri = shared ?? `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const kind = databaseKind(uri)
  if (kind === 'postgres') await resetPostgres(uri)
  process.env.DATABASE_URI = uri
  process.env.HEROLD_AUTOSEED = 'false'
  process.env.PAYLOAD_SECRET ??= 'test-secret-for-vitest-only'
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  // While a schema change is being written, HEROLD_DB_PUSH=true builds the schema from the config
  // instead (the migrations are regenerated before it is committed; CI never sets it).
  if (process.env.HEROLD_DB_PUSH === 'true') return payload
  // Vitest compiles the TypeScript migrations; Payload's own loader would import them natively.
  const { migrations } = kind === 'postgres' ? await import('../../migrations/postgres/index') : await import('../../migrations/sqlite/index')
  await payload.db.migrate({ migrations: migrations as never })
  return payload
}
