import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { idOf } from '../../../src/access/roles'
import { RSS_REFRESH_TASK } from '../constants'
import { fanoutContext } from '../engine/context'
import { unitsSlug } from '../engine/post-view'
import { affectedFeeds, type PostPlacement } from './feed-keys'
import { refreshFeeds } from './feed-store'
import { polishT } from '../i18n'
import { type PostInFeeds, postMayLeaveFeeds } from '../rules/feed-removal'

type Req = Partial<PayloadRequest>
type PostLike = PostInFeeds & { unit?: { id: number | string } | null | number | string }

/** Where posts sit in feeds: their category and their unit's slug. */
const placementsOf = async (
  payload: Payload,
  posts: PostLike[],
  req?: Req,
): Promise<PostPlacement[]> => {
  const unitIds = [
    ...new Set(
      posts
        .map((p) => idOf(p.unit))
        .filter((id): id is number | string => id != null)
        .map(String),
    ),
  ]
  const units = unitIds.length
    ? (
        await payload.find({
          collection: unitsSlug(payload),
          depth: 0,
          limit: unitIds.length,
          overrideAccess: true,
          pagination: false,
          req,
          select: { slug: true },
          where: { id: { in: unitIds } },
        })
      ).docs
    : []
  return posts.map((p) => ({
    category: p.category,
    unitSlug: units.find((u) => String(u.id) === String(idOf(p.unit)))?.slug ?? null,
  }))
}

/**
 * Rebuilds the feeds these posts are (or were) in: at once, in the change's own write, when a post
 * may be leaving them (nothing withdrawn lingers in a feed); otherwise by a job, so the editor's
 * save does not wait for it. A failed rebuild at once falls back to the job: a withdrawal never
 * fails for its feeds.
 */
const refreshFeedsOf = async (payload: Payload, posts: PostLike[], now: boolean, req?: Req) => {
  const keys = affectedFeeds(...(await placementsOf(payload, posts, req)))
  if (now) {
    try {
      return await refreshFeeds(payload, keys, req)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Feeds could not be rebuilt at once; a job will.' })
    }
  }
  await payload.jobs.queue({
    input: { keys },
    queue: fanoutContext(payload).options.queues.normal,
    req: req as PayloadRequest,
    task: RSS_REFRESH_TASK,
  })
}

/** A post that is or was public changed: the feeds it was and is in follow. Posts that never were public touch no feed. */
export const refreshFeedsAfterPostChange = async (
  payload: Payload,
  doc: PostLike,
  previous: PostLike | undefined,
  req?: Req,
) => {
  if (doc.workflowState !== 'published' && previous?.workflowState !== 'published') return
  await refreshFeedsOf(
    payload,
    previous ? [doc, previous] : [doc],
    postMayLeaveFeeds(doc, previous),
    req,
  )
}

/** A BIP entry's state changed: the feeds of the published posts citing it (public information appears or goes). */
export const refreshFeedsAfterBipChange = async (
  payload: Payload,
  citing: PostLike[],
  leaving: boolean,
  req?: Req,
) => {
  const published = citing.filter((p) => p.workflowState === 'published')
  if (published.length) await refreshFeedsOf(payload, published, leaving, req)
}

export const rssRefreshTask: TaskConfig<{
  input: { keys: string[] }
  output: { refreshed: number }
}> = {
  slug: RSS_REFRESH_TASK,
  label: polishT('fanout:task:rssRefresh'),
  handler: async ({ input, req }) => {
    await refreshFeeds(req.payload, input.keys)
    return { output: { refreshed: input.keys.length } }
  },
  inputSchema: [{ name: 'keys', type: 'json', required: true }],
  outputSchema: [{ name: 'refreshed', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { delay: 2_000, type: 'exponential' } },
}
