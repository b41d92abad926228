import { COMMENT_DEFAULT_FIELDS, commentFields } from './comments'
import { invalidParameter, isReply } from './errors'
import { expandEdge, parseFieldSpec, project } from './fields'
import { postFields } from './posts'
import { findPost, type GraphState } from './state'
import type { FakeGraph, FakePost, Params, Reply } from './types'

const REACTION_TYPES = ['ANGRY', 'CARE', 'HAHA', 'LIKE', 'LOVE', 'SAD', 'WOW']

export const setEngagement = (
  state: GraphState,
  ...[postId, e]: Parameters<FakeGraph['setEngagement']>
) => {
  const post = findPost(state, postId)
  if (!post) throw new Error(`Fake Graph: no post ${postId}`)
  if (typeof e.reactions === 'number') {
    post.reactions = Array.from({ length: e.reactions }, (_, i) => ({
      from: { id: String(900_000_000 + i), name: `Mieszkaniec ${i + 1}` },
      type: 'LIKE' as const,
    }))
  } else if (e.reactions) post.reactions = e.reactions.map((r) => ({ ...r, from: { ...r.from } }))
  if (e.shares !== undefined) post.shares = e.shares
  post.insights = {
    ...post.insights,
    ...(e.clicks !== undefined ? { clicks: e.clicks } : {}),
    ...(e.impressions !== undefined ? { impressions: e.impressions } : {}),
    ...(e.impressionsUnique !== undefined ? { impressionsUnique: e.impressionsUnique } : {}),
  }
}

const edgeFields = (
  state: GraphState,
): Record<string, (post: FakePost, modifiers: Params) => Reply | Record<string, unknown>> => ({
  comments: (post, modifiers) => {
    const filter = modifiers.filter ?? 'toplevel'
    if (!['stream', 'toplevel'].includes(filter))
      return invalidParameter(
        state,
        `param filter must be one of {TOPLEVEL, STREAM} - got "${filter}"`,
      )
    const wanted = state.comments.filter(
      (c) => c.postId === post.id && (filter === 'stream' || !c.parentId),
    )
    const known = commentFields(state)
    return expandEdge(
      state,
      wanted,
      modifiers,
      ['filter', 'limit', 'order', 'summary'],
      (c) => project(state, c, COMMENT_DEFAULT_FIELDS, known, 'Comment'),
      (c) => c.id,
      { can_comment: true, order: 'ranked', total_count: wanted.length },
    )
  },
  reactions: (post, modifiers) => {
    const type = modifiers.type?.toUpperCase()
    if (type && type !== 'NONE' && !REACTION_TYPES.includes(type))
      return invalidParameter(
        state,
        `param type must be one of {NONE, ${REACTION_TYPES.join(', ')}} - got "${modifiers.type}"`,
      )
    const wanted = (post.reactions ?? []).filter((r) => !type || r.type === type)
    return expandEdge(
      state,
      wanted,
      modifiers,
      ['limit', 'summary', 'type'],
      (r) => ({ id: r.from.id, name: r.from.name, type: r.type }),
      (r) => r.from.id,
      { total_count: wanted.length, viewer_reaction: 'NONE' },
    )
  },
})

/** A post's fields, edges expanded in `fields` (comments, reactions) and `shares` included. */
export const projectPost = (
  state: GraphState,
  post: FakePost,
  fields: string[],
): Reply | Record<string, unknown> => {
  const edges = edgeFields(state)
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const spec = parseFieldSpec(field)
    if (!spec) return invalidParameter(state, `Syntax error in field expansion: ${field}`)
    const edge = edges[spec.name]
    if (edge) {
      const value = edge(post, spec.modifiers)
      if (isReply(value)) return value
      out[spec.name] = value
      continue
    }
    if (Object.keys(spec.modifiers).length)
      return invalidParameter(
        state,
        `Field ${spec.name} does not support field expansion modifiers`,
      )
    if (spec.name === 'shares') {
      // Facebook leaves the field out entirely while a post has never been shared.
      if (post.shares) out.shares = { count: post.shares }
      continue
    }
    const plain = project(state, post, [spec.name], postFields(state), 'Post')
    if (isReply(plain)) return plain
    Object.assign(out, plain)
  }
  return out
}

const POST_METRICS: Record<
  string,
  { description: string; title: string; value: (post: FakePost) => unknown }
> = {
  post_clicks: {
    description:
      'Lifetime: The number of clicks anywhere in your post on News Feed from users that matched the audience targeting on the post. (Total Count)',
    title: 'Lifetime Post Clicks',
    value: (p) => p.insights?.clicks ?? 0,
  },
  post_impressions: {
    description:
      "Lifetime: The number of times your Page's post entered a person's screen. Posts include statuses, photos, links, videos and more. (Total Count)",
    title: 'Lifetime Post Total Impressions',
    value: (p) => p.insights?.impressions ?? 0,
  },
  post_impressions_unique: {
    description:
      "Lifetime: The number of people who had your Page's post enter their screen. Posts include statuses, photos, links, videos and more. (Unique Users)",
    title: 'Lifetime Post Total Reach',
    value: (p) => p.insights?.impressionsUnique ?? 0,
  },
  post_reactions_by_type_total: {
    description: 'Lifetime: Total post reactions by type. (Total Count)',
    title: 'Lifetime Total post Reactions by Type.',
    value: (p) =>
      Object.fromEntries(
        REACTION_TYPES.map((t) => [
          t.toLowerCase(),
          (p.reactions ?? []).filter((r) => r.type === t).length,
        ]).filter(([, n]) => n),
      ),
  },
}

/**
 * GET /{post-id}/insights?metric=a,b (or a JSON array): lifetime values, one entry per metric.
 * A retired or unknown metric fails the whole call; a Page without insights answers no data.
 */
export const listInsights = (state: GraphState, params: Params, post: FakePost): Reply => {
  const { retiredMetrics } = state
  let names: string[]
  const raw = (params.metric ?? '').trim()
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw)
      if (!Array.isArray(parsed)) return invalidParameter(state, 'param metric must be an array')
      names = parsed.map(String)
    } catch {
      return invalidParameter(state, 'param metric must be an array')
    }
  } else
    names = raw
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  // Without `metric` Facebook answers its default set.
  if (!names.length) names = Object.keys(POST_METRICS).filter((name) => !retiredMetrics.has(name))
  if (names.some((name) => !POST_METRICS[name] || retiredMetrics.has(name)))
    return invalidParameter(state, 'The value must be a valid insights metric')
  const period = params.period ?? 'lifetime'
  if (period !== 'lifetime')
    return invalidParameter(state, `param period must be one of {lifetime} - got "${period}"`)
  if (!state.insightsAvailable) return { body: { data: [] }, status: 200 }
  const data = names.map((name) => ({
    description: POST_METRICS[name].description,
    id: `${post.id}/insights/${name}/lifetime`,
    name,
    period: 'lifetime',
    title: POST_METRICS[name].title,
    values: [{ value: POST_METRICS[name].value(post) }],
  }))
  return { body: { data }, status: 200 }
}
