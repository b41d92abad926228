/**
 * Crash test of the fan-out outbox: a real worker process (scripts/worker.ts) fans out 200 posts
 * to the fake Page and the fake group operator and is killed with SIGKILL at random moments
 * several times, then restarted. At the end every delivery must be `sent` and each post must be
 * on the Page exactly once and with the operator exactly once.
 *
 * Replay a run with the seed it prints: CRASH_SEED=<seed> npx vitest run tests/int/crash.test.ts
 * (CRASH_KILLS sets the number of kills, default 4).
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startFanout } from '../helpers/fanout'
import { act, draftPost, makeGmina } from '../helpers/fixtures'
import { openSqlReader } from '../helpers/sql-reader'
import { sleep, workerEnv, workerHarness } from '../helpers/crash-worker'

const POSTS = 200
const DELIVERIES = POSTS * 2
const KILLS = Number(process.env.CRASH_KILLS) || 4
const LEASE_MS = '1500'
const GRAPH_DELAY_MS = 1200
// A restarted worker sends within a few seconds (its first sweep requeues what the last one left).
const IDLE_MS = 12_000
// Longer than a sweep period (10 s) plus the lease and the 30 s wait after a first failure.
const STALL_MS = 45_000
const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : crypto.randomInt(2 ** 31)
// Same length for every number, so no title is a substring of another.
const titleOf = (i: number) => `Próba awarii nr ${String(i).padStart(3, '0')}`

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with its seed. */
const prng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let graph: FakeGraph | undefined
let operator: FakeOperator | undefined
let harness: ReturnType<typeof workerHarness> | undefined

afterAll(async () => {
  harness?.killLast()
  await graph?.close()
  await operator?.close()
})

describe('fan-out worker killed at random moments', () => {
  it('delivers each of 200 posts exactly once to the Page and to the group after repeated kill -9', async () => {
    const startedAt = Date.now()
    const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`
    const random = prng(SEED)
    console.log(`crash test: seed ${SEED} (replay with CRASH_SEED=${SEED}), ${KILLS} kills`)

    // A `sending` delivery of a killed worker is taken over after 1.5 s instead of 2 min.
    process.env.HEROLD_FANOUT_LEASE_MS = LEASE_MS
    const started = await startFanout()
    ;({ graph, operator } = started)
    const { payload } = started
    const g = await makeGmina(payload)
    for (let i = 1; i <= POSTS; i++) {
      const post = await draftPost(payload, g.approver, g.office, {
        channels: ['fanpage', 'group'],
        title: titleOf(i),
      })
      await act(payload, g.approver, post.id, 'submit')
      await act(payload, g.approver2, post.id, 'approve')
    }
    const { totalDocs: pending } = await payload.count({
      collection: 'deliveries',
      overrideAccess: true,
      where: { state: { equals: 'pending' } },
    })
    expect(pending).toBe(DELIVERIES)
    // Slow answers from the Page (as Facebook's often are), so that the 400 deliveries take
    // several worker lives and kills land while requests are in flight.
    graph.setDelay(GRAPH_DELAY_MS)
    const env = workerEnv(LEASE_MS)
    // Beside the test's database and media (startPayload's directory).
    const logFile = path.join(path.dirname(env.MEDIA_DIR), 'workers.log')
    // SQLite has one writer: the test process lets go of the database before the worker starts.
    await payload.destroy()
    console.log(
      `crash test: ${POSTS} posts approved, ${DELIVERIES} deliveries pending after ${elapsed()}; database ${env.DATABASE_URI}, worker log ${logFile}`,
    )

    const db = await openSqlReader(env.DATABASE_URI)
    const states = async () => {
      const rows = await db.rows('select state, count(*) as n from deliveries group by state')
      return Object.fromEntries(rows.map((r) => [String(r.state), Number(r.n)])) as Record<
        string,
        number
      >
    }
    harness = workerHarness(env, logFile, elapsed)
    const { alive, generation, logTail, spawnWorker, startedWorkers, waitUntil } = harness
    const requestsSeen = () => graph!.requests.length + operator!.requests.length
    const pagePosts = () => graph!.posts.length
    const groupPosts = () => operator!.posts.length

    try {
      // 1. Kill the worker with SIGKILL at a random moment after it started sending, then restart.
      const kills: {
        afterMs: number
        atPage: number
        atGroup: number
        states: Record<string, number>
      }[] = []
      for (let k = 0; k < KILLS; k++) {
        const { child, exited } = spawnWorker()
        const seen = requestsSeen()
        // Wait until sending began: a new request reached a fake. A worker with nothing to send
        // (all sent, or work stuck) is killed anyway, some time after it said it started.
        let upSince: null | number = null
        await waitUntil(
          async () => {
            if (requestsSeen() > seen) return true
            if (startedWorkers() < generation()) return false
            upSince ??= Date.now()
            return Date.now() - upSince > IDLE_MS || (await states()).sent === DELIVERIES
          },
          child,
          60_000,
          'the first request',
        )
        const midWork = requestsSeen() > seen
        const sendingSince = Date.now()
        const afterMs = Math.round(1500 + random() * 3500)
        await sleep(afterMs)
        if (!alive(child)) throw new Error(`worker exited by itself\n${logTail()}`)
        const killedAfter = Date.now() - sendingSince
        process.kill(-child.pid!, 'SIGKILL')
        const atPage = pagePosts()
        const atGroup = groupPosts()
        await exited
        kills.push({ afterMs: midWork ? afterMs : -1, atGroup, atPage, states: await states() })
        console.log(
          `crash test: kill ${k + 1} at ${elapsed()}, ${killedAfter} ms (drawn: ${afterMs}) after ${midWork ? 'sending began' : 'start (nothing left to send)'}: page ${atPage}/${POSTS}, group ${atGroup}/${POSTS}, deliveries ${JSON.stringify(kills.at(-1)!.states)}`,
        )
      }

      // 2. A last worker runs until everything is sent and the fakes stay still for 3 s; it gives
      // up early when nothing at all changes for STALL_MS (work stuck), or at the deadline.
      const { child, exited } = spawnWorker()
      // The last worker's own budget (setting up 200 posts takes from ~20 s on SQLite to ~2 min on a busy PostgreSQL).
      const deadline = Date.now() + 150_000
      let lastChange = Date.now()
      let last = ''
      await waitUntil(
        async () => {
          const s = await states()
          const now = JSON.stringify([pagePosts(), groupPosts(), requestsSeen(), s])
          if (now !== last) {
            last = now
            lastChange = Date.now()
          }
          if (Date.now() - lastChange > STALL_MS) return true
          return (
            s.sent === DELIVERIES &&
            pagePosts() >= POSTS &&
            groupPosts() >= POSTS &&
            Date.now() - lastChange >= 3000
          )
        },
        child,
        Math.max(0, deadline - Date.now()),
        'all deliveries sent',
      )
      process.kill(-child.pid!, 'SIGTERM')
      const stopped = await Promise.race([exited, sleep(10_000).then(() => null)])
      if (!stopped) process.kill(-child.pid!, 'SIGKILL')
      await exited
      console.log(
        `crash test: final worker stopped at ${elapsed()} (${stopped ? `exit ${stopped.code ?? stopped.signal}` : 'killed, SIGTERM was ignored'})`,
      )

      // 3. What the outside world saw.
      const finalStates = await states()
      const attemptRows = await db.rows('select count(*) as n from delivery_attempts')
      const outcomes = Object.fromEntries(
        (
          await db.rows(
            "select coalesce(cast(outcome as text), 'unfinished') as outcome, count(*) as n from delivery_attempts group by 1",
          )
        ).map((r) => [String(r.outcome), Number(r.n)]),
      )
      const attempts = Number(attemptRows[0].n)
      console.log(
        `crash test figures: seed ${SEED}; kills ${kills.length} (page posts at each kill: ${kills.map((k) => k.atPage).join(', ')}; group: ${kills.map((k) => k.atGroup).join(', ')}); ` +
          `attempts ${attempts}; already_sent recoveries ${outcomes.already_sent ?? 0}; outcomes ${JSON.stringify(outcomes)}; ` +
          `deliveries ${JSON.stringify(finalStates)}; Page requests ${graph.requests.length}, operator requests ${operator.requests.length}; total ${elapsed()}`,
      )

      try {
        // Each title exactly once on the Page, and nothing else there.
        const pageCount = new Map<string, number>()
        for (const p of graph.posts) {
          const titles = Array.from({ length: POSTS }, (_, i) => titleOf(i + 1)).filter((t) =>
            p.message?.includes(t),
          )
          expect(titles, `Page post ${p.id} carries exactly one title`).toHaveLength(1)
          pageCount.set(titles[0], (pageCount.get(titles[0]) ?? 0) + 1)
        }
        const pageWrong = Array.from({ length: POSTS }, (_, i) => titleOf(i + 1))
          .map((t) => [t, pageCount.get(t) ?? 0] as const)
          .filter(([, n]) => n !== 1)
        expect(pageWrong, 'titles not on the Page exactly once').toEqual([])
        expect(graph.posts).toHaveLength(POSTS)

        // The operator: one post per group delivery, each title once.
        const groupRows = await db.rows(
          "select d.id, p.title from deliveries d join posts p on p.id = d.post_id where d.channel = 'group'",
        )
        expect(groupRows).toHaveLength(POSTS)
        expect(operator.posts).toHaveLength(POSTS)
        expect(new Set(operator.posts.map((p) => p.key))).toEqual(
          new Set(groupRows.map((r) => String(r.id))),
        )
        const groupTitles = operator.posts.map((p) => p.body.title as string).sort()
        expect(groupTitles).toEqual(Array.from({ length: POSTS }, (_, i) => titleOf(i + 1)).sort())
        for (const p of operator.posts)
          expect(p.body.text).toContain(groupRows.find((r) => String(r.id) === p.key)!.title)

        // The database: every delivery sent, the Page deliveries pointing at the copy with their title.
        expect(finalStates).toEqual({ sent: DELIVERIES })
        const pageRows = await db.rows(
          "select d.external_id, p.title from deliveries d join posts p on p.id = d.post_id where d.channel = 'fanpage'",
        )
        expect(pageRows).toHaveLength(POSTS)
        for (const r of pageRows)
          expect(
            graph.posts.find((p) => p.id === r.external_id)?.message,
            `external id of ${r.title}`,
          ).toContain(String(r.title))

        // The kills really interrupted the work.
        expect(kills).toHaveLength(KILLS)
        expect(kills.some((k) => k.afterMs >= 0 && k.atPage + k.atGroup < 2 * POSTS)).toBe(true)
      } catch (error) {
        // Deliveries not sent, by state, the attempt count recorded on them, and the highest
        // attempt claimed for them (a claim above the recorded count: a worker died in between).
        const unsent = await db.rows(
          `select d.state, d.attempts as recorded, (select max(a.number) from delivery_attempts a where a.delivery_id = d.id) as highest_claim,
                 (select count(*) from delivery_attempts a where a.delivery_id = d.id and a.outcome is null) as unfinished, count(*) as deliveries
               from deliveries d where d.state <> 'sent' group by 1, 2, 3, 4`,
        )
        console.log(
          `crash test: unsent deliveries ${JSON.stringify(unsent)}\nworker log tail (${logFile}):\n${logTail()}`,
        )
        throw error
      }
    } finally {
      await db.close()
    }
  }, 420_000)
})
