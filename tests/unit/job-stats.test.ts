import { describe, expect, it } from 'vitest'

import { JOB_STATES, jobState, lastJobError } from '../../src/jobs/job-state'
import {
  lastScheduledRunOf,
  MAX_CLOCK_SKEW_MS,
  nextScheduledRun,
  releasedWaitUntil,
  saneJobStats,
  trustedLastRun,
} from '../../src/jobs/job-stats'

const now = new Date('2026-03-02T10:00:30.000Z')

describe('the schedule record (payload-jobs-stats)', () => {
  it.each([
    ['a past ISO time', '2026-03-02T09:59:00.000Z', '2026-03-02T09:59:00.000Z'],
    [
      'a time within the clock skew',
      new Date(now.getTime() + MAX_CLOCK_SKEW_MS - 1000).toISOString(),
      new Date(now.getTime() + MAX_CLOCK_SKEW_MS - 1000).toISOString(),
    ],
    ['an offset time, normalised', '2026-03-02T10:59:00+01:00', '2026-03-02T09:59:00.000Z'],
    ['the far future', '2099-01-01T00:00:00.000Z', null],
    ['garbage', 'to nie jest data', null],
    ['a date without time', '2026-03-02', null],
    ['an impossible date', '2026-02-31T10:00:00.000Z', null],
    ['a number', 1_700_000_000_000, null],
    ['an object', { at: 'wczoraj' }, null],
  ])('trusts %s: %s', (_what, value, expected) => {
    expect(trustedLastRun(value, now)).toBe(expected)
  })

  it('forgets only the untrustworthy last runs and keeps everything else', () => {
    const doc = {
      createdAt: 'x',
      id: 1,
      stats: {
        other: true,
        scheduledRuns: {
          queues: {
            broken: 'nie kolejka',
            scheduled: {
              tasks: {
                moderationWork: { lastScheduledRun: '2026-03-02T10:00:00.000Z' },
                publishDuePosts: { lastScheduledRun: '2099-01-01T00:00:00.000Z' },
              },
              workflows: 7,
            },
          },
        },
      },
    }
    expect(saneJobStats(doc, now)).toEqual({
      createdAt: 'x',
      id: 1,
      stats: {
        other: true,
        scheduledRuns: {
          queues: {
            scheduled: {
              tasks: { moderationWork: { lastScheduledRun: '2026-03-02T10:00:00.000Z' } },
              workflows: {},
            },
          },
        },
      },
    })
    expect(saneJobStats(null, now)).toBeNull()
    expect(lastScheduledRunOf(saneJobStats(doc, now), 'scheduled', 'tasks', 'moderationWork')).toBe(
      '2026-03-02T10:00:00.000Z',
    )
    expect(
      lastScheduledRunOf(saneJobStats(doc, now), 'scheduled', 'tasks', 'publishDuePosts'),
    ).toBeNull()
  })

  it("brings a job parked past its schedule's next run back to that run, and leaves the others", () => {
    const next = nextScheduledRun('* * * * *', '2026-03-02T10:00:00.000Z')
    expect(next?.toISOString()).toBe('2026-03-02T10:01:00.000Z')
    expect(releasedWaitUntil('2100-01-01T00:01:00.000Z', next)).toEqual(next)
    expect(releasedWaitUntil('2026-03-02T10:01:00.000Z', next)).toBeNull()
    expect(releasedWaitUntil(null, next)).toBeNull()
  })
})

describe("the admins' view of a job", () => {
  it.each([
    [{ completedAt: '2026-03-02T10:00:00.000Z' }, 'completed'],
    [{ error: { message: 'x' }, hasError: true }, 'failed'],
    [{ processing: true }, 'processing'],
    [{ log: [{ error: { message: 'Timeout' }, state: 'failed' }] }, 'retrying'],
    [{ waitUntil: '2026-03-02T10:01:00.000Z' }, 'waiting'],
    [{ waitUntil: '2026-03-02T09:00:00.000Z' }, 'queued'],
    [{}, 'queued'],
  ])('%j is %s', (job, state) => {
    expect(jobState(job, now)).toBe(state)
    expect(JOB_STATES.map((s) => s.value)).toContain(state)
  })

  it("gives the final error, else the latest failed attempt's, in one line", () => {
    expect(
      lastJobError({
        error: { message: 'Brak tokenu', name: 'Error' },
        log: [{ error: { message: 'wcześniej' }, state: 'failed' }],
      }),
    ).toBe('Brak tokenu')
    expect(
      lastJobError({
        log: [
          { error: { message: 'pierwszy' }, state: 'failed' },
          { state: 'succeeded' },
          { error: { message: 'drugi' }, state: 'failed' },
        ],
      }),
    ).toBe('drugi')
    expect(lastJobError({ error: 'x'.repeat(600) })).toHaveLength(500)
    expect(lastJobError({ error: { code: 42 } })).toBe('{"code":42}')
    expect(lastJobError({})).toBeNull()
  })
})
