/**
 * The channel-rules tests' stage (tests/int/channel-rules.test.ts): a Payload on a fresh database
 * per file with the fan-out fakes, the Page and group rules, a group account and the REST API as an
 * admin.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { FakeGraph } from '../fakes/graph-api'
import type { Post } from '../../src/payload-types'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from './api-server'
import { startFanout } from './fanout'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'

export type Id = number
export let payload: Payload
export let graph: FakeGraph
export let operator: FakeOperator
export let g: Gmina
export let api: Awaited<ReturnType<typeof startApiServer>>
export let adminAuth: string
export let rules: { fanpage: { id: Id; slug: string }; group: { id: Id; slug: string } }
export let groupId: Id

export const PASSWORD = 'Haslo-testowe-1'

export const rest = async (method: string, path: string, body?: unknown, auth = adminAuth) => {
  const res = await fetch(`${api.base}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { authorization: auth, 'content-type': 'application/json' },
    method,
  })
  return { body: (await res.json()) as any, status: res.status }
}
/** The field message of a refused save, as the admin shows it next to the field. */
export const fieldError = (body: any) =>
  body.errors?.[0]?.data?.errors?.[0] as undefined | { message: string; path: string }

export const publish = async (title: string, channels: NonNullable<Post['channels']>) => {
  const post = await draftPost(payload, g.approver, g.office, { channels, title })
  await act(payload, g.approver, post.id, 'submit')
  return act(payload, g.approver2, post.id, 'approve')
}
export const groupCopies = (title: string) =>
  operator.posts.filter((p) => p.body.text.includes(title))

export const useChannelRulesStage = () => {
  beforeAll(async () => {
    const started = await startFanout()
    ;({ graph, operator, payload, rules } = started)
    groupId = started.group.id
    g = await makeGmina(payload)
    api = await startApiServer(payload.config)
    adminAuth = await api.login(g.admin.email, PASSWORD)
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    await graph?.close()
    await operator?.close()
  })
}
