import type { Payload } from 'payload'

import type { PostForChannel } from '../../fanout/exports/types'
import { newsletterOptions } from '../context'
import { newsletterTexts, type NewsletterT } from '../translate'
import type { DigestKind } from '../types'
import { personalMessage, postBlock } from './messages'
import { senderName } from './sender-name'

/** An urgent alert's subject. */
export const alertSubject = (t: NewsletterT, title: string) =>
  t('newsletter:alert-subject', { title })

/** A digest's title inside the e-mail and its subject. */
export const digestHeading = (t: NewsletterT, kind: DigestKind, name: string) => {
  const title = t(kind === 'digest_daily' ? 'newsletter:digest-daily' : 'newsletter:digest-weekly')
  return { subject: `${name} – ${title.toLowerCase()}`, title: `${title}: ${name}` }
}

/** Links that are personal in a real message; a preview's lead nowhere. */
const PREVIEW_TOKEN = 'podglad'

/**
 * The e-mail a subscriber gets with this post, rendered by the same code as the real sending: an
 * urgent alert as its own message (full text), any other post as its entry in the daily digest.
 */
export const newsletterPreview = async (payload: Payload, post: PostForChannel) => {
  const t = await newsletterTexts(payload)
  const name = await senderName(payload)
  const urgent = post.informationType === 'urgent_alert'
  const digest = digestHeading(t, 'digest_daily', name)
  const message = personalMessage({
    blocks: [postBlock(post, null, urgent, t)],
    intro: t(urgent ? 'newsletter:alert-intro' : 'newsletter:digest-intro'),
    personal: { manageToken: PREVIEW_TOKEN, siteUrl: newsletterOptions(payload).siteUrl },
    senderName: name,
    t,
    title: urgent ? post.title : digest.title,
  })
  return {
    html: message.html,
    subject: urgent ? alertSubject(t, post.title) : digest.subject,
    text: message.text,
  }
}
