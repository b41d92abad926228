import type { ResolvedOptions } from '../types'

/** Validators of the last complete read of a document, sent back as conditional GET. */
export type Validators = { etag?: null | string; lastModified?: null | string }

export type Fetched =
  | { body: string; kind: 'ok'; status: number; validators: Validators }
  | { kind: 'not_modified' }
  | { kind: 'http'; status: number }
  | { detail: string; kind: 'connection' }
  | { kind: 'timeout' }
  | { kind: 'too_large' }

class TooLarge extends Error {}

/** The body, read up to `maxBytes`: a BIP answering megabytes of garbage stops being read. */
const readLimited = async (res: Response, maxBytes: number): Promise<string> => {
  const declared = Number(res.headers.get('content-length'))
  if (declared > maxBytes) {
    await res.body?.cancel()
    throw new TooLarge()
  }
  if (!res.body) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new TooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}

/**
 * GET with the previous validators (`If-None-Match`, `If-Modified-Since`), one timeout for the
 * whole exchange including the body, and a size limit. Every outcome is a value, never a throw.
 */
export const conditionalGet = async (
  url: string,
  http: ResolvedOptions['http'],
  previous: Validators = {},
): Promise<Fetched> => {
  const headers: Record<string, string> = {
    Accept:
      'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5',
    'User-Agent': http.userAgent,
  }
  if (previous.etag) headers['If-None-Match'] = previous.etag
  if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified
  try {
    const res = await fetch(url, {
      headers,
      redirect: 'follow',
      signal: AbortSignal.timeout(http.timeoutMs),
    })
    if (res.status === 304) {
      await res.body?.cancel()
      return { kind: 'not_modified' }
    }
    if (!res.ok) {
      await res.body?.cancel()
      return { kind: 'http', status: res.status }
    }
    const body = await readLimited(res, http.maxBytes)
    return {
      body,
      kind: 'ok',
      status: res.status,
      validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
    }
  } catch (error) {
    if (error instanceof TooLarge) return { kind: 'too_large' }
    const name = error instanceof Error ? error.name : ''
    if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    return { detail: cause?.code ?? cause?.message ?? (error as Error).message, kind: 'connection' }
  }
}
