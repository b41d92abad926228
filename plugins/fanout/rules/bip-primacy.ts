/**
 * BIP comes first (DOMAIN.md): a post carrying public information may reach a channel only when
 * its BIP entry is published and its publication time has come. Other posts are not held.
 */
export type BipEntry = {
  publishedAt?: Date | null | string
  state?: null | string
  url?: null | string
}
export type PostForBip = { bipReference?: BipEntry | null; informationType?: null | string }

export type BipGate = { ok: true } | { ok: false; reason: string }

const formatWhen = (date: Date) =>
  date.toLocaleString('pl-PL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Warsaw' })

export const needsBip = (post: PostForBip) => post.informationType === 'public_information'

export const bipGate = (post: PostForBip, now: Date): BipGate => {
  if (!needsBip(post)) return { ok: true }
  const bip = post.bipReference
  if (!bip) return { ok: false, reason: 'Czeka na BIP: wpis nie wskazuje wpisu w BIP.' }
  if (bip.state === 'withdrawn')
    return { ok: false, reason: 'Wstrzymano: wpis w BIP został wycofany.' }
  if (bip.state !== 'published')
    return { ok: false, reason: 'Czeka na BIP: wpis w BIP nie jest jeszcze opublikowany.' }
  const publishedAt = bip.publishedAt ? new Date(bip.publishedAt) : null
  if (publishedAt && publishedAt.getTime() > now.getTime()) {
    return {
      ok: false,
      reason: `Czeka na BIP: publikacja w BIP zaplanowana na ${formatWhen(publishedAt)}.`,
    }
  }
  return { ok: true }
}

/** The official source every copy links to: the BIP entry when there is one. */
export const officialLink = (post: PostForBip): null | string =>
  post.bipReference?.state === 'published' && post.bipReference.url ? post.bipReference.url : null
