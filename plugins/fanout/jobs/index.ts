import type { Config, Payload } from 'payload'

import type { ResolvedOptions } from '../options'

import { BIP_CHECK_CRON, DELIVERY_CRON, MAINTENANCE_CRON, REACH_CRON } from '../constants'
import { fanoutContext } from '../engine/context'
import { reachTask } from '../reach/task'
import { rssRefreshTask } from '../rss/refresh'
import { takeDownTask } from './takedown'
import { bipCheckTask, deliverTask, sweepTask } from './tasks'

type JobsConfig = NonNullable<Config['jobs']>

/**
 * The plugin's tasks on Payload's Jobs Queue (with those its channels bring), its periodic work
 * scheduled on the maintenance queue. Whoever runs the queues (the web process's autoRun below, or a worker) queues the
 * scheduled work through `payload.jobs.handleSchedules()`.
 */
export const fanoutJobs = (jobs: Config['jobs'], options: ResolvedOptions): JobsConfig => {
  const { maintenance, normal, urgent } = options.queues
  const scheduled = (cron: string) => [{ cron, queue: maintenance }]
  const autoRun = Array.isArray(jobs?.autoRun) ? jobs.autoRun : []
  const channelJobs = options.channels.flatMap((channel) => [
    ...(channel.jobs?.tasks ?? []),
    // A maintenance task runs with the outbox's upkeep unless it names its own crons (the queue is ours).
    ...(channel.jobs?.maintenance ?? []).map((task) => ({
      ...task,
      schedule: task.schedule
        ? task.schedule.flatMap(({ cron }) => scheduled(cron))
        : scheduled(MAINTENANCE_CRON),
    })),
  ])
  return {
    ...jobs,
    // Jobs that share a queue run in order; urgent alerts have a queue of their own.
    autoRun: options.autoRun
      ? [
          ...autoRun,
          { cron: DELIVERY_CRON, limit: 20, queue: urgent },
          { cron: DELIVERY_CRON, limit: 20, queue: normal },
          { cron: MAINTENANCE_CRON, limit: 5, queue: maintenance },
        ]
      : autoRun,
    tasks: [
      ...(jobs?.tasks ?? []),
      deliverTask,
      takeDownTask,
      rssRefreshTask,
      ...channelJobs,
      { ...sweepTask, schedule: scheduled(MAINTENANCE_CRON) },
      { ...bipCheckTask, schedule: scheduled(BIP_CHECK_CRON) },
      { ...reachTask, schedule: scheduled(REACH_CRON) },
    ],
  }
}

/** The queues of deliveries (and of the jobs channel plugins queue beside them), urgent first. */
export const deliveryQueues = (payload: Payload): string[] => {
  const { normal, urgent } = fanoutContext(payload).options.queues
  return [urgent, normal]
}
