import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { PUBLISH_DUE_POSTS_TASK, SCHEDULED_CRON, SCHEDULED_QUEUE } from './tasks'

/** Posts approved for a `publishAt` that has come are published by the system, one by one. */
export const publishDuePosts = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
  now = new Date(),
) => {
  const due = await payload.find({
    collection: 'posts',
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    sort: 'publishAt',
    where: {
      and: [
        { workflowState: { equals: 'approved' } },
        {
          or: [
            { publishAt: { exists: false } },
            { publishAt: { less_than_equal: now.toISOString() } },
          ],
        },
      ],
    },
  })
  const published: (number | string)[] = []
  for (const post of due.docs) {
    try {
      await payload.update({
        collection: 'posts',
        context: { now, workflowActor: 'system' },
        data: { workflowAction: 'publish' },
        id: post.id,
        overrideAccess: true,
        req,
      })
      published.push(post.id)
    } catch (error) {
      // One broken post must not hold back the others; the next run tries it again.
      payload.logger.error({ err: error, msg: `Could not publish scheduled post ${post.id}` })
    }
  }
  return published
}

export const publishDuePostsTask: TaskConfig<{ input: object; output: { published: number } }> = {
  slug: PUBLISH_DUE_POSTS_TASK,
  label: 'Publikacja zaplanowanych wpisów',
  handler: async ({ req }) => {
    const published = await publishDuePosts(req.payload, req)
    return { output: { published: published.length } }
  },
  outputSchema: [{ name: 'published', type: 'number', required: true }],
  retries: 2,
  schedule: [{ cron: SCHEDULED_CRON, queue: SCHEDULED_QUEUE }],
}
