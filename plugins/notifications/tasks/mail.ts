import type { Payload } from 'payload'

import { installTranslator } from '../../../src/domain/install-translator'
import type { Notification } from '../../../src/payload-types'
import { adminPath, type MailItem, renderMail } from '../rules/email-text'
import type { NotificationsTranslationKeys } from '../translations'

type Id = number

/** A stored notification as an e-mail lists it. */
export const mailItem = (doc: Notification): MailItem => ({
  account: typeof doc.account === 'object' ? (doc.account?.id ?? null) : doc.account,
  detail: doc.detail,
  kind: doc.kind,
  post: typeof doc.post === 'object' ? (doc.post?.id ?? null) : doc.post,
  title: doc.title,
})

/**
 * The e-mail of one notification, or the summary of several, in the install's language (Polish),
 * each with its link into the admin under the site's address.
 */
export const composeMail = async (
  payload: Payload,
  siteUrl: string,
  items: MailItem[],
  summary: boolean,
) => {
  const t = await installTranslator<NotificationsTranslationKeys>(payload)
  const line = (item: MailItem) => t(`notifications:kind-${item.kind}`, { title: item.title })
  const adminRoute = payload.config.routes.admin
  const link = (item: MailItem) => {
    const path = adminPath(item, adminRoute)
    return path ? `${siteUrl}${path}` : null
  }
  return renderMail(
    items,
    {
      footer: t('notifications:emailFooter'),
      intro: summary ? t('notifications:digestIntro', { count: items.length }) : undefined,
      line,
      open: (url) => t('notifications:emailOpen', { url }),
      subject: summary
        ? t('notifications:digestSubject', { count: items.length })
        : `Herold: ${line(items[0])}`,
    },
    link,
  )
}

/** Marks notifications as e-mailed, so neither a retry nor the summary sends them again. */
export const markEmailed = async (payload: Payload, ids: Id[]) => {
  if (ids.length === 0) return
  await payload.update({
    collection: 'notifications',
    data: { emailedAt: new Date().toISOString() },
    overrideAccess: true,
    where: { id: { in: ids } },
  })
}
