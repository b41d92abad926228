import type { Payload } from 'payload'

import { idOf } from '../../src/access/roles'
import {
  BIP_REFERENCES,
  COMPLAINTS,
  MODERATION_ENTRIES,
  POSTS,
  UNITS,
} from '../../src/domain/slugs'
import type { ReportPeriod } from './period'
import { between, findAll, findIn, fromStartOf } from './queries'
import {
  BIP_SELECT,
  DELIVERY_SELECT,
  iso,
  POST_SELECT,
  str,
  toBip,
  toDelivery,
  toPost,
} from './records'
import type { ComplaintRecord, EntryRecord, PagePostRecord, PostRecord, UnitRecord } from './types'
import { ownPostsWhere } from '../fanout/exports/server'
import { DELIVERIES } from '../fanout/exports/slugs'
import { PAGE_POSTS } from '../page-watch/exports/slugs'

/**
 * Reads what a report needs as plain records, through the local API (portable across SQLite,
 * PostgreSQL and MongoDB). The callers have checked that the user is staff; reads are narrowed
 * to the period and to the fields the reports use.
 */
export const loadUnits = async (payload: Payload): Promise<UnitRecord[]> =>
  (await findAll(payload, UNITS, {}, { name: true, slug: true })).map((u) => ({
    id: String(u.id),
    name: u.name,
    slug: u.slug ?? '',
  }))

const deliveriesOf = async (payload: Payload, posts: PostRecord[]) =>
  (
    await findIn(
      payload,
      DELIVERIES,
      'post',
      posts.map((p) => p.id),
      DELIVERY_SELECT,
    )
  )
    // Activity counts publications: a correction's delivery is not another one.
    .filter((d) => !d.correction)
    .map(toDelivery)

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
 * The Page's posts still on Facebook from the start of the period on (later ones can announce
 * an entry of the period too), as the Page watcher read them.
 */
const loadPagePosts = async (
  payload: Payload,
  period: Pick<ReportPeriod, 'from' | 'to'>,
): Promise<PagePostRecord[]> =>
  (
    await findAll(
      payload,
      PAGE_POSTS,
      {
        and: [fromStartOf('createdTime', period), { goneAt: { exists: false } }],
      },
      { createdTime: true, kind: true, message: true, permalink: true, reason: true },
    )
  ).map((p) => ({
    createdTime: iso(p.createdTime)!,
    id: String(p.id),
    kind: p.kind,
    message: p.message ?? '',
    permalink: p.permalink ?? null,
    reason: p.reason ?? null,
  }))

/**
 * For the BIP comparison, also the BIP entries published in the period, and every post citing
 * them with its deliveries, whenever published: an entry is announced if any of them went out.
 * And the Page's own posts, those posted by hand too.
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
    pagePosts: await loadPagePosts(payload, period),
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
          ownPostsWhere,
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
