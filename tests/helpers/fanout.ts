import type { Payload } from 'payload'

import { GRAPH_API_VERSION } from '../../plugins/fanout/channels/graph-version'
import { startFakeGraph, type FakeGraph } from '../fakes/graph-api'
import { startFakeOperator, type FakeOperator } from '../fakes/group-operator'
import { startPayload } from './payload'
import { publishRules } from './rules'

export const PAGE_TOKEN = 'page-token-1'
export const WEBHOOK_SECRET = 'operator-shared-secret'

/** Payload wired to loopback fakes of the Graph API and a group operator, with both accounts set up. */
export const startFanout = async () => {
  const graph: FakeGraph = await startFakeGraph({
    pageId: '1000',
    token: PAGE_TOKEN,
    version: GRAPH_API_VERSION,
  })
  const operator: FakeOperator = await startFakeOperator({ secret: WEBHOOK_SECRET })
  process.env.FACEBOOK_GRAPH_URL = graph.url
  process.env.FACEBOOK_GRAPH_VERSION = graph.version
  process.env.FACEBOOK_GRAPH_TIMEOUT_MS = '1500'
  process.env.HEROLD_ENCRYPTION_KEY = 'test-encryption-key-0123456789abcdef'
  process.env.SERVER_URL = 'https://wislotki.example'
  const payload: Payload = await startPayload()
  // A social channel is switched on only under its own published rules of discussion.
  const rules = {
    fanpage: await publishRules(payload, 'Zasady dyskusji na fanpage urzędu', 'facebook_page', {
      slug: 'fanpage-urzedu',
    }),
    group: await publishRules(payload, 'Zasady dyskusji w grupie mieszkańców', 'facebook_group', {
      slug: 'grupa-mieszkancow',
    }),
  }
  const fanpage = await payload.create({
    collection: 'channel-accounts',
    data: {
      discussionRules: rules.fanpage.id,
      enabled: true,
      fanpage: { pageId: graph.pageId, pageToken: PAGE_TOKEN },
      kind: 'fanpage',
      name: 'Fanpage urzędu',
    },
    overrideAccess: true,
  })
  const group = await payload.create({
    collection: 'channel-accounts',
    data: {
      discussionRules: rules.group.id,
      enabled: true,
      group: { mode: 'webhook', webhookSecret: WEBHOOK_SECRET, webhookUrl: operator.url },
      kind: 'group',
      name: 'Wisłotki – forum mieszkańców',
    },
    overrideAccess: true,
  })
  return { fanpage, graph, group, operator, payload, rules }
}

/** A group account without an operator webhook, under the given rules: an editor posts by hand. */
export const handoffGroup = (payload: Payload, discussionRules: number) =>
  payload.create({
    collection: 'channel-accounts',
    data: {
      discussionRules,
      enabled: true,
      group: { mode: 'handoff' },
      kind: 'group',
      name: 'Grupa bez operatora',
    },
    overrideAccess: true,
  })

/** Runs the delivery queues until nothing due is left, urgent first, as the worker does. */
export const drain = async (payload: Payload, rounds = 20) => {
  for (let i = 0; i < rounds; i++) {
    const urgent = await payload.jobs.run({ limit: 100, queue: 'fanout-urgent', silent: true })
    const normal = await payload.jobs.run({ limit: 100, queue: 'fanout', silent: true })
    if (urgent.noJobsRemaining && normal.noJobsRemaining) return
  }
}

/** A post's deliveries by channel name (sorted here: PostgreSQL sorts a select by its option order). */
export const deliveriesOf = async (payload: Payload, postId: number) =>
  (
    (
      await payload.find({
        collection: 'deliveries',
        depth: 0,
        overrideAccess: true,
        where: { post: { equals: postId } },
      })
    ).docs as unknown as { channel: string }[]
  ).sort((a, b) => a.channel.localeCompare(b.channel)) as unknown as {
    attempts: number
    channel: string
    externalId?: string
    externalUrl?: string
    flag?: string
    id: number
    lastError?: string
    nextAttemptAt?: string
    reason?: string
    state: string
    takenDownAt?: string
    text?: string
    withdrawal?: string
  }[]
