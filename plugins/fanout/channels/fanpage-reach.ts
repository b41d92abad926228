import { graphCall, type GraphOptions } from './graph-client'
import { type FanoutT, polishT } from '../i18n'
import { classifyGraphError, GraphError } from './graph-errors'

/**
 * Reach of the Page's copies through the Graph API: reactions, comments and shares of a post
 * (`pages_read_engagement`), and its lifetime impressions from Page Insights (`read_insights`),
 * which Facebook gives only for Pages with 100 or more likes and has been retiring metric by metric.
 */

/** Counts only: `limit(0)` keeps the names of residents who reacted or commented out of the answer. */
export const ENGAGEMENT_FIELDS =
  'reactions.limit(0).summary(total_count),comments.filter(stream).limit(0).summary(total_count),shares'
export const IMPRESSION_METRICS = 'post_impressions,post_impressions_unique'

export type Engagement = { comments: number; reactions: number; shares: number }
export type Impressions = { impressions: null | number; impressionsUnique: null | number }

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0

type EngagementBody = {
  comments?: { summary?: { total_count?: unknown } }
  reactions?: { summary?: { total_count?: unknown } }
  shares?: { count?: unknown }
}

/** Facebook leaves `shares` out while a post has never been shared: that is a count of 0. */
export const parseEngagement = (body: EngagementBody): Engagement => ({
  comments: count(body.comments?.summary?.total_count),
  reactions: count(body.reactions?.summary?.total_count),
  shares: count(body.shares?.count),
})

type InsightsBody = { data?: { name?: string; values?: { value?: unknown }[] }[] }

/** The latest lifetime value of each metric; null where Facebook gave none. */
export const parseImpressions = (body: InsightsBody): Impressions => {
  const value = (name: string) => {
    const latest = body.data?.find((d) => d.name === name)?.values?.at(-1)?.value
    return typeof latest === 'number' && Number.isFinite(latest) && latest >= 0 ? latest : null
  }
  return {
    impressions: value('post_impressions'),
    impressionsUnique: value('post_impressions_unique'),
  }
}

export const fetchEngagement = async (graph: GraphOptions, token: string, postId: string) => {
  const { body, throttleUntil } = await graphCall<EngagementBody>(graph, token, 'GET', postId, {
    fields: ENGAGEMENT_FIELDS,
  })
  return { engagement: parseEngagement(body), throttleUntil }
}

export const fetchImpressions = async (graph: GraphOptions, token: string, postId: string) => {
  const { body, throttleUntil } = await graphCall<InsightsBody>(
    graph,
    token,
    'GET',
    `${postId}/insights`,
    { metric: IMPRESSION_METRICS, period: 'lifetime' },
  )
  return { impressions: parseImpressions(body), throttleUntil }
}

export type ReachFailure = {
  /** gone: the copy was deleted on Facebook; wait: rate limited until `until`; stop: the token cannot read the Page; skip: this post, this time. */
  kind: 'gone' | 'skip' | 'stop' | 'wait'
  message: string
  until?: Date
}

/** What a failed read of a post's figures means for the daily run. */
export const reachFailure = (error: unknown, now = new Date(), t = polishT): ReachFailure => {
  if (error instanceof GraphError && error.body.code === 100 && error.body.error_subcode === 33) {
    return { kind: 'gone', message: t('fanout:reachGone') }
  }
  const verdict = classifyGraphError(error, t)
  if (verdict.kind === 'wait')
    return {
      kind: 'wait',
      message: verdict.message,
      until: new Date(now.getTime() + verdict.afterMs),
    }
  if (verdict.kind === 'needs_action')
    return { kind: 'stop', message: t('fanout:reachCannotRead', { problem: verdict.message }) }
  return { kind: 'skip', message: verdict.message }
}

/** Why a copy shows no (fresh) impressions, stored with its reach. */
export const impressionsNotes = (t: FanoutT) => ({
  empty: t('fanout:impressionsEmpty'),
  failed: t('fanout:impressionsFailed'),
  noPermission: t('fanout:impressionsNoPermission'),
  retired: t('fanout:impressionsRetired'),
})

/** The notes in Polish. */
export const IMPRESSIONS_NOTES = impressionsNotes(polishT)

/**
 * A failed insights call. A retired or invalid metric (100) and a missing permission (10, 200–299)
 * hold for every post of the Page, so the run stops asking; anything else is judged like any read.
 */
export const impressionsFailure = (
  error: unknown,
  now = new Date(),
  t = polishT,
): ReachFailure & { forPage?: boolean } => {
  if (error instanceof GraphError) {
    const code = error.body.code ?? 0
    if (code === 100 && error.body.error_subcode !== 33)
      return { forPage: true, kind: 'skip', message: t('fanout:impressionsRetired') }
    if (code === 10 || (code >= 200 && code <= 299))
      return { forPage: true, kind: 'skip', message: t('fanout:impressionsNoPermission') }
  }
  const failure = reachFailure(error, now, t)
  return failure.kind === 'skip' ? { ...failure, message: t('fanout:impressionsFailed') } : failure
}
