import { describe, expect, it } from 'vitest'

import { call, graph, post, useFakeGraph, withToken } from '../helpers/fake-graph-client'

useFakeGraph()

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
