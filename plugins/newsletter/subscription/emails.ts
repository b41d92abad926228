import type { Payload } from 'payload'

import { newsletterOptions } from '../context'
import { link, paragraph, renderEmail } from '../email/layout'
import { senderName } from '../email/sender-name'
import { newsletterTexts } from '../translate'
import type { SubscriberDoc } from '../types'

/** The links in a subscriber's emails. */
const links = (payload: Payload, sub: Pick<SubscriberDoc, 'confirmToken' | 'manageToken'>) => {
  const { siteUrl } = newsletterOptions(payload)
  return {
    confirm: `${siteUrl}/newsletter/potwierdz/${sub.confirmToken}`,
    preferences: `${siteUrl}/newsletter/preferencje/${sub.manageToken}`,
    unsubscribe: `${siteUrl}/newsletter/wypisz/${sub.manageToken}`,
  }
}

export const sendConfirmation = async (payload: Payload, sub: SubscriberDoc) => {
  const l = links(payload, sub)
  const name = await senderName(payload)
  const t = await newsletterTexts(payload)
  const mail = renderEmail({
    blocks: [
      paragraph(t('newsletter:confirm-intro')),
      link(t('newsletter:confirm-link'), l.confirm),
      paragraph(t('newsletter:confirm-note')),
    ],
    footer: [paragraph(t('newsletter:mail-sentBy', { name }))],
    senderName: name,
    title: t('newsletter:confirm-title'),
  })
  await payload.sendEmail({
    html: mail.html,
    subject: t('newsletter:confirm-subject', { name }),
    text: mail.text,
    to: sub.email,
  })
}

export const sendAlreadySubscribed = async (payload: Payload, sub: SubscriberDoc) => {
  const l = links(payload, sub)
  const name = await senderName(payload)
  const t = await newsletterTexts(payload)
  const mail = renderEmail({
    blocks: [
      paragraph(t('newsletter:already-intro')),
      link(t('newsletter:already-preferences'), l.preferences),
      link(t('newsletter:already-unsubscribe'), l.unsubscribe),
      paragraph(t('newsletter:already-notYou')),
    ],
    footer: [paragraph(t('newsletter:mail-sentBy', { name }))],
    senderName: name,
    title: t('newsletter:already-title'),
  })
  await payload.sendEmail({
    html: mail.html,
    subject: t('newsletter:already-subject', { name }),
    text: mail.text,
    to: sub.email,
  })
}
