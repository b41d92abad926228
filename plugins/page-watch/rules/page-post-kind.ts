import { bipSuspicion, describeSuspicion } from '../../../src/domain/bip-suspicion'

/**
 * What a Page post is for the BIP comparison:
 * - `herold`: a copy Herold sent (its delivery holds the post's id); the report judges it by its post;
 * - `public_without_bip`: posted by hand, and its text suggests public information
 *   (the "should this be in BIP?" heuristic) while it links to no BIP;
 * - `public_with_bip`: the same, but it links to a BIP;
 * - `other`: posted by hand, nothing official in its text.
 */
export const PAGE_POST_KINDS = ['herold', 'public_without_bip', 'public_with_bip', 'other'] as const
export type PagePostKind = (typeof PAGE_POST_KINDS)[number]

const URL_PATTERN = /https?:\/\/[^\s<>"')]+/giu

/**
 * Whether the text links to a BIP: Polish BIP sites live on hosts named `bip.…` or `….bip.gov.pl`
 * (and on `…/bip` paths of an office's site); `bipHosts` adds the hosts the instance knows.
 */
export const linksToBip = (text: string, bipHosts: readonly string[] = []): boolean =>
  [...text.matchAll(URL_PATTERN)].some(([raw]) => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return false
    }
    const host = url.hostname.toLowerCase().replace(/^www\./, '')
    return (
      host.startsWith('bip.') ||
      host.includes('.bip.') ||
      host.endsWith('.bip.gov.pl') ||
      /^\/bip(?:\/|$)/i.test(url.pathname) ||
      bipHosts.some((h) => host === h.toLowerCase().replace(/^www\./, ''))
    )
  })

export type PagePostClass = { kind: PagePostKind; reason: null | string }

export const classifyPagePost = (input: {
  bipHosts?: readonly string[]
  message: null | string | undefined
  sentByHerold: boolean
}): PagePostClass => {
  if (input.sentByHerold) return { kind: 'herold', reason: null }
  const text = input.message ?? ''
  const suspicion = bipSuspicion(text)
  if (!suspicion) return { kind: 'other', reason: null }
  return {
    kind: linksToBip(text, input.bipHosts) ? 'public_with_bip' : 'public_without_bip',
    reason: describeSuspicion(suspicion),
  }
}
