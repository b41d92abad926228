import { createHash } from 'node:crypto'

import type { PageEncoding } from './encoding'

const SUFFIX: Record<PageEncoding, string> = { br: '-br', gzip: '-gz', identity: '' }

/**
 * A page's strong ETag: the content version and the cache key (so a new version gives every page a
 * new tag, and two processes give the same page the same tag), one per encoding (other bytes).
 */
export const pageEtag = (version: string, key: string, encoding: PageEncoding) =>
  `"${createHash('sha256').update(`${version}\n${key}`).digest('base64url').slice(0, 22)}${SUFFIX[encoding]}"`

/** Whether If-None-Match names one of the tags (weak comparison, as RFC 9110 asks for GET). */
export const matchesEtag = (ifNoneMatch: string | string[] | undefined, tags: string[]) => {
  if (!ifNoneMatch) return false
  const listed = [ifNoneMatch]
    .flat()
    .join(',')
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
  return listed.includes('*') || listed.some((t) => tags.includes(t))
}
