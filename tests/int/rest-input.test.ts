import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { errorMessages, startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

/**
 * Malformed REST requests that Payload answered with a 500 (seen on the production server): each
 * is now a 4xx in Payload's error format with a Polish message, through the same guarded route
 * handlers as src/app/(payload)/api/[...slug]/route.ts.
 */

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
let editorAuth: string

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  api = await startApiServer(payload.config)
  editorAuth = await api.login(g.editor.email, 'Haslo-testowe-1')
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

type Raw = { auth?: boolean; body?: string; headers?: Record<string, string>; method?: string }

const raw = async (
  path: string,
  { auth = false, body, headers = {}, method = 'GET' }: Raw = {},
) => {
  const res = await fetch(`${api.base}${path}`, {
    body,
    headers: {
      'accept-language': 'pl',
      ...(auth ? { authorization: editorAuth } : {}),
      ...headers,
    },
    method,
  })
  const text = await res.text()
  let json: Record<string, any> = {}
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: the assertion on the message says so.
  }
  return { json, status: res.status, text }
}

const json = 'application/json'
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('REST input the route refuses with a 4xx instead of a 500', () => {
  it.each([
    [
      'where that is not JSON',
      '/api/posts?where=notjson',
      /Nieprawidłowe argumenty w żądaniu: where/,
    ],
    ['data that is not JSON', '/api/posts?data=notjson', /Nieprawidłowe argumenty w żądaniu: data/],
    ['a page of 1e20', '/api/posts?page=1e20', /Nieprawidłowe argumenty w żądaniu: page/],
    ['a limit that is not a number', '/api/posts?limit=abc', /limit/],
    [
      'a non-date compared with a date field',
      '/api/posts?where[createdAt][greater_than]=x',
      /where\[createdAt\]\[greater_than\]/,
    ],
    [
      'an impossible date',
      '/api/posts?where[updatedAt][less_than_equal]=2024-13-45',
      /where\[updatedAt\]/,
    ],
    ['a non-number compared with the id', '/api/posts?where[id][greater_than]=abc', /where\[id\]/],
    [
      'near, which the SQL adapters lack',
      '/api/posts?where[title][near]=1',
      /where\[title\]\[near\]/,
    ],
    ['an operator Payload does not know', '/api/posts?where[title][unknown_op]=1', /unknown_op/],
    [
      'a where in JSON with a non-date',
      `/api/posts?where=${encodeURIComponent('{"createdAt":{"less_than":"x"}}')}`,
      /where\[createdAt\]/,
    ],
  ])('%s: 400', async (_what, path, message) => {
    const { json: body, status } = await raw(path, { auth: true })
    expect(status).toBe(400)
    expect(errorMessages(body)).toMatch(message)
  })

  it('still answers good queries of the same kinds', async () => {
    for (const path of [
      '/api/posts?where[createdAt][greater_than]=2020-01-01&page=1&limit=5&depth=0',
      `/api/posts?where=${encodeURIComponent('{"title":{"like":"a"}}')}`,
      '/api/posts?where[or][0][id][in]=1,2',
    ]) {
      expect((await raw(path, { auth: true })).status, path).toBe(200)
    }
  })

  it.each([
    ['a missing media file', '/api/media/file/nosuch.png', false],
    ['an over-long media file name', `/api/media/file/${'a'.repeat(300)}.png`, false],
    ['a media file name with a NUL byte', '/api/media/file/%00.png', false],
    ['payload-migrations (closed to REST: 501 before)', '/api/payload-migrations', false],
    ['versions of a collection without versions', '/api/units/versions', true],
    ['versions of a global without versions', '/api/globals/payload-jobs-stats/versions', true],
    ['a malformed id of a plugin collection', '/api/deliveries/abc', true],
    ['a malformed version id', '/api/posts/versions/abc', true],
  ])('%s: 404', async (_what, path, auth) => {
    const { json: body, status } = await raw(path, { auth })
    expect(status).toBe(404)
    expect(errorMessages(body)).toMatch(/nie został znaleziony/)
  })

  it.each([
    ['null', json, 'null', 400, /obiektem JSON/],
    ['a string', json, '"a string"', 400, /obiektem JSON/],
    ['1e999', json, '1e999', 400, /obiektem JSON/],
    ['an array', json, '[1]', 400, /obiektem JSON/],
    ['broken JSON', json, '{', 400, /poprawnym JSON/],
    ['JSON nested 50,000 deep', json, deep(50_000), 400, /zbyt głęboko/],
    ['text/plain', 'text/plain', 'title=x', 415, /Nieobsługiwany typ treści/],
    ['XML', 'application/xml', '<post><title>x</title></post>', 415, /Nieobsługiwany typ treści/],
    ['multipart without boundary', 'multipart/form-data', 'x', 400, /boundary/],
    ['broken multipart', 'multipart/form-data; boundary=XYZ', '--XYZ\r\nbroken', 400, /multipart/],
    [
      'multipart whose _payload is not JSON',
      'multipart/form-data; boundary=XYZ',
      '--XYZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnotjson\r\n--XYZ--\r\n',
      400,
      /JSON/,
    ],
  ])('a post whose body is %s: a 4xx', async (_what, type, body, status, message) => {
    const answer = await raw('/api/posts', {
      auth: true,
      body,
      headers: { 'content-type': type },
      method: 'POST',
    })
    expect(answer.status).toBe(status)
    expect(errorMessages(answer.json)).toMatch(message)
  })

  it('a create without any body: 400', async () => {
    const answer = await raw('/api/bip-references', { auth: true, method: 'POST' })
    expect(answer.status).toBe(400)
    expect(errorMessages(answer.json)).toMatch(/Brak wymaganych danych/)
  })

  it.each(['login', 'forgot-password'])(
    '%s with a multipart body without boundary: 400',
    async (endpoint) => {
      const answer = await raw(`/api/users/${endpoint}`, {
        body: 'x',
        headers: { 'content-type': 'multipart/form-data' },
        method: 'POST',
      })
      expect(answer.status).toBe(400)
      expect(errorMessages(answer.json)).toMatch(/boundary/)
    },
  )

  it('a POST turned into a GET (X-HTTP-Method-Override) with broken JSON or a bad where: 400', async () => {
    const broken = await raw('/api/posts', {
      auth: true,
      body: '{',
      headers: { 'content-type': json, 'x-http-method-override': 'GET' },
      method: 'POST',
    })
    expect(broken.status).toBe(400)
    const empty = await raw('/api/posts', {
      auth: true,
      headers: { 'content-type': json, 'x-http-method-override': 'GET' },
      method: 'POST',
    })
    expect(empty.status).toBe(400)
    const where = await raw('/api/posts', {
      auth: true,
      body: 'where=notjson',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-http-method-override': 'GET',
      },
      method: 'POST',
    })
    expect(where.status).toBe(400)
  })

  it('a title that is not text is a validation error of the title (the slug hook used to crash)', async () => {
    for (const title of [{ $gt: '' }, 12, ['a']]) {
      const answer = await raw('/api/posts', {
        auth: true,
        body: JSON.stringify({ category: 'official', title, unit: g.school.id }),
        headers: { 'content-type': json },
        method: 'POST',
      })
      expect(answer.status, JSON.stringify(title)).toBe(400)
      expect(errorMessages(answer.json)).toMatch(/title: To pole musi być tekstem/)
    }
  })

  it('a broken percent-encoding in the path: 400', async () => {
    const answer = await raw('/api/posts/%ZZ', { auth: true })
    expect(answer.status).toBe(400)
    expect(errorMessages(answer.json)).toMatch(/kodowanie znaków/)
  })
})
