import type { Targets } from './client'
import type { prng } from './corpus'
import { LONG, PATH_NOISE, TOKENS } from './noise'

export type Family = {
  name: string
  paths: (t: Targets, r: ReturnType<typeof prng>) => string
  methods: readonly string[]
  weight: number
  query: number
  bodies: number
}

export const FAMILIES: Family[] = [
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
        '/api/fanout/preview',
        '/api/newsletter/test-send',
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
