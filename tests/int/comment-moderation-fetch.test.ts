import { beforeAll, describe, expect, it } from 'vitest'

import { fetchComments, purgeOldComments } from '../../src/moderation/fetch-comments'
import type { FakeComment } from '../fakes/graph-api'
import {
  accountId,
  g,
  graph,
  otherPostId,
  pagePostId,
  payload,
  resident,
  send,
  stored,
  useCommentModeration,
} from '../helpers/comment-moderation'

useCommentModeration()

describe('fetching comments', () => {
  let comments: FakeComment[]
  beforeAll(async () => {
    comments = Array.from({ length: 130 }, (_, i) =>
      graph.addComment({
        createdTime: Date.now() - (200 - i) * 1000,
        from: resident(i),
        message: `Komentarz ${i}`,
        postId: pagePostId,
      }),
    )
    graph.addComment({
      from: resident(500),
      message: 'Odpowiedź na komentarz 0',
      parentId: comments[0].id,
      postId: pagePostId,
    })
    graph.addComment({ from: resident(501), message: 'Pod wpisem szkoły', postId: otherPostId })
  })

  it('stores every comment and reply of the Page copies, reading all pages', async () => {
    const before = graph.requests.length
    const report = await fetchComments(payload)
    expect(report).toMatchObject({ accounts: 1, created: 132, errors: [], posts: 2 })
    const calls = graph.requests.slice(before)
    expect(calls.every((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toBe(true)
    // 131 on the office's post: two pages of 100; one page for the school's.
    expect(calls).toHaveLength(3)
    expect(calls[0].params).toMatchObject({
      fields: 'id,message,from,created_time,is_hidden,parent,permalink_url',
      filter: 'stream',
      limit: '100',
    })
    const first = await stored(comments[0].id)
    expect(first).toMatchObject({
      authorId: '77000',
      authorName: 'Mieszkanka 0',
      message: 'Komentarz 0',
      state: 'visible',
    })
    expect(String(first.unit)).toBe(String(g.office.id))
    const reply = (
      await payload.find({
        collection: 'social-comments',
        overrideAccess: true,
        where: { message: { equals: 'Odpowiedź na komentarz 0' } },
      })
    ).docs[0]
    expect(reply.parentId).toBe(comments[0].id)
    // Fetching again adds nothing and changes nothing.
    expect(await fetchComments(payload)).toMatchObject({ created: 0, gone: 0, updated: 0 })
  })

  it('follows edits, hiding done on Facebook, and comments that disappeared', async () => {
    comments[1].message = 'Komentarz 1 (edytowany)'
    comments[2].isHidden = true
    graph.comments.splice(graph.comments.indexOf(comments[3]), 1)
    expect(await fetchComments(payload)).toMatchObject({ gone: 1, updated: 2 })
    expect((await stored(comments[1].id)).message).toBe('Komentarz 1 (edytowany)')
    expect((await stored(comments[2].id)).state).toBe('hidden')
    expect((await stored(comments[3].id)).state).toBe('gone')
  })

  it('shows staff every comment and editors only those under their units’ posts; nobody writes them', async () => {
    const count = async (who: null | string) => {
      const res = await send('GET', '/api/social-comments?limit=1', who)
      return res.status === 200 ? res.body.totalDocs : res.status
    }
    expect(await count(null)).toBe(403)
    expect(await count('approver')).toBe(132)
    expect(await count('officeEditor')).toBe(131)
    expect(await count('editor')).toBe(1)
    const one = await stored(comments[5].id)
    expect((await send('GET', `/api/social-comments/${one.id}`, 'editor')).status).toBe(404)
    expect(
      (await send('PATCH', `/api/social-comments/${one.id}`, 'admin', { message: 'zmiana' }))
        .status,
    ).toBe(403)
    expect((await send('DELETE', `/api/social-comments/${one.id}`, 'admin')).status).toBe(403)
    expect(
      (await send('POST', '/api/social-comments', 'admin', { commentId: 'x', message: 'y' }))
        .status,
    ).toBe(403)
  })

  it('stops on a rate limit and holds the account, so publishing waits too', async () => {
    graph.failNext({
      code: 32,
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          1000: [
            {
              call_count: 100,
              estimated_time_to_regain_access: 4,
              total_cputime: 10,
              total_time: 10,
              type: 'pages',
            },
          ],
        }),
      },
      method: 'GET',
      path: /\/comments$/,
    })
    const before = graph.requests.length
    const report = await fetchComments(payload)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatch(/ograniczył liczbę wywołań; spróbuj ponownie za 4 min/)
    expect(graph.requests.length - before).toBe(1)
    const account = (await payload.findByID({
      collection: 'channel-accounts',
      id: accountId,
      overrideAccess: true,
    })) as { status: { throttleUntil: string } }
    expect(new Date(account.status.throttleUntil).getTime()).toBeGreaterThan(
      Date.now() + 3 * 60_000,
    )
    // While held, nothing is asked of Facebook.
    expect((await fetchComments(payload)).accounts).toBe(0)
    expect(graph.requests.length - before).toBe(1)
    await payload.update({
      collection: 'channel-accounts',
      context: { fanoutStatusOnly: true },
      data: { status: { state: 'ok', throttleUntil: null } },
      id: accountId,
      overrideAccess: true,
    })
  })

  it('fetches on demand from the admin, at most every 30 seconds', async () => {
    expect((await send('POST', '/api/social-comments/fetch', null)).status).toBe(401)
    graph.addComment({ from: resident(800), message: 'Świeży komentarz', postId: pagePostId })
    // Staff only (editors are refused: tests/int/payload-internals.test.ts).
    const res = await send('POST', '/api/social-comments/fetch', 'approver')
    expect(res.status).toBe(200)
    expect(res.body.message).toMatch(/^Pobrano komentarze spod 2 wpisów: nowe 1, zmienione 0/)
    const again = await send('POST', '/api/social-comments/fetch', 'admin')
    expect(again.status).toBe(429)
    expect(again.body.errors[0].message).toMatch(/przed chwilą/)
  })

  it('deletes comments past their retention', async () => {
    const old = graph.addComment({
      createdTime: Date.now() - 100 * 86_400_000,
      from: resident(900),
      message: 'Stary komentarz',
      postId: pagePostId,
    })
    await fetchComments(payload)
    expect(await stored(old.id)).toBeDefined()
    expect(await purgeOldComments(payload, new Date(), 90)).toBe(1)
    expect(await stored(old.id)).toBeUndefined()
  })
})
