import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  TypedCollectionSelect,
  Where,
} from 'payload'

import { idOf } from '../../src/access/roles'
import { lexicalToPlainText } from '../../src/domain/lexical-text'
import { monthRange } from '../../src/domain/register-month'
import {
  BIP_REFERENCES,
  COMPLAINTS,
  MODERATION_ENTRIES,
  POSTS,
  UNITS,
} from '../../src/domain/slugs'
import type {
  BipReference,
  BipReferencesSelect,
  DeliveriesSelect,
  Delivery,
  Post,
  PostsSelect,
} from '../../src/payload-types'
import type { ReportPeriod } from './period'
import type {
  BipRecord,
  ComplaintRecord,
  DeliveryRecord,
  EntryRecord,
  PostRecord,
  UnitRecord,
} from './types'
import { DELIVERIES } from '../fanout/exports/slugs'

/**
 * Reads what a report needs as plain records, through the local API (portable across SQLite,
 * PostgreSQL and MongoDB). The callers have checked that the user is staff; reads are narrowed
 * to the period and to the fields the reports use.
 */
const str = (value: unknown) => (value == null ? null : String(idOf(value as never)))
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/** Long `in` lists are split: databases limit the parameters of one query. */
const CHUNK = 500
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK),
  )

/** Typed as whole documents: `select` narrows what is read, and the mappers below read only that. */
const findAll = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  select: TypedCollectionSelect[S],
) =>
  (
    await payload.find<S, TypedCollectionSelect[S]>({
      collection,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select,
      where,
    })
  ).docs as DataFromCollectionSlug<S>[]

/** `field in ids`, in chunks; nothing to ask for is no query at all (empty `in` lists are not portable). */
const findIn = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  field: string,
  ids: string[],
  select: TypedCollectionSelect[S],
) => {
  const out: DataFromCollectionSlug<S>[] = []
  for (const part of chunks([...new Set(ids)]))
    out.push(...(await findAll(payload, collection, { [field]: { in: part } }, select)))
  return out
}

export const periodBounds = (period: Pick<ReportPeriod, 'from' | 'to'>) => ({
  from: monthRange(period.from)!.from.toISOString(),
  to: monthRange(period.to)!.to.toISOString(),
})
const between = (field: string, period: Pick<ReportPeriod, 'from' | 'to'>): Where => {
  const { from, to } = periodBounds(period)
  return { and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }] }
}

export const loadUnits = async (payload: Payload): Promise<UnitRecord[]> =>
  (await findAll(payload, UNITS, {}, { name: true, slug: true })).map((u) => ({
    id: String(u.id),
    name: u.name,
    slug: u.slug ?? '',
  }))

const POST_SELECT: PostsSelect<true> = {
  approvalLog: true,
  bipReference: true,
  category: true,
  informationType: true,
  publishedAt: true,
  slug: true,
  title: true,
  unit: true,
  workflowState: true,
}

const toPost = (p: Post): PostRecord => ({
  approvalLog: (p.approvalLog ?? []).map((e) => ({
    at: iso(e.at)!,
    decision: e.decision,
    from: e.from ?? null,
    to: e.to ?? null,
  })),
  bipReference: str(p.bipReference),
  category: p.category,
  id: String(p.id),
  informationType: p.informationType,
  publishedAt: iso(p.publishedAt),
  slug: p.slug ?? null,
  text: [p.title, p.lead, p.body ? lexicalToPlainText(p.body) : ''].filter(Boolean).join('\n'),
  title: p.title,
  unit: str(p.unit),
  workflowState: p.workflowState,
})

const toDelivery = (d: Delivery): DeliveryRecord => ({
  channel: d.channel,
  id: String(d.id),
  post: String(idOf(d.post)),
  reach: d.reach ? { ...d.reach, fetchedAt: iso(d.reach.fetchedAt) } : null,
  sentAt: iso(d.sentAt),
  state: d.state,
  unit: str(d.unit),
})

const toBip = (b: BipReference): BipRecord => ({
  caseReference: b.caseReference ?? null,
  id: String(b.id),
  producingUnit: str(b.producingUnit),
  publishedAt: iso(b.publishedAt),
  state: b.state,
  title: b.title,
  url: b.url,
})

const DELIVERY_SELECT: DeliveriesSelect<true> = {
  channel: true,
  post: true,
  reach: true,
  sentAt: true,
  state: true,
  unit: true,
}
const BIP_SELECT: BipReferencesSelect<true> = {
  caseReference: true,
  producingUnit: true,
  publishedAt: true,
  state: true,
  title: true,
  url: true,
}

const deliveriesOf = async (payload: Payload, posts: PostRecord[]) =>
  (
    await findIn(
      payload,
      DELIVERIES,
      'post',
      posts.map((p) => p.id),
      DELIVERY_SELECT,
    )
  ).map(toDelivery)

/** Posts published in the period (the text too when the heuristic needs it), their deliveries and BIP entries. */
export const loadActivity = async (
  payload: Payload,
  period: Pick<ReportPeriod, 'from' | 'to'>,
  withText = false,
) => {
  const posts = (
    await findAll(
      payload,
      POSTS,
      between('publishedAt', period),
      withText ? { ...POST_SELECT, body: true, lead: true } : POST_SELECT,
    )
  ).map(toPost)
  const deliveries = await deliveriesOf(payload, posts)
  const bips = (
    await findIn(
      payload,
      BIP_REFERENCES,
      'id',
      posts.map((p) => p.bipReference).filter((id): id is string => !!id),
      BIP_SELECT,
    )
  ).map(toBip)
  return { bips, deliveries, posts }
}

/**
 * For the BIP comparison, also the BIP entries published in the period, and every post citing
 * them with its deliveries, whenever published: an entry is announced if any of them went out.
 */
export const loadBipComparison = async (
  payload: Payload,
  period: Pick<ReportPeriod, 'from' | 'to'>,
) => {
  const base = await loadActivity(payload, period, true)
  const publishedBips = (
    await findAll(payload, BIP_REFERENCES, between('publishedAt', period), BIP_SELECT)
  ).map(toBip)
  const known = new Set(base.posts.map((p) => p.id))
  const citing = (
    await findIn(
      payload,
      POSTS,
      'bipReference',
      publishedBips.map((b) => b.id),
      POST_SELECT,
    )
  )
    .map(toPost)
    .filter((p) => !known.has(p.id))
  const bips = new Map([...base.bips, ...publishedBips].map((b) => [b.id, b]))
  return {
    bips: [...bips.values()],
    deliveries: [...base.deliveries, ...(await deliveriesOf(payload, citing))],
    posts: [...base.posts, ...citing],
  }
}

export const loadModeration = async (
  payload: Payload,
  period: Pick<ReportPeriod, 'from' | 'to'>,
) => {
  const entries: EntryRecord[] = (
    await findAll(payload, MODERATION_ENTRIES, between('occurredAt', period), {
      action: true,
      channelName: true,
      number: true,
      occurredAt: true,
      unit: true,
    })
  ).map((e) => ({
    action: e.action,
    channelName: e.channelName ?? '',
    id: String(e.id),
    // Numbered by the register's hook on creation.
    number: e.number!,
    occurredAt: iso(e.occurredAt)!,
    unit: str(e.unit),
  }))
  const complaints: ComplaintRecord[] = (
    await findAll(payload, COMPLAINTS, between('receivedAt', period), {
      decidedAt: true,
      entry: true,
      receivedAt: true,
      state: true,
      unit: true,
    })
  ).map((c) => ({
    decidedAt: iso(c.decidedAt),
    entry: String(idOf(c.entry)),
    id: String(c.id),
    receivedAt: iso(c.receivedAt)!,
    state: c.state,
    unit: str(c.unit),
  }))
  return { complaints, entries }
}

/** Fanpage copies sent in the period, with their reach, and their posts (for unit and category). */
export const loadReach = async (payload: Payload, period: Pick<ReportPeriod, 'from' | 'to'>) => {
  const deliveries = (
    await findAll(
      payload,
      DELIVERIES,
      {
        and: [
          { channel: { equals: 'fanpage' } },
          { state: { equals: 'sent' } },
          between('sentAt', period),
        ],
      },
      DELIVERY_SELECT,
    )
  ).map(toDelivery)
  const posts = (
    await findIn(
      payload,
      POSTS,
      'id',
      deliveries.map((d) => d.post),
      POST_SELECT,
    )
  ).map(toPost)
  return { deliveries, posts }
}
