import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pageEtag } from '../../src/server/page-cache/etag'
import { SESSION_COOKIE } from '../../src/server/same-origin'
import { restClient } from './rest'
import { startServer, type E2EServer } from './server'

/**
 * The page cache on two production web processes over one database (as behind a load balancer):
 * a withdrawal through the API empties both processes' pages and feeds within the check interval
 * (1 s, as in production), and nothing logged-in or of the admin is ever served from the cache.
 */

const POST = '/aktualnosci/zawiadomienie-o-xxi-sesji-rady-gminy'
const APPROVER = 'sekretarz@wislotki.example'
let a: E2EServer
let b: E2EServer
const { api, tokenOf } = restClient(() => a.baseURL)

const get = async (server: E2EServer, path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.baseURL}${path}`, {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  })
  return { body: await res.text(), headers: res.headers, status: res.status }
}
const version = async () =>
  ((await api('/globals/site-version?depth=0')).body.version ?? '') as string

beforeAll(async () => {
  const env = (baseURL: string) => ({ HEROLD_PAGE_CACHE_CHECK_MS: '1000', SERVER_URL: baseURL })
  a = await startServer({ env, name: 'page-cache-a' })
  b = await startServer({ env, name: 'page-cache-b', shareWith: a })
})
afterAll(async () => {
  await b?.stop()
  await a?.stop()
})

describe('page cache on two web processes', () => {
  it('serves the same page with the same tag from both, and 304 for it', async () => {
    const [fromA, fromB] = [await get(a, POST), await get(b, POST)]
    expect(fromA.status).toBe(200)
    expect(fromB.status).toBe(200)
    // fetch() asks for gzip (and deflate) by default.
    const tag = pageEtag(await version(), POST, 'gzip')
    expect((await get(a, POST)).headers.get('etag')).toBe(tag)
    expect((await get(b, POST)).headers.get('etag')).toBe(tag)
    expect((await get(b, POST, { 'if-none-match': tag })).status).toBe(304)
    const br = await fetch(`${a.baseURL}${POST}`, { headers: { 'accept-encoding': 'br' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toBe('Accept-Encoding')
  })

  it('a withdrawn BIP entry takes its post off both processes’ pages and feeds within the check interval', async () => {
    for (const server of [a, b]) {
      expect((await get(server, POST)).status).toBe(200)
      expect((await get(server, '/feeds/all.xml')).body).toContain(POST)
    }
    const token = await tokenOf(APPROVER)
    const { body } = await api(`/posts?where[slug][equals]=${POST.split('/').pop()}&depth=0`, {
      token,
    })
    const bipId = body.docs[0].bipReference
    expect(bipId).toBeTruthy()
    const withdrawn = await api(`/bip-references/${bipId}`, {
      body: { state: 'withdrawn' },
      method: 'PATCH',
      token,
    })
    expect(withdrawn.status).toBe(200)
    const changedAt = Date.now()
    const gone = async (server: E2EServer) =>
      (await get(server, POST)).status === 404 &&
      !(await get(server, '/feeds/all.xml')).body.includes(POST)
    const pending = new Set([a, b])
    // The promise is 1 s; the deadline leaves room for a loaded 2-core machine.
    while (pending.size && Date.now() - changedAt < 2000) {
      for (const server of [...pending]) if (await gone(server)) pending.delete(server)
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(pending.size, 'processes still showing the withdrawn post').toBe(0)
    const page = await get(b, POST)
    expect(page.status).toBe(404)
  })

  it('never serves a logged-in visitor or the admin from the cache', async () => {
    const anonymous = await get(a, '/')
    const current = await version()
    const cacheTags = (['identity', 'gzip', 'br'] as const).map((e) => pageEtag(current, '/', e))
    expect(cacheTags).toContain(anonymous.headers.get('etag'))
    expect(anonymous.headers.get('cache-control')).toBe('no-cache')

    const session = { cookie: `${SESSION_COOKIE}=${await tokenOf(APPROVER)}` }
    for (let i = 0; i < 2; i++) {
      const logged = await get(a, '/', session)
      expect(logged.status).toBe(200)
      expect(cacheTags).not.toContain(logged.headers.get('etag'))
      expect(logged.headers.get('cache-control')).not.toBe('no-cache')
    }
    for (const path of ['/admin/login', '/admin']) {
      for (let i = 0; i < 2; i++) {
        const admin = await get(a, path, i ? session : {})
        expect(admin.headers.get('cache-control'), path).not.toBe('no-cache')
        expect(admin.headers.get('etag') ?? '', path).not.toMatch(/^"[\w-]{22}(-gz|-br)?"$/)
      }
    }
  })
})
