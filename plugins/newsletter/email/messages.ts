import { cleanCopyOverride, cutCleanly } from '../../fanout/exports/server'
import type { PostForChannel } from '../../fanout/exports/types'
import { type EmailBlock, escapeHtml, heading, link, paragraph, renderEmail } from './layout'
import { type NewsletterT, newsletterPolish } from '../translate'

/** A post as it appears in a newsletter email: title, excerpt or full text, page link, BIP link. */
export type PostBlock = {
  category: string
  html: string
  postId: string
  text: string
  unitId: null | string
  urgent: boolean
}

export const postBlock = (
  post: PostForChannel,
  unitId: null | string,
  full: boolean,
  t: NewsletterT = newsletterPolish,
): PostBlock => {
  // The editors' own introduction for the newsletter stands for the lead; the links stay below it.
  const intro = cleanCopyOverride(post.copy?.newsletter, {
    footerLabels: [t('newsletter:mail-bipLink')],
    urls: [post.bipUrl, post.postUrl],
  })
  const lead = intro ?? post.lead?.trim()
  const body = full ? post.bodyText : cutCleanly(lead || post.bodyText, 400)
  const blocks: EmailBlock[] = [
    heading(post.title),
    {
      html: `<p style="margin:0 0 0.5em;color:#4a4a4a">${escapeHtml(`${post.unitName} · ${post.categoryLabel}`)}</p>`,
      text: `${post.unitName} · ${post.categoryLabel}`,
    },
  ]
  if (full && lead) blocks.push(paragraph(lead))
  for (const part of body.split(/\n{2,}/).filter(Boolean)) blocks.push(paragraph(part))
  if (post.bipUrl) blocks.push(link(t('newsletter:mail-bipLink'), post.bipUrl))
  if (post.postUrl)
    blocks.push(link(t(full ? 'newsletter:mail-onSite' : 'newsletter:mail-readMore'), post.postUrl))
  return {
    category: post.category,
    html: blocks.map((b) => b.html).join(''),
    postId: String(post.id),
    text: blocks.map((b) => b.text).join('\n'),
    unitId,
    urgent: post.informationType === 'urgent_alert',
  }
}

/** A correction in a digest: the post's current version, marked "Sprostowanie:". */
export const correctionBlock = (
  post: PostForChannel,
  unitId: null | string,
  t: NewsletterT = newsletterPolish,
): PostBlock => {
  const block = postBlock(
    { ...post, title: `${t('newsletter:correction-prefix')} ${post.title}` },
    unitId,
    false,
    t,
  )
  const note = paragraph(t('newsletter:correction-note'))
  // Never filtered out as an alert the subscriber already had: the alert carried the old words.
  return {
    ...block,
    html: block.html + note.html,
    text: `${block.text}\n${note.text}`,
    urgent: false,
  }
}

export type Personal = { manageToken: string; siteUrl: string }

export const unsubscribeUrl = (p: Personal) =>
  `${p.siteUrl}/api/newsletter/unsubscribe/${p.manageToken}`

/** The message to one subscriber: shared blocks, a personal footer, RFC 8058 one-click headers. */
export const personalMessage = (input: {
  blocks: PostBlock[]
  intro: string
  personal: Personal
  senderName: string
  /** The texts' language: the install's (Polish by default). */
  t?: NewsletterT
  title: string
}) => {
  const t = input.t ?? newsletterPolish
  const preferences = `${input.personal.siteUrl}/newsletter/preferencje/${input.personal.manageToken}`
  const rendered = renderEmail({
    blocks: [paragraph(input.intro), ...input.blocks.map((b) => ({ html: b.html, text: b.text }))],
    footer: [
      paragraph(t('newsletter:mail-footer', { name: input.senderName })),
      link(t('newsletter:mail-preferences'), preferences),
      link(
        t('newsletter:mail-unsubscribe'),
        `${input.personal.siteUrl}/newsletter/wypisz/${input.personal.manageToken}`,
      ),
    ],
    senderName: input.senderName,
    title: input.title,
  })
  return {
    ...rendered,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl(input.personal)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

/**
 * Which posts of a digest a subscriber gets: their units and categories (empty = all), minus the
 * urgent alerts they already received (the posts in `receivedAlerts` when known, otherwise every
 * alert when they asked for alerts).
 */
export const postsFor = (
  blocks: PostBlock[],
  prefs: { categories?: null | string[]; units?: null | string[]; urgentAlerts?: boolean | null },
  receivedAlerts?: ReadonlySet<string>,
) =>
  blocks.filter(
    (b) =>
      (!prefs.units?.length || (b.unitId != null && prefs.units.includes(b.unitId))) &&
      (!prefs.categories?.length || prefs.categories.includes(b.category)) &&
      !(b.urgent && (receivedAlerts ? receivedAlerts.has(b.postId) : prefs.urgentAlerts)),
  )
