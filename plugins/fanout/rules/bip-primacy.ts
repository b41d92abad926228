import { type FanoutT, polishT } from '../i18n'

/**
 * BIP comes first: a post carrying public information may reach a channel only when
 * its BIP entry is published and its publication time has come. Other posts are not held.
 */
export type BipEntry = {
  publishedAt?: Date | null | string
  state?: null | string
  url?: null | string
}
/** The post's BIP entry as read with the post; an id alone (not read) says nothing of its state. */
type BipRef = BipEntry | null | number | string
export type PostForBip = { bipReference?: BipRef; informationType?: null | string }

const entryOf = (ref: BipRef | undefined): BipEntry | null =>
  ref == null ? null : typeof ref === 'object' ? ref : {}

export type BipGate = { ok: true } | { ok: false; reason: string }

const formatWhen = (date: Date) =>
  date.toLocaleString('pl-PL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Warsaw' })

export const needsBip = (post: PostForBip) => post.informationType === 'public_information'

export const bipGate = (post: PostForBip, now: Date, t: FanoutT = polishT): BipGate => {
  if (!needsBip(post)) return { ok: true }
  const bip = entryOf(post.bipReference)
  if (!bip) return { ok: false, reason: t('fanout:bipMissing') }
  if (bip.state === 'withdrawn') return { ok: false, reason: t('fanout:bipWithdrawnHeld') }
  if (bip.state !== 'published') return { ok: false, reason: t('fanout:bipNotPublished') }
  const publishedAt = bip.publishedAt ? new Date(bip.publishedAt) : null
  if (publishedAt && publishedAt.getTime() > now.getTime()) {
    return { ok: false, reason: t('fanout:bipScheduled', { when: formatWhen(publishedAt) }) }
  }
  return { ok: true }
}

/** The official source every copy links to: the BIP entry when there is one. */
export const officialLink = (post: PostForBip): null | string => {
  const bip = entryOf(post.bipReference)
  return bip?.state === 'published' && bip.url ? bip.url : null
}
