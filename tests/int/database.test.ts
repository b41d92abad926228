import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { databaseKind, redact } from '../../src/db'

const root = path.resolve(import.meta.dirname, '../..')

describe('database selection by DATABASE_URI', () => {
  it.each([
    ['file:./data/herold.db', 'sqlite'],
    ['postgres://u:p@db:5432/herold', 'postgres'],
    ['postgresql://db/herold', 'postgres'],
    ['mongodb://db:27017/herold', 'mongodb'],
    ['mongodb+srv://cluster.example/herold', 'mongodb'],
  ])('%s → %s', (uri, kind) => expect(databaseKind(uri)).toBe(kind))

  it('refuses an unknown scheme without echoing the password', () => {
    expect(() => databaseKind('mysql://root:tajne@db/herold')).toThrow(
      /file:, postgres:\/\/ or mongodb:\/\//,
    )
    expect(() => databaseKind('mysql://root:tajne@db/herold')).toThrow(/root:\*\*\*@/)
    expect(redact('postgres://herold:sekret@db/h')).toBe('postgres://herold:***@db/h')
  })

  it('stops with one clear line when MongoDB cannot be reached', () => {
    const started = Date.now()
    // Port 1 on loopback refuses at once; the check must not wait for MongoDB's 30 s default either way.
    const run = spawnSync(path.join(root, 'node_modules/.bin/payload'), ['migrate'], {
      cwd: root,
      encoding: 'utf8',
      // The production conditions, as the npm scripts use: Lexical's Node entry can otherwise leave
      // the config import unsettled and the CLI exits 0 having done nothing.
      env: {
        ...process.env,
        DATABASE_URI: 'mongodb://herold:sekret@127.0.0.1:1/herold',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
      },
      timeout: 60_000,
    })
    const lines = run.stderr.split('\n').filter((l) => l.trim() && !/npm warn/i.test(l))
    expect(run.status).toBe(1)
    expect(lines).toEqual([
      expect.stringMatching(
        /^Herold: cannot connect to MongoDB at mongodb:\/\/herold:\*\*\*@127\.0\.0\.1:1\/herold \(.*ECONNREFUSED.*\)/,
      ),
    ])
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})
