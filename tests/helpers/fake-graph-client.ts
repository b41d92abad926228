import { afterEach, beforeEach, expect, vi } from 'vitest'

import { type FakeGraph, startFakeGraph } from '../fakes/graph-api'

/** The fake Graph API's own tests: a fresh fake per test, called over HTTP with `call`. */
export const TOKEN = 'page-token-1'
export let graph: FakeGraph

/** Starts a fresh fake before each test of the calling file and closes it after. */
export const useFakeGraph = () => {
  beforeEach(async () => {
    graph = await startFakeGraph({ token: TOKEN })
  })
  afterEach(async () => {
    vi.useRealTimers()
    await graph.close()
  })
}

export type GraphBody = {
  id?: string
  post_id?: string
  success?: boolean
  data?: any[]
  paging?: any
  error?: any
  [key: string]: any
}

/** Calls the fake; `path` is relative to the version, e.g. `${pageId}/feed`. */
export const call = async (
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
export const withToken = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}access_token=${TOKEN}`
export const post = (form: Record<string, string>) =>
  call('POST', `${graph.pageId}/feed`, { form: { access_token: TOKEN, ...form } })
export const stagePhoto = async () => {
  const form = new FormData()
  form.set('access_token', TOKEN)
  form.set('published', 'false')
  form.set('source', new Blob([new Uint8Array(1234)], { type: 'image/jpeg' }), 'photo.jpg')
  const res = await call('POST', `${graph.pageId}/photos`, { body: form })
  expect(res.status).toBe(200)
  return res.body.id!
}
