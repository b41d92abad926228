import type { Payload } from 'payload'

import { DELIVERIES } from '../../fanout/exports/slugs'
import { PAGE_POSTS, PAGE_READS } from '../constants'
import { classifyPagePost } from '../rules/page-post-kind'
import type { ResolvedOptions } from '../types'

/** One post as `/{page-id}/published_posts` lists it with our fields. */
export type GraphPagePost = {
  created_time?: string
  id: string
  message?: string
  permalink_url?: string
}

export type Pass = { pageId: string; since: Date; startedAt: Date }

/** Facebook writes offsets as `+0000`; ISO 8601 parsers want `+00:00`. */
export const graphTime = (value: string | undefined): Date | null => {
  if (!value) return null
  const at = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))
  return Number.isNaN(at.getTime()) ? null : at
}

/**
 * Stores one page of posts: new ones created, known ones updated (an edit on Facebook changes the
 * text and maybe the classification), each linked to the delivery that sent it when Herold did.
 * Keyed by the post's id, so a page read twice (a resumed pass) adds nothing twice.
 */
export const storePage = async (
  payload: Payload,
  options: ResolvedOptions,
  pass: Pass,
  posts: readonly GraphPagePost[],
) => {
  const ids = posts.map((p) => p.id)
  if (!ids.length) return { oldest: null as Date | null, stored: 0 }
  const known = new Map(
    (
      await payload.find({
        collection: PAGE_POSTS,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        select: { postId: true },
        where: { postId: { in: ids } },
      })
    ).docs.map((d) => [d.postId, d.id]),
  )
  const sent = new Map(
    (
      await payload.find({
        collection: DELIVERIES,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        select: { externalId: true },
        where: { and: [{ channel: { equals: 'fanpage' } }, { externalId: { in: ids } }] },
      })
    ).docs.map((d) => [d.externalId, d.id]),
  )
  let oldest: Date | null = null
  let stored = 0
  for (const post of posts) {
    const createdTime = graphTime(post.created_time)
    if (!createdTime) continue
    if (!oldest || createdTime < oldest) oldest = createdTime
    const delivery = sent.get(post.id) ?? null
    const { kind, reason } = classifyPagePost({
      bipHosts: options.bipHosts,
      message: post.message,
      sentByHerold: delivery != null,
    })
    const data = {
      createdTime: createdTime.toISOString(),
      delivery,
      goneAt: null,
      kind,
      message: post.message ?? null,
      pageId: pass.pageId,
      permalink: post.permalink_url ?? null,
      postId: post.id,
      reason,
      seenInPass: pass.startedAt.toISOString(),
    }
    const id = known.get(post.id)
    if (id != null) await payload.update({ collection: PAGE_POSTS, data, id, overrideAccess: true })
    else await payload.create({ collection: PAGE_POSTS, data, overrideAccess: true })
    stored++
  }
  return { oldest, stored }
}

/**
 * A complete pass listed every post of the Page since its `since`: a post stored from that span
 * that it did not list was deleted on Facebook. It stays, marked, for the report of its month.
 */
export const markGone = async (payload: Payload, pass: Pass) => {
  const { docs } = await payload.update({
    collection: PAGE_POSTS,
    data: { goneAt: pass.startedAt.toISOString() },
    overrideAccess: true,
    where: {
      and: [
        { pageId: { equals: pass.pageId } },
        { createdTime: { greater_than_equal: pass.since.toISOString() } },
        { goneAt: { exists: false } },
        {
          or: [
            { seenInPass: { exists: false } },
            { seenInPass: { not_equals: pass.startedAt.toISOString() } },
          ],
        },
      ],
    },
  })
  return docs.length
}

/** Posts older than the report window are no report's business any more: they go. */
export const pruneBefore = async (payload: Payload, pageId: string, start: Date) => {
  const { docs } = await payload.delete({
    collection: PAGE_POSTS,
    overrideAccess: true,
    where: {
      and: [{ pageId: { equals: pageId } }, { createdTime: { less_than: start.toISOString() } }],
    },
  })
  return docs.length
}

export type ReadState = {
  completedThrough?: null | string
  id: number | string
  passSince?: null | string
  passStartedAt?: null | string
  passUntil?: null | string
}

/** The Page's reading state, made on its first pass. */
export const readState = async (payload: Payload, pageId: string): Promise<ReadState> => {
  const found = await payload.find({
    collection: PAGE_READS,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { pageId: { equals: pageId } },
  })
  return (
    found.docs[0] ??
    (await payload.create({ collection: PAGE_READS, data: { pageId }, overrideAccess: true }))
  )
}

export const saveState = (
  payload: Payload,
  id: number | string,
  data: Omit<Partial<ReadState>, 'id'> & { lastError?: null | string },
) => payload.update({ collection: PAGE_READS, data, id, overrideAccess: true })
