import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD } from './browser'
import { startServer, type E2EServer } from './server'

/**
 * Malformed requests against the production server (`npm start` on the seeded demo): a corpus
 * generated from a seeded PRNG over every route family (the residents' pages, feeds, REST of every
 * collection and global, the custom endpoints, forms, the admin, media files), anonymous and as an
 * editor, with odd methods, query strings, path encodings, headers and bodies. Nothing may answer
 * 5xx or leak a stack trace, a file path or SQL. A failure prints its request, and the same seed
 * (HEROLD_FUZZ_SEED) generates the same corpus again.
 */

const SEED = Number(process.env.HEROLD_FUZZ_SEED ?? 20_251_104)
const COUNT = Number(process.env.HEROLD_FUZZ_COUNT ?? 2400)
const CONCURRENCY = 8
const TIMEOUT_MS = 30_000
const EDITOR = 'redakcja.szkola@wislotki.example'
const ADMIN = 'admin@wislotki.example'

type Who = 'anonymous' | 'editor'
type FuzzRequest = {
  body?: string
  headers: Record<string, string>
  method: string
  path: string
  who: Who
}
type Answer = { body: string; status: number }

/** What no answer may contain: stack frames, server file paths, SQL (or the driver's words for it). */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?\S+ \(?[^\s)]+:\d+:\d+\)?/],
  ['file path', /\/work\/|node_modules/],
  ['SQL', /SELECT |INSERT |syntax error at|SQLITE_/],
]

let server: E2EServer
let editorToken = ''

/** mulberry32: small, fast and the same everywhere, so a seed names its corpus. */
const prng = (seed: number) => {
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

/** One request exactly as written: node:http sends any method and any path bytes that fetch would refuse or normalise. */
const send = (request: FuzzRequest) =>
  new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers }
    if (request.who === 'editor') headers.authorization = `JWT ${editorToken}`
    if (request.body !== undefined)
      headers['content-length'] = String(Buffer.byteLength(request.body))
    const req = http.request(
      `${server.baseURL}${request.path}`,
      { agent: false, headers, method: request.method, timeout: TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ body: Buffer.concat(chunks).toString('utf8'), status: res.statusCode ?? 0 }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)))
    req.on('error', reject)
    req.end(request.body)
  })

const describeRequest = (r: FuzzRequest) => {
  const headers = Object.entries(r.headers).map(
    ([k, v]) => `${k}: ${v.length > 80 ? `${v.slice(0, 80)}…` : v}`,
  )
  const body =
    r.body === undefined ? '' : ` body(${r.body.length}): ${JSON.stringify(r.body.slice(0, 120))}`
  const path = r.path.length > 200 ? `${r.path.slice(0, 200)}…(${r.path.length})` : r.path
  return `${r.method} ${path} [${r.who}${headers.length ? `; ${headers.join('; ')}` : ''}]${body}`
}

/**
 * Payload's admin configuration, rendered into the admin's pages for signed-in staff, carries the
 * import map's location on the server (admin.importMap); known, and not what this test looks for.
 */
const IMPORT_MAP_CONFIG = /\\?"importMap\\?":\{[^}]*\}/g

/** The problem with an answer, if any. */
const verdict = (answer: Answer) => {
  if (answer.status >= 500) return `status ${answer.status}`
  const body = answer.body.replace(IMPORT_MAP_CONFIG, '')
  for (const [what, pattern] of LEAKS) {
    const found = pattern.exec(body)
    if (found)
      return `${what} in the body: …${body.slice(Math.max(0, found.index - 60), found.index + 80)}…`
  }
  return null
}

const json = async (
  path: string,
  token?: string,
  init: { body?: unknown; method?: string } = {},
) => {
  const res = await fetch(`${server.baseURL}${path}`, {
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method: init.method ?? 'GET',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  expect(res.status, `${path}`).toBeLessThan(300)
  return (await res.json()) as Record<string, any>
}

const login = async (email: string) =>
  (
    await json('/api/users/login', undefined, {
      body: { email, password: PASSWORD },
      method: 'POST',
    })
  ).token as string

/** What the server holds: collection and global slugs, a few real ids, slugs and media files to aim at. */
type Targets = {
  collections: string[]
  globals: string[]
  ids: Record<string, string[]>
  mediaFiles: string[]
  postSlugs: string[]
  rulesSlugs: string[]
  unitSlugs: string[]
}

const discover = async (): Promise<Targets> => {
  const adminToken = await login(ADMIN)
  const access = await json('/api/access', adminToken)
  const collections = Object.keys(access.collections ?? {})
  const globals = Object.keys(access.globals ?? {})
  const ids: Record<string, string[]> = {}
  for (const slug of collections) {
    const res = await fetch(`${server.baseURL}/api/${slug}?limit=3&depth=0`, {
      headers: { authorization: `JWT ${adminToken}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const body = (await res.json().catch(() => ({}))) as { docs?: { id: number | string }[] }
    ids[slug] = (body.docs ?? []).map((d) => String(d.id))
  }
  const slugsOf = async (collection: string) =>
    ((await json(`/api/${collection}?limit=5&depth=0`, adminToken)).docs as { slug?: string }[])
      .map((d) => d.slug ?? '')
      .filter(Boolean)
  const media = (await json('/api/media?limit=3&depth=0', adminToken)).docs as {
    filename?: string
  }[]
  return {
    collections,
    globals,
    ids,
    mediaFiles: media.map((m) => m.filename ?? '').filter(Boolean),
    postSlugs: await slugsOf('posts'),
    rulesSlugs: await slugsOf('discussion-rules'),
    unitSlugs: await slugsOf('units'),
  }
}

// ——— The corpus ———

const LONG = 'a'.repeat(300)
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

/** Pieces spliced into a path: broken and odd percent-encodings, traversal, over-long segments. */
const PATH_NOISE = [
  '%ZZ',
  '%',
  '%0',
  '%00',
  '%E2%82',
  '%C0%AF',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%25',
  ';x=1',
  '~',
  '%C5%81%C3%B3d%C5%BA',
  LONG,
  'a'.repeat(2000),
  '%FF%FE',
  '..',
  '.',
  'index.html',
  '%2F',
]

/** Query strings, each one odd value or structure. */
const QUERY_NOISE = [
  'where=notjson',
  'data=notjson',
  'data=%5B1%5D',
  'where=%7B%22title%22%3A1%7D',
  'where[createdAt][greater_than]=x',
  'where[updatedAt][less_than_equal]=2024-13-45',
  'where[publishedAt][equals]=yesterday',
  'where[createdAt][in]=a,b',
  'where[title][near]=1,2,3',
  'where[title][within]=x',
  'where[title][intersects]=x',
  'where[title][unknown_op]=1',
  'where[title][like]=%25',
  'where[title][exists]=maybe',
  'where[title][equals][deep]=1',
  'where[id][in]=1,a,%00',
  'where[id][equals]=abc',
  'where[id][greater_than]=notanumber',
  'where[nosuchfield][equals]=1',
  'where[or][0][title][equals]=a&where[or][1]=x',
  'where[and]=x',
  'where[and][0]=',
  'where[unit.name][equals]=x',
  'where[__proto__][polluted]=1',
  'where[title][contains]=%27%3B%20DROP%20TABLE%20posts%3B--',
  'where[a][b][c][d][e][f][g][h][i][j][k][l]=1',
  'page=1e20',
  'page=-1',
  'page=0',
  'page=abc',
  'page=99999999999',
  'page[]=1',
  'limit=-5',
  'limit=1e20',
  'limit=abc',
  'limit=100000',
  'sort=;DROP',
  'sort=-',
  'sort=nosuchfield',
  'sort[]=title',
  'sort=-title,-,--',
  'depth=100',
  'depth=-1',
  'depth=abc',
  'depth=1e9',
  'select[title]=maybe',
  'select=title',
  'select[nosuch][deep]=true',
  'populate[units][name]=true',
  'populate=x',
  'locale=xx',
  'locale=%00',
  'locale[]=pl',
  'fallbackLocale=zz',
  'fallback-locale=none',
  'draft=maybe',
  'draft[]=true',
  'trash=maybe',
  'pagination=nope',
  'joins=x',
  'strona=1e20',
  'strona=-3',
  'strona=abc',
  'strona[]=2',
  'jednostka=%ZZ',
  'jednostka=nosuchunit',
  'jednostka[]=a',
  'kategoria=nosuch',
  'kategoria[x]=1',
  'kanal=%00',
  'miesiac=2024-99',
  'miesiac=abc',
  'nr=-1',
  'nr=1e99',
  'blad=nosuch,%00',
  'wpis=abc',
  'wyslano=xyz',
  'units=1,2,x',
  'categories[]=x',
  'digest=hourly',
  'urgent=maybe',
  'consent=',
  'email=%40',
  '%ZZ=1',
  'a=%ZZ',
  '%',
  '&&&=&',
  'x'.repeat(4000),
  'q[' + '['.repeat(50) + '=1',
]

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=latin1',
  'text/plain',
  'application/xml',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=XYZ',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'image/png',
  '*/*',
  'garbage',
  '',
]

/** Bodies that are not what any endpoint takes: the shape is wrong, the syntax is wrong, or both. */
const BODIES: { body: string; type?: string }[] = [
  { body: 'null', type: 'application/json' },
  { body: '"a string"', type: 'application/json' },
  { body: '1e999', type: 'application/json' },
  { body: '-0', type: 'application/json' },
  { body: 'true', type: 'application/json' },
  { body: '[]', type: 'application/json' },
  { body: '[1,2,3]', type: 'application/json' },
  { body: '{', type: 'application/json' },
  { body: '', type: 'application/json' },
  { body: '{"a":1}{"b":2}', type: 'application/json' },
  { body: '{"__proto__":{"polluted":1}}', type: 'application/json' },
  { body: '{"constructor":{"prototype":{"x":1}}}', type: 'application/json' },
  { body: '{"title":{"$gt":""}}', type: 'application/json' },
  { body: '{"title":["a","b"],"slug":{"x":1}}', type: 'application/json' },
  { body: '{"title":123456789012345678901234567890,"lead":null}', type: 'application/json' },
  {
    body: '{"title":"Fuzz","unit":"nosuch","category":{"x":1},"publishAt":"yesterday"}',
    type: 'application/json',
  },
  { body: '{"title":"Fuzz","slug":"%ZZ/../x","publishAt":"9999-99-99"}', type: 'application/json' },
  { body: '{"email":{"$ne":null},"password":{"$ne":null}}', type: 'application/json' },
  { body: '{"email":["a@b.pl"],"password":1}', type: 'application/json' },
  { body: '{"email":"' + 'a'.repeat(5000) + '@x.pl"}', type: 'application/json' },
  { body: '{"token":null,"password":[]}', type: 'application/json' },
  { body: '{"entry":{"x":1},"email":1,"message":[],"name":null}', type: 'application/json' },
  {
    body: '{"units":"x","categories":{"a":1},"digest":7,"urgent":"yes","consent":[]}',
    type: 'application/json',
  },
  { body: '{"rule":{"x":1},"point":"abc","action":[]}', type: 'application/json' },
  { body: '{"url":1,"id":{"in":[]}}', type: 'application/json' },
  { body: '{"workflowState":"published","_status":9}', type: 'application/json' },
  { body: '{"query":"{ __schema { types { name } } }"}', type: 'application/json' },
  { body: '{"query":"{' + '{'.repeat(200) + '"}', type: 'application/json' },
  { body: '{"_payload":"notjson"}', type: 'application/json' },
  { body: deepArray(50_000), type: 'application/json' },
  { body: deepObject(50_000), type: 'application/json' },
  { body: deepObject(2_000), type: 'application/json' },
  { body: '{"title":' + deepArray(5_000) + '}', type: 'application/json' },
  { body: 'title=Fuzz&email=x', type: 'text/plain' },
  {
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
    type: 'application/xml',
  },
  { body: '<x><title>Fuzz</title></x>', type: 'text/xml' },
  { body: 'a=1&a[b]=2&%ZZ=3&email=%', type: 'application/x-www-form-urlencoded' },
  {
    body: 'email=a%40b.pl&consent=on&units=x&_payload=%7B',
    type: 'application/x-www-form-urlencoded',
  },
  {
    body: '_payload=' + encodeURIComponent('{"title":{"$gt":""}}'),
    type: 'application/x-www-form-urlencoded',
  },
  {
    body: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nx\r\n--XYZ--\r\n',
    type: 'multipart/form-data',
  },
  {
    body: '--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nx\r\n--XYZ--\r\n',
    type: 'multipart/form-data; boundary=OTHER',
  },
  {
    body: '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnotjson\r\n--XYZ--\r\n',
    type: 'multipart/form-data; boundary=XYZ',
  },
  {
    body: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="../../x.png"\r\nContent-Type: image/png\r\n\r\nnotapng\r\n--XYZ--\r\n',
    type: 'multipart/form-data; boundary=XYZ',
  },
  { body: '--XYZ\r\nbroken', type: 'multipart/form-data; boundary=XYZ' },
  { body: '\u0000\u0001\u0002\uFFFD', type: 'application/octet-stream' },
  { body: 'x'.repeat(100_000), type: 'application/json' },
]

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'] as const
const TOKENS = [
  'x',
  'nosuchtoken',
  '%ZZ',
  '%',
  'a'.repeat(500),
  '..%2F..',
  '00000000-0000-0000-0000-000000000000',
  '%00',
  'Ł%C3%B3d%C5%BA',
]

const HEADER_NOISE: Record<string, string>[] = [
  { 'accept-language': 'xx-YY;q=abc, *;q=-1' },
  { 'accept-language': '' },
  { accept: 'application/xml' },
  { accept: 'text/x-nonsense' },
  { cookie: 'payload-token=garbage' },
  { cookie: 'payload-token=%ZZ; a=b; ;;=' },
  { authorization: 'JWT garbage' },
  { authorization: 'Bearer a.b.c' },
  { authorization: 'users API-Key nosuchkey' },
  { authorization: 'Basic %%%%' },
  { 'x-http-method-override': 'GET', 'content-type': 'application/json' },
  { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' },
  { 'if-none-match': '"garbage", W/"x", *' },
  { 'if-modified-since': 'not a date' },
  { 'if-modified-since': 'Tue, 99 Foo 9999 99:99:99 GMT' },
  { range: 'bytes=999999-1' },
  { range: 'bytes=x-y' },
  { 'accept-encoding': 'gzip;q=abc, br;q=-1, *' },
  { rsc: '1' },
  { 'next-router-state-tree': '%ZZ' },
  { 'next-action': 'nosuchaction' },
  { 'x-forwarded-for': 'not-an-ip, , 999.999.999.999' },
  { 'x-forwarded-host': '%ZZ' },
  { origin: 'null' },
  { referer: '%ZZ' },
]

type Family = {
  name: string
  paths: (t: Targets, r: ReturnType<typeof prng>) => string
  methods: readonly string[]
  weight: number
  query: number
  bodies: number
}

const FAMILIES: Family[] = [
  {
    bodies: 0.2,
    methods: ['GET', 'GET', 'GET', 'HEAD', 'POST'],
    name: 'page',
    paths: (t, r) =>
      r.pick([
        '/',
        '/aktualnosci',
        `/aktualnosci/${r.pick(t.postSlugs)}`,
        `/aktualnosci/${r.pick(TOKENS)}`,
        '/zasady-dyskusji',
        `/zasady-dyskusji/${r.pick(t.rulesSlugs)}`,
        `/zasady-dyskusji/${r.pick(TOKENS)}`,
        '/rejestr-moderacji',
        '/rejestr-moderacji/skarga',
        '/oficjalne-profile',
        '/kanaly-rss',
        '/newsletter',
        `/newsletter/potwierdz/${r.pick(TOKENS)}`,
        `/newsletter/preferencje/${r.pick(TOKENS)}`,
        `/newsletter/wypisz/${r.pick(TOKENS)}`,
        `/${r.pick(TOKENS)}`,
      ]),
    query: 0.5,
    weight: 22,
  },
  {
    bodies: 0.1,
    methods: ['GET', 'GET', 'HEAD', 'POST'],
    name: 'feed',
    paths: (t, r) =>
      r.pick([
        '/feeds/all.xml',
        `/feeds/units/${r.pick(t.unitSlugs)}.xml`,
        `/feeds/units/${r.pick(TOKENS)}.xml`,
        `/feeds/categories/${r.pick(['zdrowie', 'kultura', 'nosuch'])}.xml`,
        `/feeds/categories/${r.pick(TOKENS)}`,
        '/feeds/',
      ]),
    query: 0.3,
    weight: 8,
  },
  {
    bodies: 0.5,
    methods: ['GET', 'GET', 'POST', 'PATCH', 'DELETE', 'PUT'],
    name: 'collection',
    paths: (t, r) => {
      const c = r.pick(t.collections)
      const id =
        r.chance(0.5) && t.ids[c]?.length
          ? r.pick(t.ids[c])
          : r.pick(['1', '0', '-1', '1e20', 'abc', '%ZZ', '999999999', LONG, '1.5', 'null'])
      return r.pick([
        `/api/${c}`,
        `/api/${c}/${id}`,
        `/api/${c}/versions`,
        `/api/${c}/versions/${id}`,
        `/api/${c}/count`,
        `/api/${c}/${id}/duplicate`,
        `/api/${c}/access/${id}`,
        `/api/${c}/${r.pick(TOKENS)}/${r.pick(TOKENS)}`,
      ])
    },
    query: 0.6,
    weight: 30,
  },
  {
    bodies: 0.5,
    methods: ['GET', 'POST'],
    name: 'global',
    paths: (t, r) => {
      const g = r.pick([...t.globals, 'nosuchglobal'])
      return r.pick([
        `/api/globals/${g}`,
        `/api/globals/${g}/versions`,
        `/api/globals/${g}/versions/${r.pick(['1', 'abc', '%ZZ'])}`,
        `/api/globals/${g}/access`,
      ])
    },
    query: 0.5,
    weight: 6,
  },
  {
    bodies: 0.8,
    methods: ['POST', 'POST', 'GET'],
    name: 'auth',
    paths: (_t, r) =>
      `/api/users/${r.pick(['login', 'forgot-password', 'reset-password', 'me', 'refresh-token', 'unlock', 'first-register', 'init', `verify/${r.pick(TOKENS)}`])}`,
    query: 0.2,
    weight: 8,
  },
  {
    bodies: 0.7,
    methods: ['POST', 'GET', 'POST'],
    name: 'custom endpoint',
    paths: (t, r) => {
      const id = r.chance(0.5)
        ? r.pick(['1', 'abc', '%ZZ', '-1', LONG])
        : (r.pick(Object.values(t.ids).flat()) ?? '1')
      return r.pick([
        '/api/newsletter/subscribe',
        `/api/newsletter/confirm/${r.pick(TOKENS)}`,
        `/api/newsletter/preferences/${r.pick(TOKENS)}`,
        `/api/newsletter/unsubscribe/${r.pick(TOKENS)}`,
        `/api/newsletter/campaigns/${id}/progress`,
        `/api/newsletter/campaigns/${id}/resend-uncertain`,
        '/api/newsletter/digest',
        `/api/newsletter/subscribers/${id}/export`,
        `/api/newsletter/subscribers/${id}/erase`,
        '/api/complaints/submit',
        '/api/social-comments/fetch',
        `/api/social-comments/${id}/moderation`,
        `/api/social-comments/${id}/moderate`,
        `/api/deliveries/${id}/retry`,
        `/api/deliveries/${id}/record`,
        `/api/deliveries/${id}/takedown`,
        `/api/posts/${id}/fanout-preview`,
        `/api/raporty/${r.pick(['activity', 'bip-vs-social', 'moderation', 'reach', 'nosuch', '%ZZ'])}/csv`,
        '/api/graphql',
        '/api/graphql-playground',
        '/api/access',
        '/api/og',
        `/api/${r.pick(TOKENS)}`,
        '/api/payload-migrations',
      ])
    },
    query: 0.4,
    weight: 14,
  },
  {
    bodies: 0.9,
    methods: ['POST'],
    name: 'form',
    paths: (_t, r) =>
      r.pick([
        '/api/complaints/submit',
        '/api/newsletter/subscribe',
        `/api/newsletter/preferences/${r.pick(TOKENS)}`,
        `/api/newsletter/unsubscribe/${r.pick(TOKENS)}`,
        `/api/newsletter/confirm/${r.pick(TOKENS)}`,
      ]),
    query: 0.2,
    weight: 5,
  },
  {
    bodies: 0.05,
    methods: ['GET', 'HEAD'],
    name: 'media',
    paths: (t, r) => {
      const file = r.pick(t.mediaFiles)
      return `/api/media/file/${r.pick([file, `${file}${r.pick(PATH_NOISE)}`, 'nosuch.png', 'a'.repeat(300) + '.png', 'a'.repeat(1200), '..%2F..%2Fpackage.json', '%ZZ.png', '%', '.png', '%00.png', r.pick(TOKENS)])}`
    },
    query: 0.2,
    weight: 5,
  },
  {
    bodies: 0.1,
    methods: ['GET'],
    name: 'admin',
    paths: (t, r) =>
      r.pick([
        '/admin',
        '/admin/login',
        `/admin/collections/${r.pick(t.collections)}`,
        `/admin/collections/posts/${r.pick(['1', 'abc', '%ZZ'])}`,
        `/admin/globals/${r.pick(t.globals)}`,
        '/admin/raporty',
        `/admin/${r.pick(TOKENS)}`,
        '/admin/%ZZ',
        '/admin/collections/%',
      ]),
    query: 0.3,
    weight: 2,
  },
  {
    bodies: 0,
    methods: ['GET'],
    name: 'next',
    paths: (_t, r) =>
      r.pick([
        '/_next/static/%ZZ',
        '/_next/static/chunks/nosuch.js',
        '/_next/image?url=%ZZ&w=x&q=y',
        '/_next/image?url=http://127.0.0.1:1/x&w=64&q=75',
        '/_next/data/x/y.json',
        '/favicon.ico',
        '/robots.txt',
      ]),
    query: 0,
    weight: 2,
  },
]

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

const generate = (t: Targets, seed: number, count: number): FuzzRequest[] => {
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

/** Runs the corpus CONCURRENCY at a time; returns every problem with its request. */
const runCorpus = async (corpus: FuzzRequest[]) => {
  const problems: string[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async () => {
    while (next < corpus.length) {
      const index = next++
      const request = corpus[index]
      try {
        const answer = await send(request)
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
        const problem = verdict(answer)
        if (problem) problems.push(`#${index} ${describeRequest(request)} → ${problem}`)
      } catch (error) {
        problems.push(`#${index} ${describeRequest(request)} → ${(error as Error).message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return { problems, statuses }
}

beforeAll(async () => {
  server = await startServer({ name: 'fuzz' })
  editorToken = await login(EDITOR)
})

afterAll(async () => {
  await server?.stop()
})

describe('malformed requests against the production server', () => {
  it(`answer ${COUNT} generated malformed requests without a 5xx or a leak`, async () => {
    const targets = await discover()
    const corpus = generate(targets, SEED, COUNT)
    const started = Date.now()
    const { problems, statuses } = await runCorpus(corpus)
    const fiveXX = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0)
    console.log(
      `fuzz: ${fiveXX} 5xx of ${corpus.length} requests (seed ${SEED}, ${Math.round((Date.now() - started) / 1000)} s; statuses ${[
        ...statuses,
      ]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')})`,
    )
    if (problems.length) console.log(`fuzz problems (${problems.length}):\n${problems.join('\n')}`)
    expect(corpus.length).toBeGreaterThanOrEqual(2000)
    expect(
      problems.slice(0, 40),
      `${problems.length} problem(s); HEROLD_FUZZ_SEED=${SEED} reproduces them`,
    ).toEqual([])
    // Still serving after all of it.
    expect(
      (await fetch(`${server.baseURL}/`, { signal: AbortSignal.timeout(TIMEOUT_MS) })).status,
    ).toBe(200)
  })
})
