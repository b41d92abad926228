import type { Payload } from 'payload'

import cron from 'node-cron'

import { DELIVERY_CRON, deliveryQueues, RECOVERY_TASKS } from '../../plugins/fanout'
import { NEWSLETTER_RECOVERY_TASKS, scheduleDigests } from '../../plugins/newsletter/exports/server'
import { EMAIL_TASK, NOTIFICATIONS_QUEUE } from '../../plugins/notifications/exports/server'
import { retireDeadScheduledJobs } from '../jobs/dead-jobs'
import { PUBLISH_DUE_POSTS_TASK, SCHEDULED_CRON } from '../jobs/tasks'

type Tick = () => Promise<unknown>

/** A tick that is still running when the next one is due is not started twice. */
const serial = (payload: Payload, name: string, tick: Tick) => {
  let running: null | Promise<unknown> = null
  const run = async () => {
    if (running) return
    running = tick()
      .catch((error) => payload.logger.error({ err: error, msg: `Worker: ${name} failed` }))
      .finally(() => {
        running = null
      })
    await running
  }
  return { idle: () => running ?? Promise.resolve(), run }
}

export type WorkerOptions = {
  /** After how long a scheduled job still processing belongs to a worker that died. */
  jobLeaseMs?: number
  /** How many jobs a run takes from a delivery queue at once. */
  jobsLimit?: number
}

/**
 * The dedicated worker: node-cron runs the delivery queues (urgent first) every second, and every
 * 10 seconds queues the scheduled tasks that the app and its plugins declare on Payload's Jobs
 * Queue (`payload.jobs.handleSchedules()`) and runs those that are due, each task in a lane of
 * its own so that one that hangs (a mail server that does not answer) holds up no other. The
 * newsletter's digests follow the schedule from its settings. Several workers may run at once:
 * every delivery attempt is claimed in the database before anything is sent, and the scheduled
 * tasks only do what is still due.
 */
export const startWorker = async (payload: Payload, options: WorkerOptions = {}) => {
  const limit = options.jobsLimit ?? 50
  const leaseMs = options.jobLeaseMs ?? 2 * 60_000
  const [urgent, normal] = deliveryQueues(payload)
  let stopping = false
  const deliveries = serial(payload, 'deliveries', async () => {
    // A backlog is worked through within the tick, without waiting for the next one (a newsletter's
    // batches follow each other), urgent alerts first before every batch; a stop ends it between
    // batches.
    while (!stopping) {
      const urgentRun = await payload.jobs.run({ limit, queue: urgent, silent: true })
      if (!urgentRun.noJobsRemaining) continue
      const normalRun = await payload.jobs.run({ limit, queue: normal, silent: true })
      if (normalRun.noJobsRemaining) break
    }
  })

  const scheduled = (payload.config.jobs.tasks ?? []).flatMap((task) =>
    (task.schedule ?? []).map(({ queue }) => ({ queue, slug: task.slug })),
  )
  const queues = [...new Set(scheduled.map(({ queue }) => queue))]
  const schedules = serial(payload, 'schedules', async () => {
    for (const queue of queues) {
      await retireDeadScheduledJobs(payload, queue, leaseMs)
      await payload.jobs.handleSchedules({ queue })
    }
  })
  // Queued work beside the scheduled tasks: the notification e-mails, each with its retries.
  const queued = [{ queue: NOTIFICATIONS_QUEUE, slug: EMAIL_TASK }]
  const lanes = [...scheduled, ...queued].map(({ queue, slug }) =>
    serial(payload, slug, () =>
      payload.jobs.run({
        queue,
        sequential: true,
        silent: true,
        where: { taskSlug: { equals: slug } },
      }),
    ),
  )
  const runScheduled = async () => {
    await schedules.run()
    for (const lane of lanes) void lane.run()
  }

  // Whatever a previous worker left half-done is repaired at once, not at the next scheduled run.
  for (const task of [
    PUBLISH_DUE_POSTS_TASK,
    ...RECOVERY_TASKS,
    ...NEWSLETTER_RECOVERY_TASKS,
  ] as const) {
    const queue = scheduled.find(({ slug }) => slug === task)?.queue
    if (queue) await payload.jobs.queue({ input: {}, queue, task })
  }
  await runScheduled()
  const tasks = [
    cron.schedule(DELIVERY_CRON, deliveries.run, { name: 'herold-deliveries', noOverlap: true }),
    cron.schedule(SCHEDULED_CRON, runScheduled, { name: 'herold-schedules', noOverlap: true }),
  ]
  const digests = await scheduleDigests(payload)
  return {
    stop: async () => {
      stopping = true
      await digests.stop()
      for (const task of tasks) await task.stop()
      await Promise.all([deliveries.idle(), schedules.idle(), ...lanes.map((lane) => lane.idle())])
    },
  }
}
