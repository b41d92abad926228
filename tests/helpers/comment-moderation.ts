/**
 * The comment-moderation tests' stage (tests/int/comment-moderation-*.test.ts): a Payload on a
 * fresh database per file with the fake Graph API and group operator, the Page's rules, posts on
 * the Page, the REST API and the staff's sessions.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, expect } from 'vitest'

import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { startApiServer } from './api-server'
import { deliveriesOf, drain, startFanout } from './fanout'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'
import { type EntryDoc, publishRules } from './moderation'

export let payload: Payload
export let graph: FakeGraph
export let operator: FakeOperator
export let g: Gmina
export let api: Awaited<ReturnType<typeof startApiServer>>
export let accountId: number
export let rulesId: number
export let pagePostId: string
export let otherPostId: string
export const auth: Record<string, string> = {}

export type CommentDoc = {
  commentId: string
  id: number
  message: string
  moderation?: { entry?: unknown }
  state: string
  unit?: unknown
}

export const resident = (n: number) => ({
  id: `7700${n}`,
  name: n === 1 ? 'Jan Kowalski' : `Mieszkanka ${n}`,
})

/** A post of `unit` published to the fanpage; returns the Page post id of its copy. */
export const publishToPage = async (unit: { id: number }, title: string) => {
  const post = await draftPost(payload, g.approver, unit, { channels: ['fanpage'], title })
  await act(payload, g.approver, post.id, 'submit')
  await act(payload, g.approver2, post.id, 'approve')
  await drain(payload)
  const [delivery] = await deliveriesOf(payload, post.id)
  expect(delivery.state).toBe('sent')
  return delivery.externalId!
}

export const send = (method: string, path: string, who: null | string, body?: unknown) =>
  api.send(method, path, who ? auth[who] : null, body)
export const stored = async (commentId: string) =>
  (
    await payload.find({
      collection: 'social-comments',
      depth: 0,
      overrideAccess: true,
      where: { commentId: { equals: commentId } },
    })
  ).docs[0] as unknown as CommentDoc
export const moderate = (who: null | string, comment: CommentDoc, body: Record<string, unknown>) =>
  send('POST', `/api/social-comments/${comment.id}/moderate`, who, body)
export const entriesFor = async (commentId: string) =>
  (
    await payload.find({
      collection: 'moderation-entries',
      depth: 0,
      overrideAccess: true,
      where: { 'snapshot.commentId': { equals: commentId } },
    })
  ).docs as unknown as EntryDoc[]

export const useCommentModeration = () => {
  beforeAll(async () => {
    const started = await startFanout()
    ;({ graph, operator, payload } = started)
    accountId = started.fanpage.id
    g = await makeGmina(payload)
    rulesId = (await publishRules(payload, g.approver, 'Zasady dyskusji na fanpage urzędu – pełne'))
      .id
    // The Page's own rules are the ones with citable points.
    await payload.update({
      collection: 'channel-accounts',
      data: { discussionRules: rulesId },
      id: accountId,
      overrideAccess: true,
    })
    pagePostId = await publishToPage(g.office, 'Remont drogi gminnej')
    otherPostId = await publishToPage(g.school, 'Dzień otwarty w szkole')
    api = await startApiServer(payload.config)
    for (const role of ['admin', 'approver', 'editor', 'officeEditor'] as const)
      auth[role] = await api.login(g[role].email, 'Haslo-testowe-1')
  })
  afterAll(async () => {
    await api?.close()
    await payload?.destroy()
    await graph?.close()
    await operator?.close()
  })
  beforeEach(() => graph.setUsage({}))
}
