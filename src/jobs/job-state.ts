import { option } from '../domain/labels'

/** Where a job of Payload's queue stands, for the admins' read-only view of `payload-jobs`. */
export const JOB_STATES = [
  option('queued', 'W kolejce', 'Queued'),
  option('waiting', 'Czeka na termin', 'Waiting'),
  option('processing', 'W toku', 'Processing'),
  option('retrying', 'Ponawiane po błędzie', 'Retrying after an error'),
  option('failed', 'Błąd (bez ponowień)', 'Failed (no more retries)'),
  option('completed', 'Zakończone', 'Completed'),
] as const

export type JobState = (typeof JOB_STATES)[number]['value']

type LogEntry = { error?: unknown; state?: null | string }
export type JobView = {
  completedAt?: null | string
  error?: unknown
  hasError?: boolean | null
  log?: LogEntry[] | null
  processing?: boolean | null
  waitUntil?: null | string
}

const failures = (job: JobView) => (job.log ?? []).filter((entry) => entry.state === 'failed')

export const jobState = (job: JobView, now: Date): JobState => {
  if (job.completedAt) return 'completed'
  if (job.hasError) return 'failed'
  if (job.processing) return 'processing'
  if (failures(job).length) return 'retrying'
  if (job.waitUntil && new Date(job.waitUntil).getTime() > now.getTime()) return 'waiting'
  return 'queued'
}

const MAX_ERROR_LENGTH = 500

/** An error as Payload stores it (`{ message, name, stack }`, or anything a task threw) in one line. */
const describeError = (error: unknown): null | string => {
  if (error == null || error === '') return null
  const message =
    typeof error === 'object' && 'message' in error && typeof error.message === 'string'
      ? error.message
      : typeof error === 'string'
        ? error
        : JSON.stringify(error)
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message
}

/** The job's final error, else the latest failed attempt's. */
export const lastJobError = (job: JobView): null | string =>
  describeError(job.error) ?? describeError(failures(job).at(-1)?.error)
