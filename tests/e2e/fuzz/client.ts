import http from 'node:http'
import { expect } from 'vitest'

import { PASSWORD } from '../browser'

/** Talking to the server under fuzzing: sending a request as written, judging the answer, finding targets. */

export const TIMEOUT_MS = 30_000
const CONCURRENCY = 8
const ADMIN = 'admin@wislotki.example'

export type Who = 'anonymous' | 'editor'
export type FuzzRequest = {
  body?: string
  headers: Record<string, string>
  method: string
  path: string
  who: Who
}
type Answer = { body: string; status: number }
/** Where requests go, and the editor's session for those sent as the editor. */
export type FuzzTarget = { baseURL: string; editorToken: string }

/** What no answer may contain: stack frames, server file paths, SQL (or the driver's words for it). */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?\S+ \(?[^\s)]+:\d+:\d+\)?/],
  ['file path', /\/work\/|node_modules/],
  ['SQL', /SELECT |INSERT |syntax error at|SQLITE_/],
]

/** One request exactly as written: node:http sends any method and any path bytes that fetch would refuse or normalise. */
const send = (target: FuzzTarget, request: FuzzRequest) =>
  new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers }
    if (request.who === 'editor') headers.authorization = `JWT ${target.editorToken}`
    if (request.body !== undefined)
      headers['content-length'] = String(Buffer.byteLength(request.body))
    const req = http.request(
      `${target.baseURL}${request.path}`,
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
  baseURL: string,
  path: string,
  token?: string,
  init: { body?: unknown; method?: string } = {},
) => {
  const res = await fetch(`${baseURL}${path}`, {
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

export const login = async (baseURL: string, email: string) =>
  (
    await json(baseURL, '/api/users/login', undefined, {
      body: { email, password: PASSWORD },
      method: 'POST',
    })
  ).token as string

/** What the server holds: collection and global slugs, a few real ids, slugs and media files to aim at. */
export type Targets = {
  collections: string[]
  globals: string[]
  ids: Record<string, string[]>
  mediaFiles: string[]
  postSlugs: string[]
  rulesSlugs: string[]
  unitSlugs: string[]
}

export const discover = async (baseURL: string): Promise<Targets> => {
  const adminToken = await login(baseURL, ADMIN)
  const access = await json(baseURL, '/api/access', adminToken)
  const collections = Object.keys(access.collections ?? {})
  const globals = Object.keys(access.globals ?? {})
  const ids: Record<string, string[]> = {}
  for (const slug of collections) {
    const res = await fetch(`${baseURL}/api/${slug}?limit=3&depth=0`, {
      headers: { authorization: `JWT ${adminToken}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const body = (await res.json().catch(() => ({}))) as { docs?: { id: number | string }[] }
    ids[slug] = (body.docs ?? []).map((d) => String(d.id))
  }
  const slugsOf = async (collection: string) =>
    (
      (await json(baseURL, `/api/${collection}?limit=5&depth=0`, adminToken)).docs as {
        slug?: string
      }[]
    )
      .map((d) => d.slug ?? '')
      .filter(Boolean)
  const media = (await json(baseURL, '/api/media?limit=3&depth=0', adminToken)).docs as {
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

/** Runs the corpus CONCURRENCY at a time; returns every problem with its request. */
export const runCorpus = async (target: FuzzTarget, corpus: FuzzRequest[]) => {
  const problems: string[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async () => {
    while (next < corpus.length) {
      const index = next++
      const request = corpus[index]
      try {
        const answer = await send(target, request)
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
