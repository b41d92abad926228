import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { MongoClient } from 'mongodb'
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_DATABASE_URI = 'file:./data/herold.db'
const MONGO_TIMEOUT_MS = 5000

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export const databaseKind = (uri: string): DatabaseKind => {
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (uri.startsWith('file:') || uri.startsWith('libsql:') || uri === ':memory:') return 'sqlite'
  throw new Error(
    `DATABASE_URI must start with file:, postgres:// or mongodb://, got "${redact(uri)}"`,
  )
}

/** Hides the password part of a connection string before it goes into a log line. */
export const redact = (uri: string) => uri.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')

/**
 * The database named by DATABASE_URI. Migrations live per dialect, since SQL differs
 * between SQLite and PostgreSQL and MongoDB needs none for the schema.
 */
export const databaseAdapter = (
  uri = process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
  root = process.cwd(),
): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  const migrationDir = path.resolve(root, 'migrations', kind)
  // Schema changes go through committed migrations everywhere, so dev and production databases agree.
  const push = process.env.HEROLD_DB_PUSH === 'true'
  if (kind === 'sqlite') {
    const file = uri.replace(/^file:/, '').split('?')[0]
    if (uri.startsWith('file:') && !file.startsWith(':memory:') && !uri.includes('mode=memory')) {
      fs.mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true })
    }
    // Payload keeps SQLite without transactions: concurrent ones fail with SQLITE_BUSY instead of
    // waiting. The fan-out outbox does not depend on them (see plugins/fanout: the sync marker).
    // WAL: readers never wait for the writer, and the Next.js process and a worker can share the
    // file; a busy timeout makes a second process wait for the lock instead of failing.
    return sqliteAdapter({
      busyTimeout: 10_000,
      client: { url: uri },
      migrationDir,
      push,
      wal: { synchronous: 'NORMAL' },
    })
  }
  if (kind === 'postgres')
    return postgresAdapter({ migrationDir, pool: { connectionString: uri }, push })
  return withClearMongoError(
    mongooseAdapter({
      connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS },
      migrationDir,
      url: uri,
    }),
    uri,
  )
}

/**
 * MongoDB's own failure is a long stack after 30 s. Operators get one line after at most 5 s:
 * the server is pinged first, and an unreachable one stops the process with a plain message.
 */
const withClearMongoError = (adapter: DatabaseAdapterObj, uri: string): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const connect = instance.connect?.bind(instance)
    if (connect) {
      instance.connect = async (options) => {
        await exitUnlessReachable(uri)
        await connect(options)
      }
    }
    return instance
  },
})

const exitUnlessReachable = async (uri: string) => {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    console.error(
      `Herold: cannot connect to MongoDB at ${redact(uri)} (${reason}). Check DATABASE_URI and that the server is running.`,
    )
    process.exit(1)
  } finally {
    await client.close().catch(() => undefined)
  }
}
