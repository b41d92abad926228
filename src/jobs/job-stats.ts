import { Cron } from 'croner'

/**
 * Payload keeps, in the `payload-jobs-stats` global, when each scheduled task or workflow was last
 * queued (`stats.scheduledRuns.queues[queue].tasks[slug].lastScheduledRun`) and computes its next
 * run from that moment. A moment in the future parks the schedule until then, and anything that is
 * not a date makes the cron library throw, which stops every schedule at once. Such a record is
 * forgotten: the schedule is then due at its next tick from now, as on a fresh database.
 */

/** Clocks of the web process and a worker may differ a little; more than this is not a real run. */
export const MAX_CLOCK_SKEW_MS = 60_000

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

type Record_ = Record<string, unknown>
const isRecord = (value: unknown): value is Record_ =>
  !!value && typeof value === 'object' && !Array.isArray(value)

/** The last run as an ISO string the cron library reads, or null when it is no real past moment. */
export const trustedLastRun = (value: unknown, now: Date): null | string => {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return null
  const at = new Date(value)
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) return null
  return at.toISOString()
}

/** One kind's runs (`tasks` or `workflows`) of a queue, keeping only trustworthy last runs. */
const saneRuns = (runs: unknown, now: Date): Record_ => {
  if (!isRecord(runs)) return {}
  const kept: Record_ = {}
  for (const [slug, run] of Object.entries(runs)) {
    const lastScheduledRun = trustedLastRun(isRecord(run) ? run.lastScheduledRun : undefined, now)
    if (lastScheduledRun) kept[slug] = { ...(run as Record_), lastScheduledRun }
  }
  return kept
}

/** The stats global's document with every untrustworthy `lastScheduledRun` dropped (other fields as they are). */
export const saneJobStats = <T>(doc: T, now: Date): T => {
  if (!isRecord(doc)) return doc
  const stats = isRecord(doc.stats) ? doc.stats : {}
  const scheduledRuns = isRecord(stats.scheduledRuns) ? stats.scheduledRuns : {}
  const queues: Record_ = {}
  for (const [name, queue] of Object.entries(
    isRecord(scheduledRuns.queues) ? scheduledRuns.queues : {},
  )) {
    if (!isRecord(queue)) continue
    queues[name] = {
      ...queue,
      tasks: saneRuns(queue.tasks, now),
      workflows: saneRuns(queue.workflows, now),
    }
  }
  return { ...doc, stats: { ...stats, scheduledRuns: { ...scheduledRuns, queues } } }
}

type Kind = 'tasks' | 'workflows'

/** The trusted last run of one schedule in a (sanitised) stats document. */
export const lastScheduledRunOf = (
  doc: unknown,
  queue: string,
  kind: Kind,
  slug: string,
): null | string => {
  const stats = isRecord(doc) && isRecord(doc.stats) ? doc.stats : {}
  const queues =
    isRecord(stats.scheduledRuns) && isRecord(stats.scheduledRuns.queues)
      ? stats.scheduledRuns.queues
      : {}
  const runs = isRecord(queues[queue]) ? (queues[queue] as Record_)[kind] : undefined
  const run = isRecord(runs) ? runs[slug] : undefined
  return isRecord(run) && typeof run.lastScheduledRun === 'string' ? run.lastScheduledRun : null
}

/** When Payload's scheduler queues this schedule next, computed as it does (croner, from the last run or from now). */
export const nextScheduledRun = (cron: string, lastRun: null | string): Date | null =>
  new Cron(cron, { sloppyRanges: true }).nextRun(lastRun ?? undefined)

/**
 * A scheduled job that has not started and waits past its schedule's next run was queued from a
 * corrupted record (Payload queued it for the run after a far-future "last run"); while it waits,
 * Payload queues no other job of that schedule. Such a job is due at the schedule's next run.
 */
export const releasedWaitUntil = (
  waitUntil: null | string | undefined,
  nextRun: Date | null,
): Date | null =>
  waitUntil && nextRun && new Date(waitUntil).getTime() > nextRun.getTime() ? nextRun : null
