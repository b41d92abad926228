import type { Payload } from 'payload'

/**
 * Payload never picks up again a job marked processing by a process that died, and queues no new
 * job of a schedule while one of its jobs is active: a worker killed during a scheduled task would
 * stop that schedule for good. A scheduled job still processing after the lease is recorded as
 * failed, so the schedule queues its next run. Should its process still be alive, the task runs
 * twice at worst, which the scheduled tasks allow (each only does what is still due).
 */
export const retireDeadScheduledJobs = async (
  payload: Payload,
  queue: string,
  leaseMs: number,
  now = new Date(),
) => {
  await payload.db.updateMany({
    collection: 'payload-jobs',
    data: {
      error: { message: `Still processing after ${leaseMs} ms: its process stopped` },
      hasError: true,
      processing: false,
    },
    where: {
      and: [
        { queue: { equals: queue } },
        { 'meta.scheduled': { equals: true } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } },
      ],
    },
  })
}
