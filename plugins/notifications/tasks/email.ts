import type { TaskConfig } from 'payload'

import { USERS } from '../../../src/domain/slugs'
import { EMAIL_TASK, NOTIFICATIONS, PREFERENCE_FIELD } from '../constants'
import { composeMail, mailItem, markEmailed } from './mail'

/**
 * One notification by e-mail, for a recipient who wants them at once. Queued with the
 * notification; a refused send throws, and the Jobs Queue tries again.
 */
export const emailTask = (siteUrl: string): TaskConfig<typeof EMAIL_TASK> => ({
  slug: EMAIL_TASK,
  label: 'Powiadomienie e-mailem',
  handler: async ({ input, req }) => {
    const { payload } = req
    const doc = await payload.findByID({
      collection: NOTIFICATIONS,
      depth: 0,
      disableErrors: true,
      id: input.notification,
      overrideAccess: true,
    })
    if (!doc || doc.emailedAt) return { output: { sent: false } }
    const recipient = await payload.findByID({
      collection: USERS,
      depth: 0,
      disableErrors: true,
      id: typeof doc.recipient === 'object' ? doc.recipient.id : doc.recipient,
      overrideAccess: true,
    })
    // The preference may have changed since the notification was made.
    if (!recipient?.email || (recipient[PREFERENCE_FIELD] ?? 'immediately') !== 'immediately')
      return { output: { sent: false } }
    const mail = await composeMail(payload, siteUrl, [mailItem(doc)], false)
    await payload.sendEmail({ ...mail, to: recipient.email })
    await markEmailed(payload, [doc.id])
    return { output: { sent: true } }
  },
  inputSchema: [{ name: 'notification', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: 5,
})
