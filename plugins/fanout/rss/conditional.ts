/**
 * HTTP conditional requests for feeds (RFC 9110 §13): If-None-Match is evaluated first and, when
 * present, If-Modified-Since is ignored (§13.2.2). Strong ETags; weak comparison for If-None-Match.
 */
export type Validators = { etag: string; lastModified: Date }

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

export const notModified = (
  headers: { ifModifiedSince?: null | string; ifNoneMatch?: null | string },
  current: Validators,
): boolean => {
  if (headers.ifNoneMatch != null && headers.ifNoneMatch.trim() !== '') {
    const value = headers.ifNoneMatch.trim()
    if (value === '*') return true
    return value.split(',').some((tag) => opaque(tag) === opaque(current.etag))
  }
  if (headers.ifModifiedSince) {
    const since = Date.parse(headers.ifModifiedSince)
    if (Number.isNaN(since)) return false
    // HTTP dates have whole seconds: compare at that precision.
    return Math.floor(current.lastModified.getTime() / 1000) <= Math.floor(since / 1000)
  }
  return false
}

/**
 * Whether the request asks caches to check with the origin first (RFC 9111 §5.2.1.4: `no-cache`,
 * or `max-age=0`): the feed edge asks so, as a reader's reload does, and then the route's own
 * memory is checked against the stored feed at once.
 */
export const asksRevalidation = (cacheControl: null | string | undefined) =>
  !!cacheControl &&
  cacheControl
    .toLowerCase()
    .split(',')
    .some((d) => ['max-age=0', 'no-cache'].includes(d.trim()))

/** Whether the client takes gzip (`Accept-Encoding: gzip`, not refused with q=0). */
export const acceptsGzip = (acceptEncoding: null | string | undefined) => {
  if (!acceptEncoding) return false
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return !q || Number(q.slice(2)) > 0
  })
}

/**
 * The strong tag of a feed's gzip representation (RFC 9110 §8.8.3: each representation has its
 * own), derived from the identity tag so that the route and the feed edge agree.
 */
export const gzipEtagOf = (etag: string) => `${etag.slice(0, -1)}-gz"`
