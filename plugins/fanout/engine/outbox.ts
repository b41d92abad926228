import type { Payload, PayloadRequest } from 'payload'

import { type Channel, type ChannelSlug, SITE_TARGET } from '../channels/types'
import { DELIVER_TASK } from '../constants'
import { bipGate } from '../rules/bip-primacy'
import { CANCELLABLE, planDelivery, REPLANNABLE } from '../rules/delivery-plan'
import { lintGroupPost } from '../rules/group-lint'
import { DELIVERIES } from '../constants'
import { loadAccountRules, rulesKey } from './account-rules'
import { type AccountDoc, enabledAccounts, toChannelAccount } from './accounts'
import { fanoutContext } from './context'
import { type DeliveryRef, recordDeliveryState } from './delivery-audit'
import { loadPost, type PostDoc, postForChannel } from './post-view'

type Req = Partial<PayloadRequest>
export type DeliveryDoc = {
  account?: number | string | { id: number | string } | null
  attempts?: null | number
  channel: ChannelSlug
  id: number | string
  key: string
  leaseUntil?: null | string
  nextAttemptAt?: null | string
  /** The copy last attempted, exactly as sent. */
  payload?: null | Record<string, unknown>
  post: number | string | { id: number | string }
  priority?: null | number
  state: string
  text?: null | string
}

const NOT_CONFIGURED: Record<string, string> = {
  fanpage:
    'nie dodano konta fanpage. Dodaj je w „Kanały społecznościowe” albo ustaw FACEBOOK_PAGE_ID i FACEBOOK_PAGE_TOKEN.',
  group:
    'nie dodano grupy mieszkańców. Dodaj ją w „Kanały społecznościowe” (webhook operatora albo zadanie dla redaktora).',
}

export const idOfRef = (ref: unknown): number | string =>
  ref && typeof ref === 'object' ? (ref as { id: number | string }).id : (ref as number | string)

type Queueable = Pick<DeliveryDoc, 'id' | 'nextAttemptAt' | 'priority'>

/** At most this many deliveries are sent side by side by one job. */
const JOB_SIZE = 20

/**
 * Puts deliveries on the Jobs Queue, in the caller's transaction when given its request. A post's
 * channels share one job: they are sent side by side and the queue's own bookkeeping is paid once.
 */
export const queueDeliveries = async (payload: Payload, deliveries: Queueable[], req?: Req) => {
  const { queues } = fanoutContext(payload).options
  const now = Date.now()
  const groups = new Map<string, { ids: (number | string)[]; queue: string; waitUntil?: Date }>()
  for (const d of deliveries) {
    const waitUntil =
      d.nextAttemptAt && new Date(d.nextAttemptAt).getTime() > now
        ? new Date(d.nextAttemptAt)
        : undefined
    const queue = d.priority === 0 ? queues.urgent : queues.normal
    const key = `${queue}:${waitUntil?.toISOString() ?? ''}`
    const group = groups.get(key) ?? { ids: [], queue, waitUntil }
    group.ids.push(d.id)
    groups.set(key, group)
  }
  for (const { ids, queue, waitUntil } of groups.values()) {
    for (let i = 0; i < ids.length; i += JOB_SIZE) {
      const deliveryIds = ids.slice(i, i + JOB_SIZE).map(String)
      await payload.jobs.queue({
        input: { deliveryIds },
        queue,
        req: req as PayloadRequest,
        task: DELIVER_TASK,
        waitUntil,
      } as never)
    }
  }
}

export const queueDelivery = (payload: Payload, delivery: Queueable, req?: Req) =>
  queueDeliveries(payload, [delivery], req)

/**
 * Deliveries are the engine's own bookkeeping, with no hooks or access rules to run: they are
 * written through the database adapter's portable API, which keeps a delivery to a few queries.
 * The caller passes the delivery as it knows it, so a change of state reaches the audit log
 * without reading the record back.
 */
export const updateDelivery = async (
  payload: Payload,
  delivery: DeliveryRef,
  data: Record<string, unknown>,
  req?: Req,
) => {
  const doc = (await payload.db.updateOne({
    collection: DELIVERIES,
    data,
    id: delivery.id,
    req,
  })) as unknown as DeliveryDoc
  await recordDeliveryState(payload, delivery, data, req)
  return doc
}

/** The same write when nobody needs the record back (the sending path): one query less. */
export const setDelivery = async (
  payload: Payload,
  delivery: DeliveryRef,
  data: Record<string, unknown>,
) => {
  await payload.db.updateOne({ collection: DELIVERIES, data, id: delivery.id, returning: false })
  await recordDeliveryState(payload, delivery, data)
}

export const readDelivery = async (payload: Payload, id: number | string) =>
  (await payload.db.findOne({
    collection: DELIVERIES,
    where: { id: { equals: id } },
  })) as DeliveryDoc | null

export const findDeliveries = async (
  payload: Payload,
  where: Record<string, unknown>,
  req?: Req,
  limit = 500,
) =>
  (
    await payload.find({
      collection: DELIVERIES,
      depth: 0,
      limit,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'createdAt',
      where: where as never,
    })
  ).docs as unknown as DeliveryDoc[]

/**
 * Brings a post's deliveries in line with its state, in the same transaction as the change that
 * triggered it (the outbox): new deliveries are created, planned ones re-planned and queued.
 */
export const syncDeliveries = async (
  payload: Payload,
  postOrId: number | PostDoc | string,
  req?: Req,
) => {
  const { channels } = fanoutContext(payload)
  const post = typeof postOrId === 'object' ? postOrId : await loadPost(payload, postOrId, req)
  if (!post) return
  const existing = await findDeliveries(payload, { post: { equals: post.id } }, req)

  if (!['approved', 'published'].includes(post.workflowState)) {
    for (const d of existing.filter((d) => (CANCELLABLE as readonly string[]).includes(d.state))) {
      await updateDelivery(
        payload,
        d,
        {
          reason: 'Wpis wycofany lub cofnięty do poprawy przed publikacją w kanale.',
          state: 'skipped',
        },
        req,
      )
    }
    return markSynced(payload, post.id, req)
  }

  const now = new Date()
  const urgent = post.informationType === 'urgent_alert'
  const due: DeliveryDoc[] = []
  const rulesByKey = new Map<string, ReturnType<typeof loadAccountRules>>()
  const cachedRules = (doc: AccountDoc) => {
    if (!rulesByKey.has(rulesKey(doc)))
      rulesByKey.set(rulesKey(doc), loadAccountRules(payload, doc, req))
    return rulesByKey.get(rulesKey(doc))!
  }
  for (const slug of (post.channels ?? []) as ChannelSlug[]) {
    const channel = channels[slug]
    if (!channel) continue
    const targets = await targetsOf(payload, channel, req)
    for (const target of targets) {
      const key = `${post.id}:${slug}:${target.id ?? (target.account ? SITE_TARGET : 'none')}`
      const current = existing.find((d) => d.key === key)
      if (current && !(REPLANNABLE as readonly string[]).includes(current.state)) continue
      const rules = target.doc ? await cachedRules(target.doc) : null
      const view = await postForChannel(payload, post, slug, rules)
      const copy = target.account ? channel.render(view, target.account) : null
      const plan = planDelivery({
        gate: bipGate(post, now),
        misconfiguration: target.account
          ? channel.misconfiguration(target.account)
          : (NOT_CONFIGURED[slug] ?? 'brak konta kanału.'),
        postState: post.workflowState,
      })
      const data = {
        account: target.id,
        channel: slug,
        key,
        lint: slug === 'group' && copy ? lintGroupPost(copy.text) : null,
        nextAttemptAt: plan.state === 'pending' ? now.toISOString() : null,
        post: post.id,
        priority: urgent ? 0 : 1,
        queuedAt: plan.state === 'pending' ? now.toISOString() : null,
        reason: plan.reason,
        state: plan.state,
        text: copy?.text ?? null,
        unit: idOfRef(post.unit) ?? null,
      }
      let saved: DeliveryDoc
      if (current) saved = await updateDelivery(payload, current, data, req)
      else {
        saved = (await payload.create({
          collection: DELIVERIES,
          data: data as never,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as DeliveryDoc
        await recordDeliveryState(payload, saved, data, req, 'create')
      }
      if (plan.state === 'pending') due.push(saved)
    }
  }
  if (due.length) await queueDeliveries(payload, due, req)
  await markSynced(payload, post.id, req)
}

/** Where a channel publishes: its built-in target, each enabled account, or nowhere (skipped, with why). */
const targetsOf = async (payload: Payload, channel: Channel, req?: Req) => {
  if (channel.builtin) return [{ account: channel.builtin, doc: null, id: null }]
  const accounts = await enabledAccounts(payload, channel.slug, req)
  return accounts.length
    ? accounts.map((a) => ({ account: toChannelAccount(a), doc: a, id: a.id }))
    : [{ account: null, doc: null, id: null }]
}

/** Written below the hooks on purpose: it is bookkeeping, not an edit of the post (no version, no hooks). */
const markSynced = async (payload: Payload, id: number | string, req?: Req) => {
  const { collections } = fanoutContext(payload).options
  await payload.db.updateOne({
    collection: collections.posts,
    data: { fanoutSync: 'done' },
    id,
    req: req as PayloadRequest,
  })
}
