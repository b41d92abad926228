import { describe, expect, it } from 'vitest'

import { ByteLru } from '../../src/server/page-cache/byte-lru'
import { cacheableResponse, pageCacheKey } from '../../src/server/page-cache/cache-key'
import { chooseEncoding } from '../../src/server/page-cache/encoding'
import { matchesEtag, pageEtag } from '../../src/server/page-cache/etag'

const key = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  pageCacheKey({ headers, method, url }, 'herold')

describe('which requests the page cache answers', () => {
  it('keys anonymous reads of public pages by path and the parameters pages read, sorted', () => {
    expect(key('/')).toBe('/')
    expect(key('/aktualnosci/festyn', {}, 'HEAD')).toBe('/aktualnosci/festyn')
    expect(key('/aktualnosci?strona=2&jednostka=osp')).toBe('/aktualnosci?jednostka=osp&strona=2')
    expect(key('/rejestr-moderacji?miesiac=2026-03&kanal=fanpage&nr=4')).toBe(
      '/rejestr-moderacji?kanal=fanpage&miesiac=2026-03&nr=4',
    )
  })

  it('leaves tracking parameters out of the key, so a link shared on Facebook is still a hit', () => {
    expect(key('/aktualnosci/burza?fbclid=IwAR0abc&utm_source=fb')).toBe('/aktualnosci/burza')
  })

  it('sends everything else to Next.js', () => {
    for (const url of [
      '/admin',
      '/admin/collections/posts',
      '/api/posts',
      '/_next/static/chunks/app.js',
      '/feeds/all.xml',
      '/newsletter',
      '/newsletter/potwierdz/abc123',
      '/rejestr-moderacji/skarga?wpis=3',
      '/favicon.ico',
      // Paths the URL parser would rewrite: Next.js sees them as sent.
      '//example.com/aktualnosci',
      '/admin/../aktualnosci',
      // A form's answer, or any parameter no page reads.
      '/aktualnosci?wyslano=1',
      '/zasady-dyskusji?blad=email',
    ])
      expect(key(url), url).toBeNull()
    expect(key('/', {}, 'POST')).toBeNull()
    expect(key('/', {}, 'OPTIONS')).toBeNull()
  })

  it('never answers a logged-in visitor or the client router', () => {
    expect(key('/', { cookie: 'herold-token=eyJhbGci' })).toBeNull()
    expect(key('/', { cookie: 'theme=dark; herold-token=eyJhbGci' })).toBeNull()
    expect(key('/', { authorization: 'JWT eyJhbGci' })).toBeNull()
    expect(key('/', { rsc: '1' })).toBeNull()
    expect(key('/', { 'next-router-state-tree': '%5B%22%22%5D' })).toBeNull()
    // Someone else's cookie is no session.
    expect(key('/', { cookie: 'theme=dark' })).toBe('/')
  })

  it('keeps only 200 HTML without Set-Cookie', () => {
    const res = (status: number, headers: Record<string, string>) => ({
      headers: new Headers(headers),
      status,
    })
    expect(cacheableResponse(res(200, { 'content-type': 'text/html; charset=utf-8' }))).toBe(true)
    expect(cacheableResponse(res(404, { 'content-type': 'text/html; charset=utf-8' }))).toBe(false)
    expect(cacheableResponse(res(307, { location: '/admin/login' }))).toBe(false)
    expect(cacheableResponse(res(200, { 'content-type': 'text/x-component' }))).toBe(false)
    expect(
      cacheableResponse(res(200, { 'content-type': 'text/html', 'set-cookie': 'a=b; Path=/' })),
    ).toBe(false)
  })
})

describe('encoding of a cached page', () => {
  it('prefers brotli, then gzip, by the q-values the client gives', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('gzip, deflate')).toBe('gzip')
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9')).toBe('gzip')
    expect(chooseEncoding('*')).toBe('br')
    expect(chooseEncoding('*, br;q=0')).toBe('gzip')
    expect(chooseEncoding('identity')).toBe('identity')
    expect(chooseEncoding(undefined)).toBe('identity')
    expect(chooseEncoding('GZIP')).toBe('gzip')
  })
})

describe('ETag of a cached page', () => {
  it('is strong, one per version, path and encoding', () => {
    const tag = pageEtag('v1', '/', 'identity')
    expect(tag).toMatch(/^"[\w-]{22}"$/)
    expect(pageEtag('v1', '/', 'identity')).toBe(tag)
    expect(pageEtag('v2', '/', 'identity')).not.toBe(tag)
    expect(pageEtag('v1', '/aktualnosci', 'identity')).not.toBe(tag)
    expect(pageEtag('v1', '/', 'gzip')).toBe(tag.replace(/"$/, '-gz"'))
    expect(pageEtag('v1', '/', 'br')).toBe(tag.replace(/"$/, '-br"'))
  })

  it('matches If-None-Match lists, weak tags and *', () => {
    const tags = ['"a"', '"a-gz"']
    expect(matchesEtag('"a-gz"', tags)).toBe(true)
    expect(matchesEtag('"x", W/"a"', tags)).toBe(true)
    expect(matchesEtag('*', tags)).toBe(true)
    expect(matchesEtag('"b"', tags)).toBe(false)
    expect(matchesEtag(undefined, tags)).toBe(false)
  })
})

describe('byte-capped LRU', () => {
  it('evicts the least recently used beyond the cap and refuses what alone is over it', () => {
    const lru = new ByteLru<string>(100)
    lru.set('a', 'A', 40)
    lru.set('b', 'B', 40)
    expect(lru.get('a')).toBe('A') // a is now the most recent
    lru.set('c', 'C', 40)
    expect(lru.get('b')).toBeUndefined()
    expect(lru.get('a')).toBe('A')
    expect(lru.get('c')).toBe('C')
    expect(lru.size).toBe(80)
    expect(lru.set('huge', 'H', 101)).toBe(false)
    expect(lru.get('huge')).toBeUndefined()
    lru.set('a', 'A2', 10)
    expect(lru.size).toBe(50)
    lru.delete('c')
    expect(lru.size).toBe(10)
  })
})
