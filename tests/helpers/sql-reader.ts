import { createClient } from '@libsql/client'
import pg from 'pg'

import { databaseKind } from '../../src/db'

export type SqlReader = {
  close: () => Promise<void>
  rows: (sql: string, args?: (number | string)[]) => Promise<Record<string, unknown>[]>
}

/**
 * Plain SQL on a test database (SQLite or PostgreSQL, `?` placeholders) from outside Payload: the
 * crash tests read what killed worker processes left behind, with no Payload instance of their
 * own holding the SQLite writer lock. Counts come back as numbers or strings: wrap them in Number().
 */
export const openSqlReader = async (uri: string): Promise<SqlReader> => {
  if (databaseKind(uri) === 'postgres') {
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    return {
      close: () => client.end(),
      rows: async (sql, args = []) => {
        let n = 0
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++n}`),
            args,
          )
        ).rows as Record<string, unknown>[]
      },
    }
  }
  const client = createClient({ url: uri })
  return {
    close: async () => client.close(),
    rows: async (sql, args = []) =>
      (await client.execute({ args, sql })).rows as unknown as Record<string, unknown>[],
  }
}
