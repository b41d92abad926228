import { invalidParameter, isReply, unsupportedRequest } from './errors'
import { pageLimit, project, requestedFields } from './fields'
import {
  PAGE_NAME,
  findPost,
  formatCreatedTime,
  newObjectId,
  parseCreatedTime,
  type GraphState,
} from './state'
import type { FakeComment, FakeGraph, GraphRequest, Params, Reply } from './types'

const objectPart = (id: string) => id.split('_').pop() ?? id
const commentPermalink = (state: GraphState, comment: FakeComment) => {
  const base = `https://www.facebook.com/${state.pageId}/posts/${objectPart(comment.postId)}?comment_id=`
  return comment.parentId
    ? `${base}${objectPart(comment.parentId)}&reply_comment_id=${objectPart(comment.id)}`
    : `${base}${objectPart(comment.id)}`
}

export const commentFields = (
  state: GraphState,
): Record<string, (comment: FakeComment) => unknown> => ({
  can_hide: (comment) => !comment.byPage,
  can_remove: () => true,
  comment_count: (comment) => state.comments.filter((c) => c.parentId === comment.id).length,
  created_time: (comment) => comment.createdTime,
  from: (comment) => ({ ...comment.from }),
  id: (comment) => comment.id,
  is_hidden: (comment) => comment.isHidden,
  like_count: () => 0,
  message: (comment) => comment.message,
  parent: (comment) => {
    const parent = state.comments.find((c) => c.id === comment.parentId)
    return parent
      ? {
          created_time: parent.createdTime,
          from: { ...parent.from },
          id: parent.id,
          message: parent.message,
        }
      : undefined
  },
  permalink_url: (comment) => commentPermalink(state, comment),
})
// What Facebook returns for a comment when no fields are asked for.
export const COMMENT_DEFAULT_FIELDS = ['created_time', 'from', 'message', 'id']

export const addComment = (
  state: GraphState,
  { createdTime, from, message, parentId, postId }: Parameters<FakeGraph['addComment']>[0],
): FakeComment => {
  const post = findPost(state, postId)
  if (!post) throw new Error(`Fake Graph: no post ${postId}`)
  if (parentId && !state.comments.some((c) => c.id === parentId && c.postId === postId))
    throw new Error(`Fake Graph: no comment ${parentId} on ${postId}`)
  const byPage = from === 'page'
  const comment: FakeComment = {
    byPage,
    createdTime: formatCreatedTime(createdTime ?? Date.now()),
    from: byPage || !from ? { id: state.pageId, name: PAGE_NAME } : { ...from },
    id: `${objectPart(post.id)}_${newObjectId(state)}`,
    isHidden: false,
    message,
    parentId,
    postId: post.id,
  }
  state.comments.push(comment)
  return comment
}

/**
 * GET /{post-id}/comments and /{comment-id}/comments: `filter` toplevel (default; a comment's
 * direct replies) or stream (every comment and reply of the post), `order` chronological (default)
 * or reverse_chronological, `limit` (25, at most 100), `after` / `before` cursors and
 * `summary=true` (total_count).
 */
export const listComments = (
  state: GraphState,
  params: Params,
  of: { parentId?: string; postId: string },
  node: string,
): Reply => {
  const filter = params.filter ?? 'toplevel'
  const order = params.order ?? 'chronological'
  if (!['stream', 'toplevel'].includes(filter))
    return invalidParameter(
      state,
      `param filter must be one of {TOPLEVEL, STREAM} - got "${filter}"`,
    )
  if (!['chronological', 'reverse_chronological'].includes(order))
    return invalidParameter(
      state,
      `param order must be one of {CHRONOLOGICAL, REVERSE_CHRONOLOGICAL} - got "${order}"`,
    )
  const wanted = state.comments
    .map((comment, index) => ({ comment, index, time: parseCreatedTime(comment.createdTime) }))
    .filter(({ comment }) =>
      of.parentId
        ? comment.parentId === of.parentId
        : comment.postId === of.postId && (filter === 'stream' || !comment.parentId),
    )
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ comment }) => comment)
  if (order === 'reverse_chronological') wanted.reverse()
  const limit = pageLimit(params)
  const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8')
  let start = 0
  let end = Math.min(limit, wanted.length)
  if (params.after) {
    const index = wanted.findIndex((c) => c.id === decode(params.after))
    if (index === -1) return invalidParameter(state, 'The after cursor is invalid or has expired')
    start = index + 1
    end = Math.min(start + limit, wanted.length)
  } else if (params.before) {
    const index = wanted.findIndex((c) => c.id === decode(params.before))
    if (index === -1) return invalidParameter(state, 'The before cursor is invalid or has expired')
    end = index
    start = Math.max(0, end - limit)
  }
  const page = wanted.slice(start, end)
  const fields = requestedFields(params, COMMENT_DEFAULT_FIELDS)
  const known = commentFields(state)
  const data: unknown[] = []
  for (const comment of page) {
    const projected = project(state, comment, fields, known, 'Comment')
    if (isReply(projected)) return projected
    data.push(projected)
  }
  const body: Record<string, unknown> = {
    data,
    paging: commentPaging(state, page, start > 0, end < wanted.length, node, params),
  }
  if (params.summary === 'true' || params.summary === '1')
    body.summary = {
      can_comment: true,
      order: order === 'chronological' ? 'chronological' : 'reverse_chronological',
      total_count: wanted.length,
    }
  return { body, status: 200 }
}

const commentPaging = (
  state: GraphState,
  page: FakeComment[],
  hasPrevious: boolean,
  hasNext: boolean,
  node: string,
  params: Params,
) => {
  if (page.length === 0) return {}
  const encode = (c: FakeComment) => Buffer.from(c.id).toString('base64url')
  const cursors = { after: encode(page[page.length - 1]), before: encode(page[0]) }
  const link = (key: 'after' | 'before', value: string) => {
    const target = new URL(`${state.url}/${state.version}/${node}/comments`)
    for (const [k, v] of Object.entries(params))
      if (k !== 'access_token' && k !== 'after' && k !== 'before') target.searchParams.set(k, v)
    target.searchParams.set(key, value)
    return target.toString()
  }
  return {
    cursors,
    ...(hasNext ? { next: link('after', cursors.after) } : {}),
    ...(hasPrevious ? { previous: link('before', cursors.before) } : {}),
  }
}

/** GET, hide or unhide (POST is_hidden), DELETE (with its replies) one comment. */
export const routeComment = (
  state: GraphState,
  request: GraphRequest,
  comment: FakeComment,
): Reply => {
  const { method, params } = request
  const { comments } = state
  if (method === 'GET') {
    const projected = project(
      state,
      comment,
      requestedFields(params, COMMENT_DEFAULT_FIELDS),
      commentFields(state),
      'Comment',
    )
    return isReply(projected) ? projected : { body: projected, status: 200 }
  }
  if (method === 'DELETE') {
    for (let i = comments.length - 1; i >= 0; i--)
      if (comments[i].id === comment.id || comments[i].parentId === comment.id)
        comments.splice(i, 1)
    return { body: { success: true }, status: 200 }
  }
  if (method === 'POST' && params.is_hidden !== undefined) {
    if (!['true', 'false'].includes(params.is_hidden))
      return invalidParameter(state, 'param is_hidden must be a boolean')
    if (comment.byPage)
      return invalidParameter(state, 'Hiding comments by the Page itself is not supported', 100)
    comment.isHidden = params.is_hidden === 'true'
    return { body: { success: true }, status: 200 }
  }
  return unsupportedRequest(state, method, comment.id)
}
