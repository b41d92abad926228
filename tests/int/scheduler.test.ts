/**
 * The scheduled tasks go through Payload's Jobs Queue: a job that a killed worker left processing
 * would stop its schedule for good; after the lease it is recorded as failed and the schedule
 * queues its next run.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { retireDeadScheduledJobs } from '../../src/jobs/dead-jobs'
import { PUBLISH_DUE_POSTS_TASK, SCHEDULED_QUEUE } from '../../src/jobs/tasks'
import { startPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

const scheduledJobs = async () =>
  (
    await payload.db.find<{ hasError?: boolean; id: number | string; processing?: boolean }>({
      collection: 'payload-jobs',
      limit: 0,
      pagination: false,
      sort: 'createdAt',
      where: {
        and: [
          { taskSlug: { equals: PUBLISH_DUE_POSTS_TASK } },
          { 'meta.scheduled': { equals: true } },
        ],
      },
    })
  ).docs

describe('scheduled jobs of a worker that died', () => {
  it('block their schedule until the lease is over, then are recorded as failed', async () => {
    await payload.jobs.handleSchedules({ queue: SCHEDULED_QUEUE })
    const [queued] = await scheduledJobs()
    const startedAt = new Date(Date.now() - 60_000).toISOString()
    await payload.db.updateOne({
      collection: 'payload-jobs',
      data: { processing: true, updatedAt: startedAt },
      id: queued.id,
    })

    // Within the lease the job may still belong to a live worker: nothing is queued beside it.
    await retireDeadScheduledJobs(payload, SCHEDULED_QUEUE, 120_000)
    await payload.jobs.handleSchedules({ queue: SCHEDULED_QUEUE })
    expect(await scheduledJobs()).toHaveLength(1)

    await retireDeadScheduledJobs(payload, SCHEDULED_QUEUE, 30_000)
    await payload.jobs.handleSchedules({ queue: SCHEDULED_QUEUE })
    const [dead, next] = await scheduledJobs()
    expect(dead).toMatchObject({ hasError: true, id: queued.id, processing: false })
    expect(next).toMatchObject({ processing: false })
  })
})

describe("the channels' upkeep", () => {
  it('runs with the outbox every ten seconds, the bounce mailbox once a minute, on one queue', () => {
    const scheduleOf = (slug: string) =>
      payload.config.jobs.tasks?.find((task) => task.slug === slug)?.schedule
    expect(scheduleOf('newsletterMaintenance')).toEqual([
      { cron: '*/10 * * * * *', queue: 'fanout-maintenance' },
    ])
    expect(scheduleOf('newsletterBounceMailbox')).toEqual([
      { cron: '0 * * * * *', queue: 'fanout-maintenance' },
    ])
  })
})
