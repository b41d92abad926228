import { describe, expect, it } from 'vitest'

import { call, graph, post, TOKEN, useFakeGraph, withToken } from '../helpers/fake-graph-client'

useFakeGraph()

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
