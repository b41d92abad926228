import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { discover, login, runCorpus, TIMEOUT_MS } from './fuzz/client'
import { generate } from './fuzz/corpus'
import { startServer, type E2EServer } from './server'

/**
 * Malformed requests against the production server (`npm start` on the seeded demo): a corpus
 * generated from a seeded PRNG over every route family (the residents' pages, feeds, REST of every
 * collection and global, the custom endpoints, forms, the admin, media files), anonymous and as an
 * editor, with odd methods, query strings, path encodings, headers and bodies. Nothing may answer
 * 5xx or leak a stack trace, a file path or SQL. A failure prints its request, and the same seed
 * (HEROLD_FUZZ_SEED) generates the same corpus again.
 */

const SEED = Number(process.env.HEROLD_FUZZ_SEED ?? 20_251_104)
const COUNT = Number(process.env.HEROLD_FUZZ_COUNT ?? 2400)
const EDITOR = 'redakcja.szkola@wislotki.example'

let server: E2EServer
let editorToken = ''

beforeAll(async () => {
  server = await startServer({ name: 'fuzz' })
  editorToken = await login(server.baseURL, EDITOR)
})

afterAll(async () => {
  await server?.stop()
})

describe('malformed requests against the production server', () => {
  it(`answer ${COUNT} generated malformed requests without a 5xx or a leak`, async () => {
    const targets = await discover(server.baseURL)
    const corpus = generate(targets, SEED, COUNT)
    const started = Date.now()
    const { problems, statuses } = await runCorpus({ baseURL: server.baseURL, editorToken }, corpus)
    const fiveXX = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0)
    console.log(
      `fuzz: ${fiveXX} 5xx of ${corpus.length} requests (seed ${SEED}, ${Math.round((Date.now() - started) / 1000)} s; statuses ${[
        ...statuses,
      ]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')})`,
    )
    if (problems.length) console.log(`fuzz problems (${problems.length}):\n${problems.join('\n')}`)
    expect(corpus.length).toBeGreaterThanOrEqual(2000)
    expect(
      problems.slice(0, 40),
      `${problems.length} problem(s); HEROLD_FUZZ_SEED=${SEED} reproduces them`,
    ).toEqual([])
    // Still serving after all of it.
    expect(
      (await fetch(`${server.baseURL}/`, { signal: AbortSignal.timeout(TIMEOUT_MS) })).status,
    ).toBe(200)
  })
})
