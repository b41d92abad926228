import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { getCurrentDate } from 'payload'

import { lastScheduledRunOf, nextScheduledRun, releasedWaitUntil, saneJobStats } from './job-stats'

const JOB_STATS = 'payload-jobs-stats'

type ScheduledJob = {
  id: number | string
  queue?: null | string
  taskSlug?: null | string
  waitUntil?: null | string
  workflowSlug?: null | string
}

/** Scheduled jobs not started yet that wait for a later moment than the schedule's next run get that run. */
const releaseParkedJobs = async (
  payload: Payload,
  stats: unknown,
  req: Partial<PayloadRequest> | undefined,
) => {
  const { docs } = await payload.db.find<ScheduledJob>({
    collection: 'payload-jobs',
    limit: 100,
    pagination: false,
    req,
    where: {
      and: [
        { 'meta.scheduled': { equals: true } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { waitUntil: { greater_than: getCurrentDate().toISOString() } },
      ],
    },
  })
  const { tasks = [], workflows = [] } = payload.config.jobs
  for (const job of docs) {
    const [kind, config] = job.taskSlug
      ? (['tasks', tasks.find((t) => t.slug === job.taskSlug)] as const)
      : (['workflows', workflows.find((w) => w.slug === job.workflowSlug)] as const)
    const schedule = config?.schedule?.find((s) => s.queue === job.queue)
    if (!config || !schedule) continue
    const released = releasedWaitUntil(
      job.waitUntil,
      nextScheduledRun(schedule.cron, lastScheduledRunOf(stats, schedule.queue, kind, config.slug)),
    )
    if (released)
      await payload.db.updateOne({
        collection: 'payload-jobs',
        data: { waitUntil: released.toISOString() },
        id: job.id,
        req,
        returning: false,
      })
  }
}

/**
 * Payload's scheduler reads its record of last runs straight from the database adapter
 * (handleSchedules → db.findGlobal), past any hook, and a corrupted record stops it: a last run in
 * the future parks every schedule, garbage makes the cron library throw. So the adapter hands the
 * record out with untrustworthy last runs forgotten (src/jobs/job-stats.ts), and brings back jobs an
 * earlier corrupted record parked far ahead. The scheduler writes back what it read, which repairs
 * the stored record on its next run. Any read of the record does the same (the repair is idempotent).
 */
export const withTrustedSchedules = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const findGlobal = instance.findGlobal.bind(instance)
    instance.findGlobal = (async (options) => {
      const doc = await findGlobal(options)
      if (options.slug !== JOB_STATS) return doc
      const stats = saneJobStats(doc, getCurrentDate())
      await releaseParkedJobs(args.payload, stats, options.req)
      return stats
    }) as typeof instance.findGlobal
    return instance
  },
})
