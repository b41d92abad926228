import { NOT_FOUND_STRIKES } from '../constants'

/**
 * Whether a listing's silence about an entry means anything. Feeds list only the newest entries,
 * so an entry missing from a feed is just older, unless the feed says it is complete (RFC 5005
 * `fh:complete`); a sitemap lists every entry. Only a listing read in full counts (a 304 repeats
 * the previous answer).
 */
export const absenceCounts = (listing: { complete: boolean; kind: string }) =>
  listing.kind === 'sitemap' || listing.complete

export type PageFate = 'check_later' | 'gone' | 'present' | 'unreachable'

/**
 * What an answer for an entry page means. 410 Gone is final; 404 may be a server's bad moment,
 * so it counts only on `NOT_FOUND_STRIKES` consecutive checks; other failures say nothing about
 * the entry. `strikes` are the consecutive 404s before this answer.
 */
export const pageFate = (status: null | number, strikes: number): PageFate => {
  if (status === 410) return 'gone'
  if (status === 404) return strikes + 1 >= NOT_FOUND_STRIKES ? 'gone' : 'check_later'
  if (status !== null && status >= 200 && status < 300) return 'present'
  return 'unreachable'
}
