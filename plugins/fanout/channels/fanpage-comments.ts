import { type FanoutT, polishT } from '../i18n'
import { graphCall, type GraphOptions } from './graph-client'
import { classifyGraphError, GraphError, readUsage } from './graph-errors'

/**
 * Comments on the Page's posts through the Graph API: read them for moderation, hide or delete
 * one. Reading needs `pages_read_user_content`, hiding and deleting `pages_manage_engagement`.
 */
export type GraphComment = {
  created_time: string
  from?: { id: string; name?: string }
  id: string
  is_hidden?: boolean
  message?: string
  parent?: { id: string }
  permalink_url?: string
}

type CommentsPage = {
  data: GraphComment[]
  paging?: { cursors?: { after?: string }; next?: string }
}

export const COMMENT_FIELDS = 'id,message,from,created_time,is_hidden,parent,permalink_url'
const PAGE_SIZE = '100'

export type CommentListing = {
  comments: GraphComment[]
  /** Every page was read: a stored comment missing from the listing is gone from Facebook. */
  complete: boolean
  throttleUntil: Date | null
}

/** All comments and replies of one post (filter=stream), newest first, up to `maxPages` pages. */
export const listPostComments = async (
  graph: GraphOptions,
  token: string,
  postId: string,
  options: { maxPages?: number; signal?: AbortSignal } = {},
): Promise<CommentListing> => {
  const maxPages = options.maxPages ?? 10
  const comments: GraphComment[] = []
  let params: Record<string, string> = {
    fields: COMMENT_FIELDS,
    filter: 'stream',
    limit: PAGE_SIZE,
    order: 'reverse_chronological',
  }
  let throttleUntil: Date | null = null
  for (let page = 0; page < maxPages; page++) {
    const { body, throttleUntil: wait } = await graphCall<CommentsPage>(
      graph,
      token,
      'GET',
      `${postId}/comments`,
      params,
      undefined,
      options.signal,
    )
    comments.push(...(body.data ?? []))
    throttleUntil = wait ?? throttleUntil
    const after = body.paging?.cursors?.after
    if (!body.paging?.next || !after) return { comments, complete: true, throttleUntil }
    // Usage above the limit: stop here rather than push the Page into a block.
    if (wait) return { comments, complete: false, throttleUntil }
    params = { ...params, after }
  }
  return { comments, complete: false, throttleUntil }
}

export const hideComment = async (
  graph: GraphOptions,
  token: string,
  commentId: string,
  hidden = true,
  signal?: AbortSignal,
) =>
  graphCall<{ success?: boolean }>(
    graph,
    token,
    'POST',
    commentId,
    { is_hidden: hidden ? 'true' : 'false' },
    undefined,
    signal,
  )

export const deleteComment = async (
  graph: GraphOptions,
  token: string,
  commentId: string,
  signal?: AbortSignal,
) => graphCall<{ success?: boolean }>(graph, token, 'DELETE', commentId, {}, undefined, signal)

export type CommentFailure = {
  /** gone: the comment no longer exists; wait: rate limited until `until`; stop: the Page needs a person. */
  kind: 'fail' | 'gone' | 'retry' | 'stop' | 'wait'
  message: string
  until?: Date
}

/** What a failed comment call means, for the person who clicked (in Polish without `t`). */
export const describeCommentFailure = (
  error: unknown,
  now = new Date(),
  t: FanoutT = polishT,
): CommentFailure => {
  if (error instanceof GraphError) {
    const code = error.body.code ?? 0
    if (code === 100 && error.body.error_subcode === 33)
      return { kind: 'gone', message: t('fanout:commentGone') }
    if (code === 10 || (code >= 200 && code <= 299)) {
      return { kind: 'stop', message: t('fanout:commentNoPermission') }
    }
  }
  const verdict = classifyGraphError(error, t)
  switch (verdict.kind) {
    case 'wait': {
      const regain = error instanceof GraphError ? readUsage(error.headers).regainMinutes : 0
      const minutes = Math.max(1, regain || Math.round(verdict.afterMs / 60_000))
      return {
        kind: 'wait',
        message: t('fanout:commentRateLimit', { minutes }),
        until: new Date(now.getTime() + minutes * 60_000),
      }
    }
    case 'needs_action':
      return { kind: 'stop', message: verdict.message }
    case 'retry':
      return {
        kind: 'retry',
        message: t(verdict.unknownOutcome ? 'fanout:commentNoAnswer' : 'fanout:commentTransient'),
      }
    default:
      return {
        kind: 'fail',
        message: t('fanout:commentRejected', {
          detail:
            error instanceof GraphError
              ? (error.body.message ?? t('fanout:errorCode', { code: error.body.code }))
              : t('fanout:errorUnknown'),
        }),
      }
  }
}
