import type { DatabaseAdapterObj, TaskConfig, WorkflowConfig } from 'payload'

import { getCurrentDate } from 'payload'

import { saneJobStats } from './job-stats'

const JOB_STATS = 'payload-jobs-stats'

type Schedule = NonNullable<TaskConfig['schedule']>[number]
type BeforeSchedule = NonNullable<NonNullable<Schedule['hooks']>['beforeSchedule']>

/**
 * Payload's scheduler reads its record of last runs straight from the database adapter
 * (handleSchedules → db.findGlobal), past any hook, and a corrupted record stops it; so the
 * adapter hands out the record with untrustworthy last runs forgotten (src/jobs/job-stats.ts).
 * The scheduler writes back what it read, which repairs the stored record on its next run.
 */
export const withTrustedJobStats = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args)
    const findGlobal = instance.findGlobal.bind(instance)
    instance.findGlobal = (async (options) => {
      const doc = await findGlobal(options)
      return options.slug === JOB_STATS ? saneJobStats(doc, getCurrentDate()) : doc
    }) as typeof instance.findGlobal
    return instance
  },
})

/**
 * A job the scheduler queued from a corrupted record waits for a far-off moment, and while it
 * waits Payload queues no other (one scheduled job per task and queue): such a job is brought
 * back to this schedule's next run before Payload's own check (or the schedule's own hook) decides.
 */
const releasingParkedJobs =
  (own?: BeforeSchedule): BeforeSchedule =>
  async (args) => {
    const { queueable, req } = args
    const { scheduleConfig, taskConfig, waitUntil, workflowConfig } = queueable
    if (waitUntil) {
      await req.payload.db.updateMany({
        collection: 'payload-jobs',
        data: { waitUntil: waitUntil.toISOString() },
        req,
        returning: false,
        where: {
          and: [
            { queue: { equals: scheduleConfig.queue } },
            taskConfig ? { taskSlug: { equals: taskConfig.slug } } : { workflowSlug: { equals: workflowConfig?.slug } },
            { 'meta.scheduled': { equals: true } },
            { completedAt: { exists: false } },
            { processing: { equals: false } },
            { waitUntil: { greater_than: waitUntil.toISOString() } },
          ],
        },
      })
    }
    return (own ?? args.defaultBeforeSchedule)(args)
  }

const guardedSchedules = (schedules: Schedule[] | undefined) =>
  schedules?.map((schedule) => ({ ...schedule, hooks: { ...schedule.hooks, beforeSchedule: releasingParkedJobs(schedule.hooks?.beforeSchedule) } }))

/** Every schedule of a task or workflow, with parked jobs released before it is checked. */
export const withGuardedSchedules = <T extends TaskConfig | WorkflowConfig>(config: T): T =>
  config.schedule ? { ...config, schedule: guardedSchedules(config.schedule) } : config
