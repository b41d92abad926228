import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { type FakeGraph, startFakeGraph } from './graph-api'

const TOKEN = 'page-token-1'
let graph: FakeGraph

beforeEach(async () => {
  graph = await startFakeGraph({ token: TOKEN })
})
afterEach(async () => {
  vi.useRealTimers()
  await graph.close()
})

type GraphBody = {
  id?: string
  post_id?: string
  success?: boolean
  data?: any[]
  paging?: any
  error?: any
  [key: string]: any
}

/** Calls the fake; `path` is relative to the version, e.g. `${pageId}/feed`. */
const call = async (
  method: string,
  path: string,
  init: {
    form?: Record<string, string>
    json?: unknown
    body?: FormData
    headers?: Record<string, string>
    signal?: AbortSignal
  } = {},
) => {
  const headers: Record<string, string> = { ...init.headers }
  let body: BodyInit | undefined = init.body
  if (init.form) body = new URLSearchParams(init.form)
  if (init.json !== undefined) {
    body = JSON.stringify(init.json)
    headers['content-type'] = 'application/json'
  }
  const res = await fetch(`${graph.url}/${graph.version}/${path}`, {
    body,
    headers,
    method,
    signal: init.signal,
  })
  return { body: (await res.json()) as GraphBody, headers: res.headers, status: res.status }
}
const withToken = (path: string) => `${path}${path.includes('?') ? '&' : '?'}access_token=${TOKEN}`
const post = (form: Record<string, string>) =>
  call('POST', `${graph.pageId}/feed`, { form: { access_token: TOKEN, ...form } })
const stagePhoto = async () => {
  const form = new FormData()
  form.set('access_token', TOKEN)
  form.set('published', 'false')
  form.set('source', new Blob([new Uint8Array(1234)], { type: 'image/jpeg' }), 'photo.jpg')
  const res = await call('POST', `${graph.pageId}/photos`, { body: form })
  expect(res.status).toBe(200)
  return res.body.id!
}

describe('access tokens', () => {
  it('accepts the token from the query, a form body, a JSON body, a multipart field and a Bearer header', async () => {
    expect((await call('GET', withToken('me?fields=id,name'))).body).toEqual({
      id: graph.pageId,
      name: 'Fake Page',
    })
    expect(
      (
        await call('POST', `${graph.pageId}/feed`, {
          form: { access_token: TOKEN, message: 'form' },
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await call('POST', `${graph.pageId}/feed`, {
          json: { access_token: TOKEN, message: 'json' },
        })
      ).status,
    ).toBe(200)
    const form = new FormData()
    form.set('access_token', TOKEN)
    form.set('message', 'multipart')
    expect((await call('POST', `${graph.pageId}/feed`, { body: form })).status).toBe(200)
    expect(
      (
        await call('POST', `${graph.pageId}/feed`, {
          form: { message: 'bearer' },
          headers: { authorization: `Bearer ${TOKEN}` },
        })
      ).status,
    ).toBe(200)
    expect(graph.posts.map((p) => p.message)).toEqual(['form', 'json', 'multipart', 'bearer'])
  })

  it('rejects a missing or wrong token with 190', async () => {
    for (const path of ['me', 'me?access_token=nope']) {
      const res = await call('GET', path)
      expect(res.status).toBe(400)
      expect(res.body.error).toMatchObject({
        code: 190,
        message: 'Invalid OAuth access token - Cannot parse access token',
        type: 'OAuthException',
      })
      expect(res.body.error.fbtrace_id).toEqual(expect.any(String))
      expect(res.body.error.error_subcode).toBeUndefined()
    }
  })

  it('answers 190/460 once the token is revoked, until a new token is set', async () => {
    graph.revokeToken()
    const res = await post({ message: 'after revocation' })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 190, error_subcode: 460, type: 'OAuthException' })
    expect(res.body.error.message).toMatch(/session has been invalidated/)
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/)
    expect(graph.posts).toEqual([])
    graph.setToken('page-token-2')
    expect((await call('GET', 'me?access_token=page-token-2')).status).toBe(200)
    expect((await call('GET', withToken('me'))).body.error.code).toBe(190)
  })
})

describe('paths', () => {
  it('refuses another version prefix with 2500', async () => {
    const res = await fetch(`${graph.url}/v18.0/me?access_token=${TOKEN}`)
    expect(res.status).toBe(400)
    expect(((await res.json()) as GraphBody).error).toMatchObject({
      code: 2500,
      message: expect.stringMatching(/Unknown path components/),
    })
  })

  it('refuses unknown objects and edges', async () => {
    const missing = await call('GET', withToken(`${graph.pageId}_999`))
    expect(missing.status).toBe(400)
    expect(missing.body.error).toMatchObject({
      code: 100,
      error_subcode: 33,
      message: expect.stringMatching(/does not exist/),
    })
    expect(
      (await call('POST', `999/feed`, { form: { access_token: TOKEN, message: 'x' } })).body.error
        .code,
    ).toBe(803)
    expect((await call('GET', withToken(`${graph.pageId}/nonsense`))).body.error.code).toBe(100)
  })
})

describe('POST /{page-id}/feed', () => {
  it('publishes a message with a link and returns a page-scoped id beyond the safe integer range', async () => {
    const res = await post({ link: 'https://bip.example.gov.pl/a/1', message: 'Sesja rady gminy' })
    expect(res.status).toBe(200)
    expect(res.body.id).toMatch(new RegExp(`^${graph.pageId}_\\d+$`))
    expect(BigInt(res.body.id!.split('_')[1]) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true)
    expect(graph.posts).toEqual([
      {
        attachedMedia: [],
        createdTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
        id: res.body.id,
        link: 'https://bip.example.gov.pl/a/1',
        message: 'Sesja rady gminy',
        published: true,
        scheduledPublishTime: undefined,
      },
    ])
    expect(graph.requests.at(-1)).toMatchObject({
      method: 'POST',
      params: { message: 'Sesja rady gminy' },
      path: `/${graph.version}/${graph.pageId}/feed`,
      status: 200,
    })
  })

  it('requires a message, link or attached media', async () => {
    const res = await post({})
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({
      code: 100,
      message: expect.stringMatching(/message or link/),
    })
    expect(graph.posts).toEqual([])
  })

  it('refuses a message identical to one posted in the last 10 minutes with 506', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-21T15:00:00Z'), toFake: ['Date'] })
    expect((await post({ message: 'Komunikat' })).status).toBe(200)
    const duplicate = await post({ message: 'Komunikat', link: 'https://example.org/' })
    expect(duplicate.status).toBe(400)
    expect(duplicate.body.error).toMatchObject({
      code: 506,
      message: expect.stringMatching(/Duplicate status message/),
    })
    expect(graph.posts).toHaveLength(1)
    vi.setSystemTime(new Date('2026-11-21T15:10:01Z'))
    expect((await post({ message: 'Komunikat' })).status).toBe(200)
  })

  it('stages photos and attaches them, as a JSON array or form-style fields', async () => {
    const first = await stagePhoto()
    const second = await stagePhoto()
    expect(graph.photos).toEqual([
      { bytes: 1234, createdTime: expect.any(String), id: first, published: false, url: undefined },
      {
        bytes: 1234,
        createdTime: expect.any(String),
        id: second,
        published: false,
        url: undefined,
      },
    ])
    const asJson = await call('POST', `${graph.pageId}/feed`, {
      json: {
        access_token: TOKEN,
        attached_media: [{ media_fbid: first }, { media_fbid: second }],
        message: 'Galeria',
      },
    })
    expect(asJson.status).toBe(200)
    const asForm = await post({
      'attached_media[0]': JSON.stringify({ media_fbid: second }),
      message: 'Jedno zdjęcie',
    })
    expect(asForm.status).toBe(200)
    expect(graph.posts.map((p) => p.attachedMedia)).toEqual([[first, second], [second]])
  })

  it('refuses attached media that is not a staged photo of this page', async () => {
    const byUrl = await call('POST', `${graph.pageId}/photos`, {
      form: { access_token: TOKEN, caption: 'Opublikowane', url: 'https://example.org/a.jpg' },
    })
    expect(byUrl.body).toEqual({
      id: expect.any(String),
      post_id: expect.stringMatching(new RegExp(`^${graph.pageId}_`)),
    })
    for (const media of [byUrl.body.id!, '123']) {
      const res = await post({
        attached_media: JSON.stringify([{ media_fbid: media }]),
        message: `z ${media}`,
      })
      expect(res.body.error).toMatchObject({ code: 100 })
    }
    expect(graph.posts.map((p) => p.message)).toEqual(['Opublikowane'])
  })

  it('schedules a post 10 minutes to 30 days ahead, lists it as scheduled and publishes it when due', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-21T15:00:00Z'), toFake: ['Date'] })
    const now = Math.floor(Date.now() / 1000)
    for (const time of [now + 60, now + 31 * 86400]) {
      expect(
        (
          await post({
            message: 'za wcześnie',
            published: 'false',
            scheduled_publish_time: String(time),
          })
        ).body.error,
      ).toMatchObject({ code: 100 })
    }
    expect(
      (await post({ message: 'opublikowany', scheduled_publish_time: String(now + 3600) })).body
        .error,
    ).toMatchObject({ code: 100 })
    const res = await post({
      message: 'Zaplanowany',
      published: 'false',
      scheduled_publish_time: String(now + 3600),
    })
    expect(res.status).toBe(200)
    expect(graph.posts).toMatchObject([{ published: false, scheduledPublishTime: now + 3600 }])
    expect((await call('GET', withToken(`${graph.pageId}/feed`))).body.data).toEqual([])
    expect(
      (await call('GET', withToken(`${graph.pageId}/scheduled_posts`))).body.data,
    ).toMatchObject([{ id: res.body.id }])
    vi.setSystemTime(new Date('2026-11-21T16:00:00Z'))
    expect((await call('GET', withToken(`${graph.pageId}/feed`))).body.data).toEqual([
      { created_time: '2026-11-21T16:00:00+0000', id: res.body.id, message: 'Zaplanowany' },
    ])
  })
})

describe('reading, hiding and deleting', () => {
  it('lists the feed newest first with the requested fields, limit and paging', async () => {
    for (const message of ['one', 'two', 'three']) await post({ message })
    const all = await call('GET', withToken(`${graph.pageId}/feed`))
    expect(all.body.data!.map((p) => p.message)).toEqual(['three', 'two', 'one'])
    expect(Object.keys(all.body.data![0]).sort()).toEqual(['created_time', 'id', 'message'])
    expect(all.body.data![0].created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/)
    expect(all.body.paging.next).toBeUndefined()

    const firstPage = await call(
      'GET',
      withToken(`${graph.pageId}/posts?fields=id,permalink_url&limit=2`),
    )
    expect(firstPage.body.data).toEqual([
      {
        id: graph.posts[2].id,
        permalink_url: `https://www.facebook.com/${graph.pageId}/posts/${graph.posts[2].id.split('_')[1]}`,
      },
      { id: graph.posts[1].id, permalink_url: expect.any(String) },
    ])
    const next = new URL(firstPage.body.paging.next)
    next.searchParams.set('access_token', TOKEN)
    const secondPage = (await (await fetch(next)).json()) as GraphBody
    expect(secondPage.data!.map((p) => p.id)).toEqual([graph.posts[0].id])

    expect(
      (await call('GET', withToken(`${graph.pageId}/published_posts?fields=id,bogus`))).body.error,
    ).toMatchObject({ code: 100 })
  })

  it('reads, hides and deletes a post', async () => {
    const { body } = await post({ message: 'Do usunięcia' })
    const read = await call('GET', withToken(`${body.id}?fields=id,message,created_time,is_hidden`))
    expect(read.body).toEqual({
      created_time: graph.posts[0].createdTime,
      id: body.id,
      is_hidden: false,
      message: 'Do usunięcia',
    })
    expect(
      (await call('POST', body.id!, { form: { access_token: TOKEN, is_hidden: 'true' } })).body,
    ).toEqual({ success: true })
    expect(graph.posts[0].isHidden).toBe(true)
    expect((await call('DELETE', withToken(body.id!))).body).toEqual({ success: true })
    expect(graph.posts).toEqual([])
    expect((await call('GET', withToken(body.id!))).body.error).toMatchObject({
      code: 100,
      error_subcode: 33,
    })
  })
})

describe('injected errors', () => {
  it('answers with the default message and status per code', async () => {
    const expectations: [number, number, RegExp][] = [
      [1, 500, /An unknown error occurred/],
      [2, 500, /Service temporarily unavailable/],
      [4, 400, /Application request limit reached/],
      [17, 400, /User request limit reached/],
      [32, 400, /Page request limit reached/],
      [613, 400, /exceeded the rate limit/],
      [80001, 400, /too many calls to this Page account/],
      [368, 400, /deemed abusive/],
      [10, 400, /permission/],
      [200, 400, /Permissions error/],
      [100, 400, /Invalid parameter/],
    ]
    for (const [code, status, message] of expectations) {
      graph.failNext({ code })
      const res = await post({ message: `code ${code}` })
      expect(res.status).toBe(status)
      expect(res.body.error).toMatchObject({
        code,
        fbtrace_id: expect.any(String),
        message: expect.stringMatching(message),
        type: 'OAuthException',
      })
    }
    expect(graph.posts).toEqual([])
    expect(graph.requests.map((r) => r.status)).toEqual(expectations.map(([, status]) => status))
  })

  it('honours status, subcode, headers, times and path, and leaves GETs alone by default', async () => {
    graph.failNext({
      code: 32,
      headers: { 'retry-after': '60' },
      path: /\/feed$/,
      status: 403,
      subcode: 2446079,
      times: 2,
    })
    expect((await call('GET', withToken(`${graph.pageId}/feed`))).status).toBe(200)
    const photo = await call('POST', `${graph.pageId}/photos`, {
      form: { access_token: TOKEN, published: 'false', url: 'https://example.org/a.jpg' },
    })
    expect(photo.status).toBe(200)
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await post({ message: 'retry me' })
      expect(res.status).toBe(403)
      expect(res.headers.get('retry-after')).toBe('60')
      expect(res.body.error).toMatchObject({ code: 32, error_subcode: 2446079 })
    }
    expect((await post({ message: 'retry me' })).status).toBe(200)
    expect(graph.posts).toHaveLength(1)
  })

  it('reports usage headers on every response until changed', async () => {
    graph.setUsage({ app: 80, business: 95, regainMinutes: 12 })
    graph.failNext({ code: 80001 })
    for (const res of [await post({ message: 'x' }), await call('GET', withToken('me'))]) {
      expect(JSON.parse(res.headers.get('x-app-usage')!)).toEqual({
        call_count: 80,
        total_cputime: 80,
        total_time: 80,
      })
      expect(JSON.parse(res.headers.get('x-business-use-case-usage')!)).toEqual({
        [graph.pageId]: [
          {
            call_count: 95,
            estimated_time_to_regain_access: 12,
            total_cputime: 95,
            total_time: 95,
            type: 'pages',
          },
        ],
      })
    }
    graph.setUsage({})
    const res = await call('GET', withToken('me'))
    expect(res.headers.get('x-app-usage')).toBeNull()
    expect(res.headers.get('x-business-use-case-usage')).toBeNull()
  })
})

describe('unanswered and slow requests', () => {
  it('hangs after committing: the client times out, yet the post is in the feed', async () => {
    graph.hangNext({ commit: true })
    await expect(
      call('POST', `${graph.pageId}/feed`, {
        form: { access_token: TOKEN, message: 'Nieznany wynik' },
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow(/timeout|aborted/i)
    const feed = await call('GET', withToken(`${graph.pageId}/feed`))
    expect(feed.body.data!.map((p) => p.message)).toEqual(['Nieznany wynik'])
    expect(graph.requests[0]).toMatchObject({ method: 'POST', status: 0 })
    // Posting again blindly is what Facebook refuses as a duplicate.
    expect((await post({ message: 'Nieznany wynik' })).body.error).toMatchObject({ code: 506 })
  })

  it('hangs without committing, once, only a request on the given path', async () => {
    graph.hangNext({ commit: false, path: /\/feed$/ })
    expect(
      (
        await call('POST', `${graph.pageId}/photos`, {
          form: { access_token: TOKEN, published: 'false', url: 'https://example.org/a.jpg' },
        })
      ).status,
    ).toBe(200)
    await expect(
      call('POST', `${graph.pageId}/feed`, {
        form: { access_token: TOKEN, message: 'Zgubiony' },
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow()
    expect(graph.posts).toEqual([])
    expect((await post({ message: 'Zgubiony' })).status).toBe(200)
  })

  it('delays every response, after the work is done', async () => {
    graph.setDelay(150)
    const started = Date.now()
    expect((await call('GET', withToken('me'))).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    await expect(post({ message: 'wolno' }).then(() => 'answered')).resolves.toBe('answered')
    await expect(
      call('POST', `${graph.pageId}/feed`, {
        form: { access_token: TOKEN, message: 'za wolno' },
        signal: AbortSignal.timeout(50),
      }),
    ).rejects.toThrow()
    expect(graph.posts.map((p) => p.message)).toEqual(['wolno', 'za wolno'])
  })

  it('closes promptly with a request still hanging', async () => {
    graph.hangNext({ commit: false })
    const pending = post({ message: 'never answered' })
    await vi.waitFor(() => expect(graph.requests[0]?.params.message).toBe('never answered'))
    await graph.close()
    await expect(pending).rejects.toThrow()
    expect(graph.posts).toEqual([])
  })
})

describe('comments', () => {
  const resident = (n: number) => ({ id: `990000000000${n}`, name: `Mieszkaniec ${n}` })
  const newPost = async (message: string) => (await post({ message })).body.id!

  it('lists top-level comments oldest first with the default fields, and replies through the comment', async () => {
    const postId = await newPost('Wpis z komentarzami')
    const first = graph.addComment({
      createdTime: Date.now() - 60_000,
      from: resident(1),
      message: 'Pierwszy',
      postId,
    })
    const reply = graph.addComment({
      from: resident(2),
      message: 'Odpowiedź',
      parentId: first.id,
      postId,
    })
    const second = graph.addComment({ from: 'page', message: 'Od strony', postId })
    expect(first.id.startsWith(`${postId.split('_')[1]}_`)).toBe(true)
    const res = await call('GET', withToken(`${postId}/comments`))
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([
      { created_time: first.createdTime, from: resident(1), id: first.id, message: 'Pierwszy' },
      {
        created_time: second.createdTime,
        from: { id: graph.pageId, name: 'Fake Page' },
        id: second.id,
        message: 'Od strony',
      },
    ])
    const replies = await call('GET', withToken(`${first.id}/comments?fields=id,message,parent`))
    expect(replies.body.data).toEqual([
      {
        id: reply.id,
        message: 'Odpowiedź',
        parent: {
          created_time: first.createdTime,
          from: resident(1),
          id: first.id,
          message: 'Pierwszy',
        },
      },
    ])
    const stream = await call(
      'GET',
      withToken(
        `${postId}/comments?filter=stream&order=reverse_chronological&fields=id&summary=true`,
      ),
    )
    expect(stream.body.data!.map((c: { id: string }) => c.id)).toEqual([
      second.id,
      reply.id,
      first.id,
    ])
    expect(stream.body.summary).toEqual({
      can_comment: true,
      order: 'reverse_chronological',
      total_count: 3,
    })
  })

  it('pages with after and before cursors and next / previous links, as Facebook does', async () => {
    const postId = await newPost('Dużo komentarzy')
    const all = Array.from({ length: 5 }, (_, i) =>
      graph.addComment({
        createdTime: Date.now() - (10 - i) * 1000,
        from: resident(i),
        message: `K${i}`,
        postId,
      }),
    )
    const first = await call(
      'GET',
      withToken(`${postId}/comments?limit=2&fields=id,message,is_hidden,can_hide,permalink_url`),
    )
    expect(first.body.data!.map((c: { message: string }) => c.message)).toEqual(['K0', 'K1'])
    expect(first.body.data![0]).toMatchObject({
      can_hide: true,
      is_hidden: false,
      permalink_url: `https://www.facebook.com/${graph.pageId}/posts/${postId.split('_')[1]}?comment_id=${all[0].id.split('_')[1]}`,
    })
    expect(first.body.paging.previous).toBeUndefined()
    const next = new URL(first.body.paging.next)
    expect(next.searchParams.get('limit')).toBe('2')
    expect(next.searchParams.get('access_token')).toBeNull()
    const second = await call(
      'GET',
      withToken(
        `${postId}/comments?limit=2&fields=id,message&after=${first.body.paging.cursors.after}`,
      ),
    )
    expect(second.body.data!.map((c: { message: string }) => c.message)).toEqual(['K2', 'K3'])
    expect(second.body.paging.previous).toEqual(expect.any(String))
    const back = await call(
      'GET',
      withToken(
        `${postId}/comments?limit=2&fields=message&before=${second.body.paging.cursors.before}`,
      ),
    )
    expect(back.body.data!.map((c: { message: string }) => c.message)).toEqual(['K0', 'K1'])
    const last = await call(
      'GET',
      withToken(
        `${postId}/comments?limit=2&fields=message&after=${second.body.paging.cursors.after}`,
      ),
    )
    expect(last.body.data!.map((c: { message: string }) => c.message)).toEqual(['K4'])
    expect(last.body.paging.next).toBeUndefined()
    expect(
      (await call('GET', withToken(`${postId}/comments?after=bm9wZQ`))).body.error,
    ).toMatchObject({ code: 100 })
  })

  it("hides, unhides and deletes a comment with its replies; refuses to hide the Page's own comment", async () => {
    const postId = await newPost('Moderacja')
    const rude = graph.addComment({ from: resident(1), message: 'Niegrzeczny', postId })
    graph.addComment({ from: resident(2), message: 'Odpowiedź', parentId: rude.id, postId })
    const own = graph.addComment({ from: 'page', message: 'Od strony', postId })
    expect(
      (await call('POST', rude.id, { form: { access_token: TOKEN, is_hidden: 'true' } })).body,
    ).toEqual({ success: true })
    expect((await call('GET', withToken(`${rude.id}?fields=is_hidden`))).body).toEqual({
      is_hidden: true,
    })
    // Hidden comments stay in the list the Page sees.
    expect(
      (await call('GET', withToken(`${postId}/comments?fields=id,is_hidden`))).body.data,
    ).toEqual([
      { id: rude.id, is_hidden: true },
      { id: own.id, is_hidden: false },
    ])
    expect(
      (await call('POST', rude.id, { form: { access_token: TOKEN, is_hidden: 'false' } })).body,
    ).toEqual({ success: true })
    expect(graph.comments.find((c) => c.id === rude.id)?.isHidden).toBe(false)
    const refused = await call('POST', own.id, { form: { access_token: TOKEN, is_hidden: 'true' } })
    expect(refused.body.error).toMatchObject({ code: 100 })
    expect((await call('DELETE', withToken(rude.id))).body).toEqual({ success: true })
    expect(graph.comments.map((c) => c.message)).toEqual(['Od strony'])
    for (const method of ['GET', 'DELETE'])
      expect((await call(method, withToken(rude.id))).body.error).toMatchObject({
        code: 100,
        error_subcode: 33,
      })
    expect(
      (await call('POST', rude.id, { form: { access_token: TOKEN, is_hidden: 'true' } })).body
        .error,
    ).toMatchObject({ code: 100, error_subcode: 33 })
  })

  it('answers unknown fields, bad parameters, injected errors and usage headers as for posts', async () => {
    const postId = await newPost('Błędy')
    graph.addComment({ from: resident(1), message: 'x', postId })
    expect(
      (await call('GET', withToken(`${postId}/comments?fields=id,shoe_size`))).body.error.message,
    ).toBe('(#100) Tried accessing nonexisting field (shoe_size) on node type (Comment)')
    expect(
      (await call('GET', withToken(`${postId}/comments?order=random`))).body.error,
    ).toMatchObject({ code: 100 })
    expect((await call('GET', withToken('123_999/comments'))).body.error).toMatchObject({
      code: 803,
    })
    graph.failNext({ code: 613, method: 'GET', path: /\/comments$/ })
    expect((await call('GET', withToken(`${postId}/comments`))).body.error).toMatchObject({
      code: 613,
    })
    graph.setUsage({ business: 95, regainMinutes: 3 })
    const res = await call('GET', withToken(`${postId}/comments`))
    expect(res.status).toBe(200)
    expect(
      JSON.parse(res.headers.get('x-business-use-case-usage')!)[graph.pageId][0],
    ).toMatchObject({ call_count: 95, estimated_time_to_regain_access: 3 })
    graph.revokeToken()
    expect((await call('GET', withToken(`${postId}/comments`))).body.error).toMatchObject({
      code: 190,
      error_subcode: 460,
    })
  })

  it('deletes the comments of a deleted post', async () => {
    const postId = await newPost('Do usunięcia z komentarzem')
    graph.addComment({ from: resident(1), message: 'x', postId })
    await call('DELETE', withToken(postId))
    expect(graph.comments).toEqual([])
    expect(() => graph.addComment({ message: 'y', postId })).toThrow(/no post/)
  })
})

describe('engagement and insights', () => {
  const livePost = async () => (await post({ message: 'Zasięg' })).body.id!
  const ENGAGEMENT =
    'reactions.limit(0).summary(total_count),comments.filter(stream).limit(0).summary(total_count),shares'

  it('counts reactions, comments and shares through field expansion, without listing who reacted', async () => {
    const id = await livePost()
    graph.setEngagement(id, {
      reactions: [
        { from: { id: '1', name: 'Anna' }, type: 'LIKE' },
        { from: { id: '2', name: 'Jan' }, type: 'LOVE' },
        { from: { id: '3', name: 'Ola' }, type: 'LIKE' },
      ],
      shares: 4,
    })
    const top = graph.addComment({ message: 'Super', postId: id })
    graph.addComment({ message: 'Dzięki', parentId: top.id, postId: id })
    const res = await call(
      'GET',
      withToken(`${id}?fields=${encodeURIComponent(`id,${ENGAGEMENT}`)}`),
    )
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      comments: { data: [], summary: { can_comment: true, order: 'ranked', total_count: 2 } },
      id,
      reactions: { data: [], summary: { total_count: 3, viewer_reaction: 'NONE' } },
      shares: { count: 4 },
    })
    // The default filter counts top-level comments only; a limit lists reactions with their authors.
    const more = await call(
      'GET',
      withToken(
        `${id}?fields=${encodeURIComponent('comments.summary(true),reactions.type(LIKE).limit(1).summary(total_count)')}`,
      ),
    )
    expect(more.body.comments.summary.total_count).toBe(1)
    expect(more.body.comments.data).toHaveLength(1)
    expect(more.body.reactions.data).toEqual([{ id: '1', name: 'Anna', type: 'LIKE' }])
    expect(more.body.reactions.summary.total_count).toBe(2)
    expect(more.body.reactions.paging.cursors).toEqual({
      after: expect.any(String),
      before: expect.any(String),
    })
  })

  it('leaves shares out while a post has none, and refuses malformed expansions', async () => {
    const id = await livePost()
    expect((await call('GET', withToken(`${id}?fields=id,shares`))).body).toEqual({ id })
    expect(
      (await call('GET', withToken(`${id}?fields=reactions.bogus(1)`))).body.error,
    ).toMatchObject({ code: 100 })
    expect(
      (await call('GET', withToken(`${id}?fields=comments.filter(all)`))).body.error,
    ).toMatchObject({ code: 100 })
    expect(
      (await call('GET', withToken(`${id}?fields=message.limit(1)`))).body.error,
    ).toMatchObject({ code: 100 })
    expect((await call('GET', withToken(`${id}?fields=views`))).body.error.message).toBe(
      '(#100) Tried accessing nonexisting field (views) on node type (Post)',
    )
  })

  it('answers lifetime insights per metric, comma-separated or as a JSON array', async () => {
    const id = await livePost()
    graph.setEngagement(id, { impressions: 1234, impressionsUnique: 987 })
    const res = await call(
      'GET',
      withToken(`${id}/insights?metric=post_impressions,post_impressions_unique`),
    )
    expect(res.status).toBe(200)
    expect(res.body.data).toEqual([
      expect.objectContaining({
        id: `${id}/insights/post_impressions/lifetime`,
        name: 'post_impressions',
        period: 'lifetime',
        title: 'Lifetime Post Total Impressions',
        values: [{ value: 1234 }],
      }),
      expect.objectContaining({
        name: 'post_impressions_unique',
        period: 'lifetime',
        values: [{ value: 987 }],
      }),
    ])
    const array = await call(
      'GET',
      withToken(`${id}/insights?metric=${encodeURIComponent('["post_impressions"]')}`),
    )
    expect(array.body.data!.map((d: { name: string }) => d.name)).toEqual(['post_impressions'])
  })

  it('fails a retired or unknown metric as Facebook does, and answers no data for a Page without insights', async () => {
    const id = await livePost()
    graph.retireMetrics(['post_impressions'])
    const retired = await call(
      'GET',
      withToken(`${id}/insights?metric=post_impressions,post_impressions_unique`),
    )
    expect(retired.status).toBe(400)
    expect(retired.body.error).toMatchObject({
      code: 100,
      message: '(#100) The value must be a valid insights metric',
      type: 'OAuthException',
    })
    expect(
      (await call('GET', withToken(`${id}/insights?metric=page_fans`))).body.error.message,
    ).toBe('(#100) The value must be a valid insights metric')
    expect(
      (await call('GET', withToken(`${id}/insights?metric=post_impressions_unique`))).status,
    ).toBe(200)
    graph.retireMetrics([])
    expect((await call('GET', withToken(`${id}/insights?metric=post_impressions`))).status).toBe(
      200,
    )
    graph.setInsightsAvailable(false)
    expect(
      (await call('GET', withToken(`${id}/insights?metric=post_impressions_unique`))).body,
    ).toEqual({ data: [] })
  })

  it('applies injected errors to insights like any other GET', async () => {
    const id = await livePost()
    graph.failNext({
      code: 10,
      message: '(#10) Requires read_insights permission',
      method: 'GET',
      path: /\/insights$/,
    })
    const res = await call('GET', withToken(`${id}/insights?metric=post_impressions`))
    expect(res.body.error).toMatchObject({
      code: 10,
      message: '(#10) Requires read_insights permission',
    })
    expect((await call('GET', withToken(`${id}/insights?metric=post_impressions`))).status).toBe(
      200,
    )
  })
})
