import type { Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { CHANNELS } from '../../../src/domain/taxonomy'
import { translator } from '../../../src/domain/translate'
import { POSTS } from '../../../src/domain/slugs'
import type { ChannelAccount, Delivery } from '../../../src/payload-types'
import { deliveryProblemsWhere, handoffTasksWhere } from '../../fanout/exports/server'
import { ACCOUNTS, DELIVERIES } from '../../fanout/exports/slugs'
import { ROWS_PER_QUEUE } from '../constants'
import type { DeskTranslationKeys } from '../translations'
import type { QueueContext, QueueLoader } from '../types'
import { documentHref, listHref } from './links'

const channelName = (channel: Delivery['channel'], ctx: QueueContext) => {
  const option = CHANNELS.find((c) => c.value === channel)
  return option ? getTranslation(option.label, ctx.i18n) : channel
}

const deliveryQueue = async (ctx: QueueContext, where: Where, listState: string) => {
  const found = await ctx.payload.find({
    collection: DELIVERIES,
    depth: 1,
    limit: ROWS_PER_QUEUE,
    overrideAccess: false,
    populate: { [POSTS]: { title: true }, units: { name: true } },
    select: {
      channel: true,
      lastError: true,
      post: true,
      reason: true,
      state: true,
      unit: true,
      updatedAt: true,
    },
    sort: 'updatedAt',
    user: ctx.user,
    where,
  })
  return {
    count: found.totalDocs,
    listHref: listHref(DELIVERIES, { state: { equals: listState } }, 'updatedAt'),
    rows: found.docs.map((delivery) => {
      const post = typeof delivery.post === 'object' ? delivery.post : null
      const channel = channelName(delivery.channel, ctx)
      // A failure explains itself in its last error; a held copy in its reason.
      const why = delivery.state === 'failed' ? delivery.lastError : delivery.reason
      return {
        at: delivery.updatedAt,
        href: post ? documentHref(POSTS, post.id) : documentHref(DELIVERIES, delivery.id),
        id: String(delivery.id),
        note: why ? `${channel}: ${why}` : channel,
        title: post?.title ?? channel,
        context: typeof delivery.unit === 'object' ? delivery.unit?.name : undefined,
      }
    }),
  }
}

/** Copies that failed or wait for an admin (a rejected token, rules taken down). */
export const channelProblems: QueueLoader = (ctx) =>
  deliveryQueue(ctx, deliveryProblemsWhere, 'failed')

/** Group copies of the user's units that a person posts by hand. */
export const groupTasks: QueueLoader = (ctx) =>
  deliveryQueue(ctx, handoffTasksWhere, 'needs_action')

type Health = 'disabled' | 'needs_action' | 'ok'

const health = (account: Pick<ChannelAccount, 'enabled' | 'status'>): Health =>
  !account.enabled ? 'disabled' : account.status?.state === 'needs_action' ? 'needs_action' : 'ok'

const HEALTH_ORDER: Record<Health, number> = { disabled: 1, needs_action: 0, ok: 2 }

/** Every channel account and whether it works; the count is those needing an admin. */
export const channelHealth: QueueLoader = async (ctx) => {
  const t = translator<DeskTranslationKeys>(ctx.i18n)
  const accounts = await ctx.payload.find({
    collection: ACCOUNTS,
    depth: 0,
    limit: 100,
    overrideAccess: false,
    select: { enabled: true, kind: true, name: true, status: true },
    sort: 'name',
    user: ctx.user,
  })
  const rows = accounts.docs
    .map((account) => ({ account, health: health(account) }))
    .sort((a, b) => HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health])
  return {
    count: rows.filter((r) => r.health === 'needs_action').length,
    rows: rows.map(({ account, health }) => ({
      at: health === 'needs_action' ? (account.status?.since ?? undefined) : undefined,
      href: documentHref(ACCOUNTS, account.id),
      id: String(account.id),
      note: [t(`desk:health-${health}`), health === 'needs_action' && account.status?.reason]
        .filter(Boolean)
        .join(' — '),
      title: account.name,
      context: channelName(account.kind, ctx),
    })),
  }
}
