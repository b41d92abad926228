import { describe, expect, it, vi } from 'vitest'

import { call, graph, post, TOKEN, useFakeGraph, withToken } from '../helpers/fake-graph-client'

useFakeGraph()

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
