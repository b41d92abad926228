import { describe, expect, it, vi } from 'vitest'

import {
  type GraphBody,
  call,
  graph,
  post,
  stagePhoto,
  TOKEN,
  useFakeGraph,
  withToken,
} from '../helpers/fake-graph-client'

useFakeGraph()

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

  it('lists posts made outside the API by time window, newest first, with X-Page-Usage', async () => {
    const at = Date.parse('2026-03-01T10:00:00Z')
    const old = graph.addPagePost({ createdTime: at - 86_400_000, message: 'Przedwczoraj' })
    const byHand = graph.addPagePost({ createdTime: at, message: 'Ogłaszamy przetarg' })
    const { body } = await post({ message: 'Przez API' })
    graph.setUsage({ page: 91 })
    const since = String(Math.floor((at - 1000) / 1000))
    const list = await call(
      'GET',
      withToken(`${graph.pageId}/published_posts?fields=id,message,created_time&since=${since}`),
    )
    expect(list.body.data!.map((p) => p.id)).toEqual([body.id, byHand.id])
    expect(list.body.data![1]).toEqual({
      created_time: '2026-03-01T10:00:00+0000',
      id: byHand.id,
      message: 'Ogłaszamy przetarg',
    })
    expect(JSON.parse(list.headers.get('x-page-usage')!)).toMatchObject({ call_count: 91 })
    const until = String(Math.floor(at / 1000))
    const older = await call('GET', withToken(`${graph.pageId}/published_posts?until=${until}`))
    expect(older.body.data!.map((p) => p.id)).toEqual([byHand.id, old.id])
  })
})
