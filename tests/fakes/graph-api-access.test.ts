import { describe, expect, it } from 'vitest'

import {
  type GraphBody,
  call,
  graph,
  post,
  TOKEN,
  useFakeGraph,
  withToken,
} from '../helpers/fake-graph-client'

useFakeGraph()

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
