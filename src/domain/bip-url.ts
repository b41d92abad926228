export type UrlCheck = { ok: true; value: string } | { ok: false; reason: 'protocol' | 'syntax' }

/**
 * Normalises a BIP entry URL so that the same entry typed twice compares equal: only http and
 * https, lower-case host, no default port, no fragment, no trailing whitespace.
 */
export const normalizeBipUrl = (raw: string): UrlCheck => {
  const trimmed = raw.trim()
  if (!trimmed) return { ok: false, reason: 'syntax' }
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`)
  } catch {
    return { ok: false, reason: 'syntax' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: 'protocol' }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost')
    return { ok: false, reason: 'syntax' }
  url.hash = ''
  return { ok: true, value: url.toString() }
}
