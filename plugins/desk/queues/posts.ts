import type { Where } from 'payload'

import { idOf, inUsersUnits } from '../../../src/access/roles'
import { POSTS } from '../../../src/domain/slugs'
import { isAuthor } from '../../../src/domain/workflow'
import type { Post } from '../../../src/payload-types'
import { ROWS_PER_QUEUE } from '../constants'
import { approvedThisRound, changesRequested, submittedAt } from '../rules/review-round'
import type { QueueContext, QueueLoader, QueueRow } from '../types'
import { documentHref, listHref } from './links'

/** More than a gmina ever has in review at once; the count stays exact below it. */
const REVIEW_WINDOW = 500

const unitName = (post: Pick<Post, 'unit'>) =>
  typeof post.unit === 'object' ? post.unit.name : undefined

const row = (post: Pick<Post, 'id' | 'title' | 'unit'>, extra: Partial<QueueRow> = {}) => ({
  href: documentHref(POSTS, post.id),
  id: String(post.id),
  title: post.title,
  context: unitName(post),
  ...extra,
})

const findPosts = ({ payload, user }: QueueContext, where: Where, sort: string, limit: number) =>
  payload.find({
    collection: POSTS,
    depth: 1,
    limit,
    overrideAccess: false,
    populate: { units: { name: true } },
    select: {
      approvalLog: true,
      author: true,
      publishAt: true,
      title: true,
      unit: true,
      updatedAt: true,
    },
    sort,
    user,
    where,
  })

/** Posts in review the user may still approve, the longest waiting first. */
export const toApprove: QueueLoader = async (ctx) => {
  const found = await findPosts(
    ctx,
    { workflowState: { equals: 'in_review' } },
    'updatedAt',
    REVIEW_WINDOW,
  )
  const waiting = found.docs
    // Four eyes: neither a post one already approved in this round, nor one's own.
    .filter(
      (post) =>
        !approvedThisRound(post.approvalLog, ctx.user.id) && !isAuthor(ctx.user, idOf(post.author)),
    )
    .map((post) => ({ at: submittedAt(post.approvalLog) ?? post.updatedAt, post }))
    .sort((a, b) => a.at.localeCompare(b.at))
  return {
    count: waiting.length + Math.max(0, found.totalDocs - found.docs.length),
    listHref: listHref(POSTS, { workflowState: { equals: 'in_review' } }, 'updatedAt'),
    rows: waiting.slice(0, ROWS_PER_QUEUE).map(({ at, post }) => row(post, { at })),
  }
}

/** Published public information residents cannot see yet: its BIP entry is not out. */
export const waitingForBip: QueueLoader = async (ctx) => {
  const where: Where = {
    and: [
      { workflowState: { equals: 'published' } },
      { informationType: { equals: 'public_information' } },
      {
        or: [
          { bipReference: { exists: false } },
          { 'bipReference.state': { not_equals: 'published' } },
          { 'bipReference.publishedAt': { exists: false } },
          { 'bipReference.publishedAt': { greater_than: ctx.now.toISOString() } },
        ],
      },
    ],
  }
  const found = await findPosts(ctx, where, 'updatedAt', ROWS_PER_QUEUE)
  return {
    count: found.totalDocs,
    rows: found.docs.map((post) => row(post, { at: post.updatedAt })),
  }
}

/** The user's own drafts, the most recently touched first. */
export const myDrafts: QueueLoader = async (ctx) => {
  const where: Where = {
    and: [{ author: { equals: ctx.user.id } }, { workflowState: { equals: 'draft' } }],
  }
  const found = await findPosts(ctx, where, '-updatedAt', ROWS_PER_QUEUE)
  return {
    count: found.totalDocs,
    listHref: listHref(
      POSTS,
      { author: { equals: String(ctx.user.id) }, workflowState: { equals: 'draft' } },
      '-updatedAt',
    ),
    rows: found.docs.map((post) => row(post, { at: post.updatedAt })),
  }
}

/** Posts of the user's units sent back with changes requested, with what the approver asked. */
export const toCorrect: QueueLoader = async (ctx) => {
  const where: Where = {
    and: [inUsersUnits(ctx.user, 'unit'), { workflowState: { equals: 'changes_requested' } }],
  }
  const found = await findPosts(ctx, where, 'updatedAt', ROWS_PER_QUEUE)
  return {
    count: found.totalDocs,
    listHref: listHref(POSTS, { workflowState: { equals: 'changes_requested' } }, 'updatedAt'),
    rows: found.docs.map((post) => {
      const request = changesRequested(post.approvalLog)
      return row(post, { at: request?.at ?? post.updatedAt, note: request?.comment })
    }),
  }
}

/** Approved posts of the user's units waiting for their publication date, the nearest first. */
export const scheduled: QueueLoader = async (ctx) => {
  const where: Where = {
    and: [
      inUsersUnits(ctx.user, 'unit'),
      { workflowState: { equals: 'approved' } },
      { publishAt: { greater_than: ctx.now.toISOString() } },
    ],
  }
  const found = await findPosts(ctx, where, 'publishAt', ROWS_PER_QUEUE)
  return {
    count: found.totalDocs,
    listHref: listHref(POSTS, { workflowState: { equals: 'approved' } }, 'publishAt'),
    rows: found.docs.map((post) => row(post, { at: post.publishAt ?? undefined })),
  }
}
