import { describe, expect, it } from 'vitest'

import { call, graph, post, TOKEN, useFakeGraph, withToken } from '../helpers/fake-graph-client'

useFakeGraph()

const update = (id: string, form: Record<string, string>) =>
  call('POST', id, { form: { access_token: TOKEN, ...form } })

describe('POST /{page-post-id} (editing a Page post)', () => {
  it('changes the message in place, keeps the id and reports the time of the edit', async () => {
    const created = await post({ message: 'Festyn w sobote' })
    const id = created.body.id!
    const res = await update(id, { message: 'Festyn w niedzielę' })
    expect(res).toMatchObject({ body: { success: true }, status: 200 })
    const read = await call('GET', withToken(`${id}?fields=id,message,created_time,updated_time`))
    expect(read.body).toMatchObject({ id, message: 'Festyn w niedzielę' })
    expect(read.body.updated_time >= read.body.created_time).toBe(true)
    expect(graph.posts.filter((p) => p.message?.startsWith('Festyn'))).toHaveLength(1)
  })

  it('refuses to empty a text post (100), answers a deleted post as missing, and can fail like any call', async () => {
    const id = (await post({ message: 'Do poprawy' })).body.id!
    const empty = await update(id, { message: '  ' })
    expect(empty.status).toBe(400)
    expect(empty.body.error).toMatchObject({ code: 100, type: 'OAuthException' })
    expect(graph.posts.find((p) => p.id === id)?.message).toBe('Do poprawy')

    graph.failNext({ code: 2, message: 'Service temporarily unavailable', status: 503 })
    const busy = await update(id, { message: 'Poprawione' })
    expect(busy.body.error).toMatchObject({ code: 2 })
    expect(graph.posts.find((p) => p.id === id)?.message).toBe('Do poprawy')

    await call('DELETE', withToken(id))
    const gone = await update(id, { message: 'Poprawione' })
    expect(gone.status).toBe(400)
    expect(gone.body.error).toMatchObject({ code: 100 })
  })
})
