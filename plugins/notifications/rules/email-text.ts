import type { NotificationKind } from '../types'

type Id = number

/** A notification as an e-mail shows it. */
export type MailItem = {
  account?: Id | null
  detail?: null | string
  kind: NotificationKind
  post?: Id | null
  title: string
}

/** Where a notification opens in the admin: its post, else its channel account. */
export const adminPath = (item: Pick<MailItem, 'account' | 'post'>, adminRoute = '/admin') =>
  item.post != null
    ? `${adminRoute}/collections/posts/${item.post}`
    : item.account != null
      ? `${adminRoute}/collections/channel-accounts/${item.account}`
      : null

export type MailTexts = {
  footer: string
  intro?: string
  line: (item: MailItem) => string
  open: (url: string) => string
  subject: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** One e-mail listing notifications (one for an immediate e-mail, several for the summary). */
export const renderMail = (
  items: MailItem[],
  texts: MailTexts,
  link: (item: MailItem) => null | string,
) => {
  const blocks = items.map((item) => ({
    detail: item.detail?.trim() || null,
    line: texts.line(item),
    url: link(item),
  }))
  const text = [
    ...(texts.intro ? [texts.intro, ''] : []),
    ...blocks.flatMap((b) => [
      items.length > 1 ? `• ${b.line}` : b.line,
      ...(b.detail ? [b.detail] : []),
      ...(b.url ? [texts.open(b.url)] : []),
      '',
    ]),
    '—',
    texts.footer,
  ].join('\n')
  const html = [
    ...(texts.intro ? [`<p>${escapeHtml(texts.intro)}</p>`] : []),
    ...blocks.map(
      (b) =>
        `<p><strong>${escapeHtml(b.line)}</strong>` +
        (b.detail ? `<br>${escapeHtml(b.detail)}` : '') +
        (b.url ? `<br><a href="${escapeHtml(b.url)}">${escapeHtml(texts.open(b.url))}</a>` : '') +
        '</p>',
    ),
    `<p style="color:#666;font-size:12px">${escapeHtml(texts.footer)}</p>`,
  ].join('\n')
  return { html, subject: texts.subject, text }
}
