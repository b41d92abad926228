import type { Payload, TaskConfig } from 'payload'

import { USERS } from '../../../src/domain/slugs'
import {
  DIGEST_CRON,
  DIGEST_TASK,
  NOTIFICATIONS,
  NOTIFICATIONS_QUEUE,
  PREFERENCE_FIELD,
} from '../constants'
import { composeMail, mailItem, markEmailed } from './mail'

/**
 * The daily summary: to each user who chose it, one e-mail listing their notifications neither
 * read nor e-mailed yet. A user whose summary fails is tried again by the next run of the task.
 */
export const sendDailySummaries = async (payload: Payload, siteUrl: string) => {
  const { docs: users } = await payload.find({
    collection: USERS,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { [PREFERENCE_FIELD]: { equals: 'daily' } },
  })
  let sent = 0
  for (const user of users) {
    const { docs } = await payload.find({
      collection: NOTIFICATIONS,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      sort: 'createdAt',
      where: {
        and: [
          { recipient: { equals: user.id } },
          { readAt: { exists: false } },
          { emailedAt: { exists: false } },
        ],
      },
    })
    if (docs.length === 0 || !user.email) continue
    try {
      const mail = await composeMail(payload, siteUrl, docs.map(mailItem), true)
      await payload.sendEmail({ ...mail, to: user.email })
      await markEmailed(
        payload,
        docs.map((doc) => doc.id),
      )
      sent++
    } catch (error) {
      payload.logger.error({ err: error, msg: `Daily notification summary for ${user.id} failed` })
    }
  }
  return sent
}

export const digestTask = (siteUrl: string): TaskConfig<typeof DIGEST_TASK> => ({
  slug: DIGEST_TASK,
  label: 'Dzienne podsumowanie powiadomień',
  handler: async ({ req }) => ({
    output: { sent: await sendDailySummaries(req.payload, siteUrl) },
  }),
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 2,
  schedule: [{ cron: DIGEST_CRON, queue: NOTIFICATIONS_QUEUE }],
})
