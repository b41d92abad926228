import type { FuzzRequest, Targets, Who } from './client'
import { FAMILIES } from './families'
import {
  BODIES,
  CONTENT_TYPES,
  deepArray,
  deepObject,
  HEADER_NOISE,
  METHODS,
  PATH_NOISE,
  QUERY_NOISE,
} from './noise'

/** mulberry32: small, fast and the same everywhere, so a seed names its corpus. */
export const prng = (seed: number) => {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]
  return { chance: (p: number) => next() < p, int, pick }
}

/** Puts noise into one segment of the path (or at its end), keeping the query part as is. */
const noisyPath = (path: string, r: ReturnType<typeof prng>) => {
  const [pathname, query] = path.split(/\?(.*)/s)
  const segments = pathname.split('/')
  const at = 1 + r.int(segments.length - 1)
  const noise = r.pick(PATH_NOISE)
  segments[at] = r.chance(0.5) ? `${segments[at]}${noise}` : noise
  return segments.join('/') + (query ? `?${query}` : '')
}

const withQuery = (path: string, r: ReturnType<typeof prng>) => {
  const parts = Array.from({ length: 1 + r.int(3) }, () => r.pick(QUERY_NOISE))
  return `${path}${path.includes('?') ? '&' : '?'}${parts.join('&')}`
}

/** The listed causes of 500s seen on production, always part of the corpus (besides the generated rest). */
const KNOWN = (t: Targets): FuzzRequest[] => [
  { headers: {}, method: 'GET', path: '/api/posts?where=notjson', who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/api/posts?page=1e20', who: 'anonymous' },
  {
    headers: {},
    method: 'GET',
    path: '/api/posts?where[createdAt][greater_than]=x',
    who: 'anonymous',
  },
  { headers: {}, method: 'GET', path: '/api/posts?where[title][near]=1', who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/api/media/file/nosuch.png', who: 'anonymous' },
  { headers: {}, method: 'GET', path: `/api/media/file/${'a'.repeat(300)}.png`, who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/aktualnosci/%ZZ', who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/%', who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/feeds/units/%ZZ.xml', who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/admin/%ZZ', who: 'anonymous' },
  { headers: {}, method: 'TRACE', path: '/', who: 'anonymous' },
  { headers: {}, method: 'TRACE', path: '/api/posts', who: 'anonymous' },
  {
    body: 'x',
    headers: { 'content-type': 'multipart/form-data' },
    method: 'POST',
    path: '/api/users/login',
    who: 'anonymous',
  },
  {
    body: 'x',
    headers: { 'content-type': 'multipart/form-data' },
    method: 'POST',
    path: '/api/users/forgot-password',
    who: 'anonymous',
  },
  { headers: {}, method: 'GET', path: '/api/payload-migrations', who: 'anonymous' },
  { headers: {}, method: 'GET', path: '/api/units/versions', who: 'editor' },
  {
    body: 'null',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: '"a string"',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: '1e999',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: 'title=x',
    headers: { 'content-type': 'text/plain' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: '<x/>',
    headers: { 'content-type': 'application/xml' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: '--XYZ\r\nbroken',
    headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: '{"title":{"$gt":""}}',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: deepArray(50_000),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    path: '/api/posts',
    who: 'editor',
  },
  {
    body: deepObject(50_000),
    headers: { 'content-type': 'application/json' },
    method: 'PATCH',
    path: `/api/posts/${t.ids.posts?.[0] ?? 1}`,
    who: 'editor',
  },
]

export const generate = (t: Targets, seed: number, count: number): FuzzRequest[] => {
  const r = prng(seed)
  const weighted = FAMILIES.flatMap((f) => Array.from({ length: f.weight }, () => f))
  const corpus = KNOWN(t)
  while (corpus.length < count) {
    const family = r.pick(weighted)
    let path = family.paths(t, r)
    if (r.chance(family.query)) path = withQuery(path, r)
    if (r.chance(0.2)) path = noisyPath(path, r)
    const method = r.chance(0.12) ? r.pick(METHODS) : r.pick(family.methods)
    const headers: Record<string, string> = { 'accept-language': r.pick(['pl', 'pl', 'en', 'de']) }
    let body: string | undefined
    if ((method !== 'GET' && method !== 'HEAD' && r.chance(family.bodies)) || r.chance(0.02)) {
      const chosen = r.pick(BODIES)
      body = chosen.body
      headers['content-type'] =
        r.chance(0.8) && chosen.type !== undefined ? chosen.type : r.pick(CONTENT_TYPES)
    }
    if (r.chance(0.25)) Object.assign(headers, r.pick(HEADER_NOISE))
    const who: Who =
      family.name === 'page' || family.name === 'feed' || r.chance(0.5)
        ? r.chance(0.2)
          ? 'editor'
          : 'anonymous'
        : 'editor'
    corpus.push({ body, headers, method, path, who })
  }
  return corpus
}
