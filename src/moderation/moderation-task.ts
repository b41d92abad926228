import type { Payload, TaskConfig } from 'payload'

import { COMMENT_RETENTION_DAYS } from '../../collections/SocialComments'
import { MODERATION_CRON, MODERATION_TASK, SCHEDULED_QUEUE } from '../jobs/tasks'
import { retryUnsentAnswers } from './complaint-answer'
import { fetchComments, purgeOldComments } from './fetch-comments'
import { purgeOldSnapshots } from './snapshot-retention'

/**
 * The periodic moderation work: fetch recent fanpage comments, delete comments and register
 * snapshots past their retention, and retry complaint answers whose e-mail failed. Run every 5
 * minutes as a scheduled job, by the worker or, without one, by the web process's job queue.
 */
export const moderationWork = async (payload: Payload, now = new Date()) => {
  const fetched = await fetchComments(payload, { now })
  for (const error of fetched.errors) payload.logger.warn(`Fanpage comments: ${error}`)
  const purged =
    (await purgeOldComments(payload, now, COMMENT_RETENTION_DAYS)) +
    (await purgeOldSnapshots(payload, now))
  const answers = await retryUnsentAnswers(payload)
  return {
    answers,
    comments: fetched.created + fetched.updated,
    errors: fetched.errors.length,
    purged,
  }
}

export const moderationTask: TaskConfig<{
  input: object
  output: { answers: number; comments: number; errors: number; purged: number }
}> = {
  slug: MODERATION_TASK,
  label: 'Komentarze na fanpage i odpowiedzi na skargi',
  handler: async ({ req }) => ({ output: await moderationWork(req.payload) }),
  outputSchema: [
    { name: 'answers', type: 'number', required: true },
    { name: 'comments', type: 'number', required: true },
    { name: 'errors', type: 'number', required: true },
    { name: 'purged', type: 'number', required: true },
  ],
  retries: 1,
  schedule: [{ cron: MODERATION_CRON, queue: SCHEDULED_QUEUE }],
}
