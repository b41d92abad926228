import { afterAll, beforeAll, expect } from 'vitest'

import { PASSWORD, SAVE, warnOfPageErrors } from '../browser'
import { startServer, type E2EServer } from '../server'
import { restClient } from '../rest'

/**
 * The residents' site on the production server, over real HTTP: the news list with its filters and
 * pages, post pages (BIP link, rules link, images with alt text), every kind of post residents must
 * not see answered 404 (by page and by the REST API), the discussion-rules pages with their earlier
 * versions, valid HTML with the landmarks, and a browser: the filter form without JavaScript,
 * keyboard skip link, axe-core with no violations, a screenshot of a post page.
 */

export const USERS = {
  admin: 'admin@wislotki.example',
  approver: 'sekretarz@wislotki.example',
  osp: 'osp@wislotki.example',
} as const
export const OSP_POSTS = 11
const DAY = 86_400_000

export let server: E2EServer
export const pageErrors: string[] = []
export const tokens = {} as Record<keyof typeof USERS, string>
export const unitIds: Record<string, number | string> = {}

export const get = async (route: string) => {
  const res = await fetch(`${server.baseURL}${route}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(SAVE),
  })
  return { headers: res.headers, html: await res.text(), status: res.status }
}
export const { api } = restClient(() => server.baseURL)
/** A request that must succeed; its document (or the answer). */
export const ok = async (route: string, options: Parameters<typeof api>[1]) => {
  const res = await api(route, options)
  expect(
    res.status,
    `${options?.method ?? 'GET'} ${route}: ${JSON.stringify(res.body)}`,
  ).toBeLessThan(300)
  return (res.body.doc ?? res.body) as Record<string, any>
}

/** The main landmark, without the markers React puts between adjacent text nodes (invisible to readers). */
export const mainOf = (html: string) =>
  html.slice(html.indexOf('<main'), html.indexOf('</main>')).replaceAll('<!-- -->', '')
/** Slugs of the posts a list page links to, in order. */
export const listedSlugs = (html: string) => {
  const main = mainOf(html)
  const list = main.slice(main.indexOf('<ul class="posts">'))
  return main.includes('<ul class="posts">')
    ? [...list.matchAll(/<h2><a href="\/aktualnosci\/([^"?]+)">/g)].map((m) => m[1])
    : []
}
export const alternates = (html: string) =>
  [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)]
    .filter((m) => m[0].includes('application/rss+xml'))
    .map((m) => new URL(/href="([^"]+)"/.exec(m[0])![1], server.baseURL).pathname)
export const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]

/** A post written and published through the REST API, the way the admin does it. */
export const publishPost = async (
  data: Record<string, unknown>,
  submitter: keyof typeof USERS,
  approver?: keyof typeof USERS,
) => {
  const created = await ok('/posts', {
    body: { channels: ['rss'], informationType: 'local_news', ...data },
    method: 'POST',
    token: tokens[submitter],
  })
  let doc = await ok(`/posts/${created.id}`, {
    body: { workflowAction: 'submit' },
    method: 'PATCH',
    token: tokens[submitter],
  })
  if (approver)
    doc = await ok(`/posts/${created.id}`, {
      body: { workflowAction: 'approve' },
      method: 'PATCH',
      token: tokens[approver],
    })
  expect(doc.workflowState, String(data.slug)).toBe('published')
  return doc
}
export const bipEntry = (slug: string, data: Record<string, unknown>) =>
  ok('/bip-references', {
    body: {
      producingUnit: unitIds['urzad-gminy'],
      title: `Wpis BIP ${slug}`,
      url: `https://bip.wislotki.example/e2e/${slug}`,
      ...data,
    },
    method: 'POST',
    token: tokens.admin,
  })
export const publicInformation = (slug: string, bipReference: number | string) =>
  publishPost(
    {
      bipReference,
      category: 'official',
      informationType: 'public_information',
      lead: `Komunikat ${slug}.`,
      slug,
      title: `Komunikat ${slug}`,
      unit: unitIds['urzad-gminy'],
    },
    'admin',
    'approver',
  )

/** Posts residents must never reach, by what keeps them hidden; the seed brings the first five. */
export const HIDDEN: Record<string, string> = {
  'bip-szkic': 'public information published while its BIP entry is a draft',
  'bip-zaplanowany': 'public information whose BIP entry is scheduled for later',
  'cwiczenia-osp-przy-remizie': 'draft',
  'dzien-otwarty-w-szkole': 'changes requested',
  'konsultacje-budzetu-obywatelskiego-2026': 'in review (its BIP entry is a draft)',
  'nowosci-w-bibliotece': 'approved, publication date not yet come',
  'zmiana-godzin-pracy-urzedu': 'withdrawn',
}

/** Starts the seeded production server for the calling file, with the posts its tests expect. */
export const usePublicSite = () => {
  beforeAll(async () => {
    server = await startServer({ env: (baseURL) => ({ SERVER_URL: baseURL }), name: 'public-site' })
    for (const [key, email] of Object.entries(USERS)) {
      tokens[key as keyof typeof USERS] = (
        await ok('/users/login', { body: { email, password: PASSWORD }, method: 'POST' })
      ).token
    }
    for (const unit of (await ok('/units?depth=0&limit=100', {})).docs) unitIds[unit.slug] = unit.id
    // Eleven posts of a trusted unit (published on submission), one a second apart in publishedAt order.
    for (let i = 1; i <= OSP_POSTS; i++) {
      await publishPost(
        {
          category: 'safety',
          lead: `Komunikat OSP numer ${i}.`,
          slug: `komunikat-osp-${i}`,
          title: `Komunikat OSP nr ${i}`,
          unit: unitIds['osp-wislotki'],
        },
        'osp',
      )
    }
    const consultationBip = (
      await ok(
        '/bip-references?where[url][equals]=https://bip.wislotki.example/konsultacje/budzet-obywatelski-2026&depth=0',
        { token: tokens.admin },
      )
    ).docs[0]
    await publicInformation('bip-szkic', consultationBip.id)
    await publicInformation(
      'bip-zaplanowany',
      (
        await bipEntry('zaplanowany', {
          publishedAt: new Date(Date.now() + 2 * DAY).toISOString(),
          state: 'published',
        })
      ).id,
    )
  }, 300_000)

  afterAll(async () => {
    await server?.stop()
    warnOfPageErrors(pageErrors)
  })
}

/** The published posts, newest first: the OSP's eleven, then the seed's council session and school fête. */
export const NEWEST_FIRST = [
  ...Array.from({ length: OSP_POSTS }, (_, i) => `komunikat-osp-${OSP_POSTS - i}`),
  'zawiadomienie-o-xxi-sesji-rady-gminy',
  'festyn-rodzinny-w-szkole-podstawowej',
]
