/**
 * The fan-out tests' stage (tests/int/fanout-*.test.ts): a Payload on a fresh database per file
 * with the fake Graph API and group operator, a gmina, and a post published to both social
 * channels.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import type { FakeGraph } from '../fakes/graph-api'
import type { FakeOperator } from '../fakes/group-operator'
import { act, draftPost, type Gmina, makeGmina } from './fixtures'
import { handoffGroup, startFanout } from './fanout'

export let payload: Payload
export let graph: FakeGraph
export let operator: FakeOperator
export let g: Gmina
export let fanpageId: number
export let groupId: number
export let groupRulesId: number

/** A post with both social channels, submitted and approved. */
export const publish = async (data: Record<string, unknown> = {}) => {
  const post = await draftPost(payload, g.approver, g.office, {
    channels: ['fanpage', 'group'],
    ...data,
  })
  await act(payload, g.approver, post.id, 'submit')
  return act(payload, g.approver2, post.id, 'approve')
}
export const postsWith = (text: string) => graph.posts.filter((p) => p.message?.includes(text))

/** A group account without an operator webhook: its copies go to an editor to post by hand. */
export const addHandoffGroup = () => handoffGroup(payload, groupRulesId)

export const useFanoutStage = () => {
  beforeAll(async () => {
    const started = await startFanout()
    ;({ graph, operator, payload } = started)
    fanpageId = started.fanpage.id
    groupId = started.group.id
    groupRulesId = started.rules.group.id
    g = await makeGmina(payload)
  })
  afterAll(async () => {
    await payload?.destroy()
    await graph?.close()
    await operator?.close()
  })
  beforeEach(() => {
    graph.setUsage({ app: 0, business: 0, regainMinutes: 0 })
  })
}
