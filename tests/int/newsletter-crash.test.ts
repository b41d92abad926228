/**
 * Crash test of newsletter sending: a real worker process (scripts/worker.ts) sends a digest to
 * 1,500 subscribers through the pooled SMTP adapter into the loopback SMTP server, and is killed
 * with SIGKILL twice mid-campaign; a third worker finishes it. Nobody may get the digest twice;
 * everybody gets it once except the recipients recorded `uncertain` (claimed by a killed worker
 * and never resent automatically), and those are at most the group that was in flight per kill.
 */
import type { ChildProcess } from 'node:child_process'

import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { IN_FLIGHT, startDigest } from '../../plugins/newsletter/sending'
import { newToken } from '../../plugins/newsletter/subscription/tokens'
import { type FakeSmtp, startFakeSmtp } from '../fakes/smtp'
import { drain } from '../helpers/fanout'
import { act, draftPost, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'
import { spawnWorkerProcess } from '../helpers/worker-process'
import { openSqlReader } from '../helpers/sql-reader'

const SUBSCRIBERS = 1500
/** Kill points, as shares of the subscribers that received the digest. */
const KILLS = [0.25, 0.6]
const LEASE_MS = '2000'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let smtp: FakeSmtp | undefined
let worker: ChildProcess | undefined

const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

afterAll(async () => {
  if (worker && worker.exitCode === null && worker.signalCode === null) killGroup(worker, 'SIGKILL')
  await smtp?.close()
})

describe('newsletter worker killed mid-campaign', () => {
  it('resumes the digest after kill -9: nobody gets it twice, all but the uncertain get it once', async () => {
    smtp = await startFakeSmtp({ parse: false })
    Object.assign(process.env, smtp.env(), {
      HEROLD_NEWSLETTER_LEASE_MS: LEASE_MS,
      SERVER_URL: 'https://wislotki.example',
    })
    const payload = await startPayload()
    const g = await makeGmina(payload)
    for (let i = 0; i < SUBSCRIBERS; i++) {
      await payload.db.create({
        collection: 'newsletter-subscribers',
        data: {
          confirmedAt: new Date().toISOString(),
          email: `awaria${String(i).padStart(4, '0')}@example.pl`,
          manageToken: newToken(),
          preferences: { digest: 'daily', urgentAlerts: false },
          state: 'confirmed',
        },
        returning: false,
      })
    }
    const post = await draftPost(payload, g.approver, g.office, {
      category: 'municipal_services',
      channels: ['newsletter'],
      title: 'Harmonogram odbioru odpadów',
    })
    await act(payload, g.approver, post.id, 'submit')
    await act(payload, g.approver2, post.id, 'approve')
    await drain(payload)
    const campaign = (await startDigest(
      payload,
      'digest_daily',
      new Date(Date.now() + 1000),
    )) as unknown as { id: number | string; total: number }
    expect(campaign.total).toBe(SUBSCRIBERS)
    // SQLite has one writer: the test lets go of the database before the workers start.
    await payload.destroy()

    const env = {
      ...smtp.env(),
      DATABASE_URI: process.env.DATABASE_URI!,
      HEROLD_AUTOSEED: 'false',
      HEROLD_JOBS_AUTORUN: 'false',
      HEROLD_NEWSLETTER_LEASE_MS: LEASE_MS,
      HOME: process.env.HOME ?? '/tmp',
      MEDIA_DIR: process.env.MEDIA_DIR!,
      NODE_OPTIONS: '--no-deprecation --conditions=production',
      PATH: process.env.PATH ?? '',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
      SERVER_URL: 'https://wislotki.example',
      TMPDIR: process.env.TMPDIR ?? '/tmp',
    }
    // Beside the test's database and media (startPayload's directory).
    const logFile = path.join(path.dirname(process.env.MEDIA_DIR!), 'workers.log')
    const logTail = () =>
      fs.existsSync(logFile)
        ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
        : ''
    const spawnWorker = () => {
      const log = fs.openSync(logFile, 'a')
      const child = spawnWorkerProcess({
        env: env as unknown as NodeJS.ProcessEnv,
        stdio: ['ignore', log, log],
      })
      fs.closeSync(log)
      worker = child
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      return { child, exited }
    }
    const waitUntil = async (
      check: () => boolean | Promise<boolean>,
      child: ChildProcess,
      timeoutMs: number,
      what: string,
    ) => {
      const until = Date.now() + timeoutMs
      while (!(await check())) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`worker exited while waiting for ${what}\n${logTail()}`)
        if (Date.now() > until)
          throw new Error(
            `timed out waiting for ${what}; ${smtp!.received.length} messages\n${logTail()}`,
          )
        await sleep(10)
      }
    }

    const db = await openSqlReader(env.DATABASE_URI)
    try {
      const atKill: number[] = []
      for (const share of KILLS) {
        const { child, exited } = spawnWorker()
        await waitUntil(
          () => smtp!.received.length >= SUBSCRIBERS * share,
          child,
          90_000,
          `${share * 100}% of the messages`,
        )
        killGroup(child, 'SIGKILL')
        await exited
        atKill.push(smtp.received.length)
      }
      const { child, exited } = spawnWorker()
      const campaignState = async () =>
        String(
          (await db.rows('select state from newsletter_campaigns where id = ?', [campaign.id]))[0]
            .state,
        )
      await waitUntil(
        async () => (await campaignState()) === 'done',
        child,
        120_000,
        'the campaign to finish',
      )
      killGroup(child, 'SIGTERM')
      await exited

      const perAddress = new Map<string, number>()
      for (const m of smtp.received)
        for (const to of m.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1)
      const rows = (
        await db.rows(
          'select s.email as email, r.state as state from newsletter_recipients r join newsletter_subscribers s on s.id = r.subscriber_id where r.campaign_id = ?',
          [campaign.id],
        )
      ).map((r) => ({ email: String(r.email), state: String(r.state) }))
      const byState = (state: string) => rows.filter((r) => r.state === state)
      const uncertain = byState('uncertain')
      console.log(
        `newsletter crash test: killed at ${atKill.join(' and ')} messages; ${smtp.received.length} messages to ${perAddress.size} addresses; ` +
          `records: ${byState('sent').length} sent, ${uncertain.length} uncertain, ${rows.length} in all`,
      )

      // Both kills landed mid-campaign.
      for (const n of atKill) expect(n).toBeGreaterThan(0)
      expect(atKill.at(-1)!).toBeLessThan(SUBSCRIBERS)
      // Nobody got the digest twice.
      expect([...perAddress].filter(([, n]) => n > 1)).toEqual([])
      // One record per subscriber, each sent or uncertain; the uncertain ones at most the group in flight per kill.
      expect(rows).toHaveLength(SUBSCRIBERS)
      expect(byState('sent').length + uncertain.length).toBe(SUBSCRIBERS)
      expect(uncertain.length).toBeLessThanOrEqual(KILLS.length * IN_FLIGHT)
      // The campaign's counters agree with its records.
      const [counters] = await db.rows(
        'select counters_sent as sent, counters_uncertain as uncertain from newsletter_campaigns where id = ?',
        [campaign.id],
      )
      expect({ sent: Number(counters.sent), uncertain: Number(counters.uncertain) }).toEqual({
        sent: byState('sent').length,
        uncertain: uncertain.length,
      })
      // Everybody recorded as sent got exactly one message; whoever got none is recorded uncertain.
      for (const r of byState('sent')) expect(perAddress.get(r.email), r.email).toBe(1)
      const uncertainEmails = new Set(uncertain.map((r) => r.email))
      for (const r of rows)
        if (!perAddress.has(r.email))
          expect(uncertainEmails.has(r.email), `${r.email} got nothing and is not uncertain`).toBe(
            true,
          )
    } finally {
      await db.close()
    }
  }, 300_000)
})
