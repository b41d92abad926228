import type { Payload } from 'payload'

import {
  canReadPage,
  describeCommentFailure,
  enabledAccounts,
  fanoutOptions,
  type GraphComment,
  listPostComments,
  ownPostsWhere,
  throttleAccount,
  toChannelAccount,
} from '../../plugins/fanout/exports/server'
import { DELIVERIES } from '../../plugins/fanout/exports/slugs'
import { idOf } from '../access/roles'
import { SOCIAL_COMMENTS } from '../domain/slugs'
import type { Delivery as DeliveryDoc } from '../payload-types'

/** Posts older than this are no longer watched: discussion under them has died down. */
export const WATCH_DAYS = 14

type Delivery = Pick<DeliveryDoc, 'id' | 'post' | 'unit'> & { externalId: string }
type Stored = {
  commentId: string
  id: number | string
  isHidden?: boolean
  message?: null | string
  state?: null | string
}

export type FetchReport = {
  accounts: number
  created: number
  errors: string[]
  gone: number
  posts: number
  updated: number
}

/** The stored form of a Graph comment: only what moderation needs. */
const toRecord = (c: GraphComment) => ({
  authorId: c.from?.id ?? null,
  authorName: c.from?.name ?? null,
  createdTime: new Date(c.created_time.replace(/\+0000$/, 'Z')).toISOString(),
  message: c.message ?? '',
  parentId: c.parent?.id ?? null,
  permalink: c.permalink_url ?? null,
})

/**
 * Fetches the comments under the Page copies of recent posts and stores them for moderation.
 * Rate limits and usage above 90 % stop the run and hold the account as the fan-out does, so
 * reading comments never costs a publication its turn.
 */
export const fetchComments = async (
  payload: Payload,
  options: { now?: Date; watchDays?: number } = {},
): Promise<FetchReport> => {
  const now = options.now ?? new Date()
  const since = new Date(now.getTime() - (options.watchDays ?? WATCH_DAYS) * 86_400_000)
  const { graph } = fanoutOptions(payload)
  const report: FetchReport = { accounts: 0, created: 0, errors: [], gone: 0, posts: 0, updated: 0 }

  for (const doc of await enabledAccounts(payload, 'fanpage')) {
    if (!canReadPage(payload, doc, now)) continue
    const account = toChannelAccount(payload, doc)
    report.accounts++
    const { docs } = await payload.find({
      collection: DELIVERIES,
      depth: 0,
      limit: 500,
      overrideAccess: true,
      pagination: false,
      select: { externalId: true, post: true, unit: true },
      sort: '-sentAt',
      where: {
        and: [
          { account: { equals: doc.id } },
          { channel: { equals: 'fanpage' } },
          { state: { equals: 'sent' } },
          { externalId: { exists: true } },
          { takenDownAt: { exists: false } },
          { sentAt: { greater_than_equal: since.toISOString() } },
          ownPostsWhere,
        ],
      },
    })
    // The query asks for copies with an externalId, which the generated type leaves optional.
    for (const delivery of docs as unknown as Delivery[]) {
      let listing
      try {
        listing = await listPostComments(graph, account.secret!, delivery.externalId)
      } catch (error) {
        const failure = describeCommentFailure(error, now)
        if (failure.kind === 'gone') continue // the copy was deleted on Facebook
        report.errors.push(`${delivery.externalId}: ${failure.message}`)
        if (failure.kind === 'wait') await throttleAccount(payload, doc, failure.until!)
        if (failure.kind === 'wait' || failure.kind === 'stop') break
        continue
      }
      report.posts++
      await store(payload, delivery, doc.id, listing.comments, listing.complete, now, report)
      if (listing.throttleUntil) {
        await throttleAccount(payload, doc, listing.throttleUntil)
        break
      }
    }
  }
  return report
}

const store = async (
  payload: Payload,
  delivery: Delivery,
  accountId: number | string,
  comments: GraphComment[],
  complete: boolean,
  now: Date,
  report: FetchReport,
) => {
  const { docs } = await payload.find({
    collection: SOCIAL_COMMENTS,
    depth: 0,
    limit: 5000,
    overrideAccess: true,
    pagination: false,
    select: { commentId: true, message: true, state: true },
    where: { delivery: { equals: delivery.id } },
  })
  const stored = new Map(docs.map((d): [string, Stored] => [d.commentId, d]))
  const seen = new Set<string>()
  for (const comment of comments) {
    seen.add(comment.id)
    const record = toRecord(comment)
    const existing = stored.get(comment.id)
    // Hidden on Facebook by someone else counts as hidden; what the office did itself stays as recorded.
    const state =
      existing?.state === 'deleted' ? 'deleted' : comment.is_hidden ? 'hidden' : 'visible'
    if (!existing) {
      try {
        await payload.db.create({
          collection: SOCIAL_COMMENTS,
          data: {
            ...record,
            account: accountId,
            commentId: comment.id,
            delivery: delivery.id,
            fetchedAt: now.toISOString(),
            post: idOf(delivery.post),
            state,
            unit: idOf(delivery.unit),
          },
        })
        report.created++
      } catch {
        // Another worker stored it a moment ago (commentId is unique).
      }
    } else if (existing.message !== record.message || existing.state !== state) {
      await payload.db.updateOne({
        collection: SOCIAL_COMMENTS,
        data: { message: record.message, state },
        id: existing.id,
      })
      report.updated++
    }
  }
  if (!complete) return
  for (const [id, existing] of stored) {
    if (seen.has(id) || existing.state === 'deleted' || existing.state === 'gone') continue
    await payload.db.updateOne({
      collection: SOCIAL_COMMENTS,
      data: { state: 'gone' },
      id: existing.id,
    })
    report.gone++
  }
}

/** Comments are personal data kept for moderation only: older ones are deleted. */
export const purgeOldComments = async (payload: Payload, now: Date, days: number) => {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString()
  const where = { createdTime: { less_than: before } }
  const { totalDocs } = await payload.db.count({ collection: SOCIAL_COMMENTS, where })
  if (totalDocs) await payload.db.deleteMany({ collection: SOCIAL_COMMENTS, where })
  return totalDocs
}
