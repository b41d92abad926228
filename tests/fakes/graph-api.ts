import http from 'node:http'

import { GRAPH_API_VERSION } from '../../plugins/fanout/channels/graph-version'
import { readBody } from './read-body'

/**
 * A fake Facebook Graph API for one Page, served over real HTTP on loopback, for tests of the
 * fanpage channel. It follows the Graph API's observable contract (paths, parameters, error
 * bodies, usage headers) closely enough that a client passing against it should pass against
 * Facebook, and lets a test inject the failures Facebook produces: error codes, rate limits,
 * revoked tokens, slow answers and requests that never answer after the post was made.
 *
 * Deterministic: ids and fbtrace_ids come from counters, times from `Date.now()` (so
 * `vi.setSystemTime` moves the fake's clock too), and no timer outlives `close()`.
 */

export type FakePost = {
  id: string
  message?: string
  link?: string
  attachedMedia: string[]
  createdTime: string
  published: boolean
  scheduledPublishTime?: number
  isHidden?: boolean
  /** Residents' reactions; `reactions.summary(total_count)` counts them. */
  reactions?: FakeReaction[]
  /** How many times the post was shared; Facebook leaves `shares` out while there are none. */
  shares?: number
  /** Lifetime insights of the post (`post_impressions`, `post_impressions_unique`, `post_clicks`). */
  insights?: { clicks?: number; impressions?: number; impressionsUnique?: number }
}
export type FakeReaction = {
  from: { id: string; name: string }
  type: 'ANGRY' | 'CARE' | 'HAHA' | 'LIKE' | 'LOVE' | 'SAD' | 'WOW'
}
export type FakePhoto = {
  id: string
  url?: string
  bytes?: number
  published: boolean
  createdTime: string
}
/** A comment on a post, or a reply to a comment (`parentId`), as the Page's moderators see it. */
export type FakeComment = {
  id: string
  postId: string
  parentId?: string
  message: string
  from: { id: string; name: string }
  createdTime: string
  isHidden: boolean
  /** Written by the Page itself: the Page cannot hide its own comments. */
  byPage: boolean
}
export type InjectedError = {
  code: number
  subcode?: number
  message?: string
  type?: string
  status?: number
  headers?: Record<string, string>
  /** How many matching requests fail; default 1. */
  times?: number
  /** Default: every path. */
  path?: RegExp
  /** Extension: which method is hit, default 'POST'; '*' for any. */
  method?: string
}
export type FakeGraphRequest = {
  method: string
  path: string
  params: Record<string, string>
  at: number
  status: number
}
export type FakeGraph = {
  url: string
  version: string
  pageId: string
  /** Committed feed posts, published or scheduled (unpublished unscheduled posts are kept apart). */
  posts: FakePost[]
  photos: FakePhoto[]
  /** Comments and replies on the Page's posts, oldest first; deleted ones are removed. */
  comments: FakeComment[]
  /** Adds a resident's comment (or the Page's own, `from: 'page'`) to a post or, with `parentId`, a reply. */
  addComment(c: {
    postId: string
    message: string
    from?: { id: string; name: string } | 'page'
    parentId?: string
    createdTime?: number
  }): FakeComment
  /**
   * Sets a post's engagement: reactions (a number makes that many LIKEs from distinct residents),
   * shares and lifetime insights. Comments come from `addComment`.
   */
  setEngagement(
    postId: string,
    e: {
      reactions?: FakeReaction[] | number
      shares?: number
      impressions?: number
      impressionsUnique?: number
      clicks?: number
    },
  ): void
  /** The metrics Meta has retired (replacing the list; [] restores all): asking for one fails as Facebook does ("must be a valid insights metric"). */
  retireMetrics(names: string[]): void
  /** false: the Page has no insights (fewer than 100 likes), so `/insights` answers with no data. */
  setInsightsAvailable(available: boolean): void
  /** Every request in arrival order; `status` is 0 while unanswered and stays 0 for a hung one. */
  requests: FakeGraphRequest[]
  setToken(token: string): void
  revokeToken(): void
  failNext(err: InjectedError): void
  setUsage(u: { app?: number; business?: number; regainMinutes?: number }): void
  hangNext(opts: { commit: boolean; path?: RegExp }): void
  setDelay(ms: number): void
  close(): Promise<void>
}

type Params = Record<string, string>
type Upload = { filename: string; bytes: number }
type Reply = { status: number; body: unknown; headers?: Record<string, string> }
type GraphRequest = {
  method: string
  path: string
  segments: string[]
  params: Params
  files: Record<string, Upload>
}

const PAGE_NAME = 'Fake Page'
const MAX_BODY_BYTES = 32 * 1024 * 1024
const DUPLICATE_WINDOW_MS = 10 * 60 * 1000
const MIN_SCHEDULE_S = 10 * 60
const MAX_SCHEDULE_S = 30 * 24 * 60 * 60
const DEFAULT_LIMIT = 25
const MAX_LIMIT = 100
// Real object ids are larger than Number.MAX_SAFE_INTEGER: a client that parses them as numbers
// corrupts them, and these ids make such a bug visible.
const FIRST_OBJECT_ID = 122_100_000_000_000_001n

const DEFAULT_MESSAGES: Record<number, string> = {
  1: 'An unknown error occurred',
  2: 'Service temporarily unavailable',
  4: '(#4) Application request limit reached',
  10: '(#10) Application does not have permission for this action',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  100: '(#100) Invalid parameter',
  190: 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
  200: '(#200) Permissions error',
  368: '(#368) The action attempted has been deemed abusive or is otherwise disallowed',
  506: '(#506) Duplicate status message',
  613: '(#613) Calls to this api have exceeded the rate limit.',
  80001:
    '(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
}

const defaultMessage = (code: number) => {
  if (DEFAULT_MESSAGES[code]) return DEFAULT_MESSAGES[code]
  if (code > 80001 && code <= 80014)
    return `(#${code}) There have been too many calls for this business use case. Wait a bit and try again.`
  if (code > 200 && code < 300) return `(#${code}) Permissions error`
  return `(#${code}) An error occurred`
}

/** Facebook's created_time format: second precision, `+0000` instead of `Z`. */
export const formatCreatedTime = (ms: number) =>
  new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000')
const parseCreatedTime = (value: string) => Date.parse(value.replace(/\+0000$/, 'Z'))

/** Minimal multipart/form-data parser: enough for what fetch's FormData and curl send. */
const parseMultipart = (body: Buffer, boundary: string) => {
  const params: Params = {}
  const files: Record<string, Upload> = {}
  const delimiter = Buffer.from(`--${boundary}`)
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const partStart = at + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break
    const end = body.indexOf(nextDelimiter, partStart)
    if (end === -1) break
    const part = body.subarray(partStart + 2, end)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd !== -1) {
      const head = part.subarray(0, headerEnd).toString('utf8')
      const content = part.subarray(headerEnd + 4)
      const name = /;\s*name="([^"]*)"/i.exec(head)?.[1]
      const filename = /;\s*filename="([^"]*)"/i.exec(head)?.[1]
      if (name !== undefined && filename !== undefined)
        files[name] = { bytes: content.length, filename }
      else if (name !== undefined) params[name] = content.toString('utf8')
    }
    at = end + 2
  }
  return { files, params }
}

/** JSON bodies carry booleans, numbers and arrays; Graph treats every parameter as a string. */
const stringifyJsonParams = (json: unknown): Params => {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new Error('JSON body must be an object')
  const params: Params = {}
  for (const [key, value] of Object.entries(json)) {
    if (value === null || value === undefined) continue
    params[key] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return params
}

const parseBody = (
  contentType: string,
  body: Buffer,
): { params: Params; files: Record<string, Upload> } => {
  const type = contentType.split(';')[0].trim().toLowerCase()
  if (body.length === 0) return { files: {}, params: {} }
  if (type === 'application/x-www-form-urlencoded')
    return { files: {}, params: Object.fromEntries(new URLSearchParams(body.toString('utf8'))) }
  if (type === 'application/json')
    return { files: {}, params: stringifyJsonParams(JSON.parse(body.toString('utf8'))) }
  if (type === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
    if (!boundary) throw new Error('multipart body without boundary')
    return parseMultipart(body, (boundary[1] ?? boundary[2]).trim())
  }
  return { files: {}, params: {} }
}

const bearerToken = (header: string | undefined) =>
  /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header ?? '')?.[1]

const matches = (pattern: RegExp | undefined, path: string) => {
  if (!pattern) return true
  pattern.lastIndex = 0 // a /g or /y pattern would otherwise remember the last match
  return pattern.test(path)
}

export const startFakeGraph = async (
  opts: { version?: string; pageId?: string; token?: string } = {},
): Promise<FakeGraph> => {
  const version = opts.version ?? GRAPH_API_VERSION
  const pageId = opts.pageId ?? '104000000000001'
  let validToken = opts.token ?? 'fake-page-token'
  let revoked = false
  let nextObjectId = FIRST_OBJECT_ID
  let nextTraceId = 1
  let delayMs = 0
  let usageHeaders: Record<string, string> = {}
  const injected: InjectedError[] = []
  const hangs: { commit: boolean; path?: RegExp; times?: number }[] = []
  const timers = new Set<NodeJS.Timeout>()
  const posts: FakePost[] = []
  // published=false without a schedule: a real "unpublished page post", reachable by id only.
  const unpublishedPosts: FakePost[] = []
  const photos: FakePhoto[] = []
  const comments: FakeComment[] = []
  const requests: FakeGraphRequest[] = []
  let url = ''

  const newObjectId = () => String(nextObjectId++)
  const newTraceId = () => `Fk${String(nextTraceId++).padStart(9, '0')}`
  const nowSeconds = () => Math.floor(Date.now() / 1000)

  // ---- errors ------------------------------------------------------------------------------

  const errorReply = (err: Omit<InjectedError, 'times' | 'path' | 'method'>): Reply => {
    const fbtraceId = newTraceId()
    const message = err.message ?? defaultMessage(err.code)
    const body = {
      error: {
        code: err.code,
        ...(err.subcode !== undefined ? { error_subcode: err.subcode } : {}),
        fbtrace_id: fbtraceId,
        // Facebook marks its own outages as retryable.
        ...(err.code === 1 || err.code === 2 ? { is_transient: true } : {}),
        message,
        type: err.type ?? 'OAuthException',
      },
    }
    const status = err.status ?? (err.code === 1 || err.code === 2 ? 500 : 400)
    const headers: Record<string, string> = { 'x-fb-trace-id': fbtraceId, ...err.headers }
    if (err.code === 190)
      headers['www-authenticate'] = `OAuth "Facebook Platform" "invalid_token" "${message}"`
    return { body, headers, status }
  }
  const invalidParameter = (message: string, code = 100) =>
    errorReply({ code, message: `(#${code}) ${message}` })
  const unsupportedRequest = (method: string, id: string) =>
    errorReply({
      code: 100,
      message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      subcode: 33,
      type: 'GraphMethodException',
    })
  const nonexistingField = (field: string, nodeType: string) =>
    invalidParameter(`Tried accessing nonexisting field (${field}) on node type (${nodeType})`)

  const authenticate = (token: string | undefined): Reply | undefined => {
    if (revoked && token) return errorReply({ code: 190, subcode: 460 })
    if (!token || token !== validToken)
      return errorReply({
        code: 190,
        message: 'Invalid OAuth access token - Cannot parse access token',
      })
    return undefined
  }

  const takeQueued = <T extends { times?: number }>(
    queue: T[],
    fits: (entry: T) => boolean,
  ): T | undefined => {
    const index = queue.findIndex(fits)
    if (index === -1) return undefined
    const entry = queue[index]
    const left = (entry.times ?? 1) - 1
    if (left <= 0) queue.splice(index, 1)
    else entry.times = left
    return entry
  }

  // ---- posts and photos ---------------------------------------------------------------------

  const permalink = (post: FakePost) =>
    `https://www.facebook.com/${pageId}/posts/${post.id.split('_')[1]}`
  const isLive = (post: FakePost) => post.published

  /** A scheduled post goes live when its time comes; checked lazily so no timer is needed. */
  const publishDuePosts = () => {
    const now = nowSeconds()
    for (const post of posts) {
      if (
        post.published ||
        post.scheduledPublishTime === undefined ||
        post.scheduledPublishTime > now
      )
        continue
      post.published = true
      post.createdTime = formatCreatedTime(post.scheduledPublishTime * 1000)
    }
  }

  const POST_FIELDS: Record<string, (post: FakePost) => unknown> = {
    created_time: (post) => post.createdTime,
    id: (post) => post.id,
    is_hidden: (post) => post.isHidden ?? false,
    is_published: (post) => post.published,
    message: (post) => post.message,
    permalink_url: (post) => permalink(post),
    scheduled_publish_time: (post) => post.scheduledPublishTime,
  }
  const PAGE_FIELDS: Record<string, () => unknown> = {
    id: () => pageId,
    link: () => `https://www.facebook.com/${pageId}`,
    name: () => PAGE_NAME,
  }

  /** Splits `fields` at the top-level commas: a field expansion's arguments may hold commas of their own. */
  const splitFields = (value: string) => {
    const out: string[] = []
    let depth = 0
    let current = ''
    for (const char of value) {
      if (char === '(' || char === '{') depth++
      if (char === ')' || char === '}') depth--
      if (char === ',' && depth === 0) {
        out.push(current)
        current = ''
      } else current += char
    }
    out.push(current)
    return out.map((field) => field.trim()).filter(Boolean)
  }
  const requestedFields = (params: Params, defaults: string[]) =>
    params.fields ? splitFields(params.fields) : defaults

  /** Picks the requested fields, omitting absent values as Facebook does; or the error for an unknown field. */
  const project = <T>(
    item: T,
    fields: string[],
    known: Record<string, (item: T) => unknown>,
    nodeType: string,
  ) => {
    const unknown = fields.find((field) => !known[field])
    if (unknown) return nonexistingField(unknown, nodeType)
    const out: Record<string, unknown> = {}
    for (const field of fields) {
      const value = known[field](item)
      if (value !== undefined) out[field] = value
    }
    return out
  }
  const isReply = (value: unknown): value is Reply =>
    typeof value === 'object' && value !== null && 'status' in value && 'body' in value

  const findPost = (id: string) =>
    posts.find((post) => post.id === id) ?? unpublishedPosts.find((post) => post.id === id)
  const removePost = (id: string) => {
    for (const list of [posts, unpublishedPosts]) {
      const index = list.findIndex((post) => post.id === id)
      if (index !== -1) list.splice(index, 1)
    }
  }

  /** Reads `attached_media` as a JSON array or as form-style `attached_media[i]` fields. */
  const attachedMediaIds = (params: Params): string[] | Reply => {
    let entries: unknown[]
    try {
      if (params.attached_media !== undefined) {
        const parsed: unknown = JSON.parse(params.attached_media)
        if (!Array.isArray(parsed)) return invalidParameter('param attached_media must be an array')
        entries = parsed
      } else {
        entries = Object.keys(params)
          .map((key) => /^attached_media\[(\d+)\]$/.exec(key))
          .filter((match): match is RegExpExecArray => match !== null)
          .sort((a, b) => Number(a[1]) - Number(b[1]))
          .map((match) => JSON.parse(params[match[0]]) as unknown)
      }
    } catch {
      return invalidParameter('param attached_media must be an array of objects with media_fbid')
    }
    const ids: string[] = []
    for (const [index, entry] of entries.entries()) {
      const id = (entry as { media_fbid?: unknown } | null)?.media_fbid
      const photo = photos.find((candidate) => candidate.id === String(id))
      if (id === undefined || !photo || photo.published)
        return invalidParameter(`param attached_media[${index}] has an invalid media_fbid`)
      ids.push(photo.id)
    }
    return ids
  }

  /** Reads `scheduled_publish_time` as unix seconds or an ISO 8601 string; undefined when absent. */
  const scheduledTime = (params: Params, published: boolean): number | undefined | Reply => {
    const raw = params.scheduled_publish_time
    if (raw === undefined || raw === '') return undefined
    if (published)
      return invalidParameter('You cannot specify a scheduled publish time on a published post')
    const seconds = /^\d+$/.test(raw) ? Number(raw) : Math.floor(Date.parse(raw) / 1000)
    const ahead = seconds - nowSeconds()
    if (!Number.isFinite(seconds) || ahead < MIN_SCHEDULE_S || ahead > MAX_SCHEDULE_S)
      return invalidParameter('The specified scheduled publish time is invalid.')
    return seconds
  }

  const isDuplicate = (message: string) => {
    const since = Date.now() - DUPLICATE_WINDOW_MS
    return posts.some(
      (post) => post.message === message && parseCreatedTime(post.createdTime) >= since,
    )
  }

  const isHttpUrl = (value: string) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol)
    } catch {
      return false
    }
  }

  const createFeedPost = (params: Params): Reply => {
    const message = params.message || undefined
    const link = params.link || undefined
    const published = params.published !== 'false'
    const media = attachedMediaIds(params)
    if (isReply(media)) return media
    if (!message && !link && media.length === 0)
      return invalidParameter('The parameter message or link is required')
    if (link && !isHttpUrl(link)) return invalidParameter('The parameter link is invalid')
    const scheduled = scheduledTime(params, published)
    if (isReply(scheduled)) return scheduled
    if (message && isDuplicate(message)) return errorReply({ code: 506 })
    const post: FakePost = {
      attachedMedia: media,
      createdTime: formatCreatedTime(Date.now()),
      id: `${pageId}_${newObjectId()}`,
      link,
      message,
      published,
      scheduledPublishTime: scheduled,
    }
    if (published || scheduled !== undefined) posts.push(post)
    else unpublishedPosts.push(post)
    return { body: { id: post.id }, status: 200 }
  }

  const uploadPhoto = (params: Params, files: Record<string, Upload>): Reply => {
    const source = files.source
    const photoUrl = params.url || undefined
    if (!source && !photoUrl) return invalidParameter('Requires upload file', 324)
    if (photoUrl && !isHttpUrl(photoUrl))
      return invalidParameter('url should represent a valid URL')
    const published = params.published !== 'false'
    const createdTime = formatCreatedTime(Date.now())
    const photo: FakePhoto = {
      bytes: source?.bytes,
      createdTime,
      id: newObjectId(),
      published,
      url: photoUrl,
    }
    photos.push(photo)
    if (!published) return { body: { id: photo.id }, status: 200 }
    // A published photo is also a feed post carrying the caption.
    const post: FakePost = {
      attachedMedia: [photo.id],
      createdTime,
      id: `${pageId}_${newObjectId()}`,
      message: params.caption || undefined,
      published: true,
    }
    posts.push(post)
    return { body: { id: photo.id, post_id: post.id }, status: 200 }
  }

  const listPosts = (params: Params, edge: string): Reply => {
    const wanted = edge === 'scheduled_posts' ? (post: FakePost) => !isLive(post) : isLive
    const since = params.since ? Number(params.since) : -Infinity
    const until = params.until ? Number(params.until) : Infinity
    const ordered = posts
      .map((post, index) => ({ index, post, time: parseCreatedTime(post.createdTime) / 1000 }))
      .filter(({ post, time }) => wanted(post) && time >= since && time <= until)
      .sort((a, b) => b.time - a.time || b.index - a.index)
      .map(({ post }) => post)
    const afterId = params.after
      ? Buffer.from(params.after, 'base64url').toString('utf8')
      : undefined
    const start = afterId === undefined ? 0 : ordered.findIndex((post) => post.id === afterId) + 1
    const requested = Number(params.limit)
    const limit =
      Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_LIMIT) : DEFAULT_LIMIT
    const page = start === 0 && afterId !== undefined ? [] : ordered.slice(start, start + limit)
    const fields = requestedFields(params, ['id', 'message', 'created_time'])
    const data: unknown[] = []
    for (const post of page) {
      const projected = project(post, fields, POST_FIELDS, 'Post')
      if (isReply(projected)) return projected
      data.push(projected)
    }
    return {
      body: { data, paging: pagingFor(page, start + page.length < ordered.length, edge, params) },
      status: 200,
    }
  }

  const cursor = (post: FakePost) => Buffer.from(post.id).toString('base64url')
  const pagingFor = (page: FakePost[], more: boolean, edge: string, params: Params) => {
    if (page.length === 0) return {}
    const cursors = { after: cursor(page[page.length - 1]), before: cursor(page[0]) }
    if (!more) return { cursors }
    const next = new URL(`${url}/${version}/${pageId}/${edge}`)
    for (const [key, value] of Object.entries(params))
      if (key !== 'access_token' && key !== 'after') next.searchParams.set(key, value)
    next.searchParams.set('after', cursors.after)
    return { cursors, next: next.toString() }
  }

  // ---- comments -----------------------------------------------------------------------------

  const objectPart = (id: string) => id.split('_').pop() ?? id
  const commentPermalink = (comment: FakeComment) => {
    const base = `https://www.facebook.com/${pageId}/posts/${objectPart(comment.postId)}?comment_id=`
    return comment.parentId
      ? `${base}${objectPart(comment.parentId)}&reply_comment_id=${objectPart(comment.id)}`
      : `${base}${objectPart(comment.id)}`
  }
  const repliesOf = (comment: FakeComment) => comments.filter((c) => c.parentId === comment.id)
  const COMMENT_FIELDS: Record<string, (comment: FakeComment) => unknown> = {
    can_hide: (comment) => !comment.byPage,
    can_remove: () => true,
    comment_count: (comment) => repliesOf(comment).length,
    created_time: (comment) => comment.createdTime,
    from: (comment) => ({ ...comment.from }),
    id: (comment) => comment.id,
    is_hidden: (comment) => comment.isHidden,
    like_count: () => 0,
    message: (comment) => comment.message,
    parent: (comment) => {
      const parent = comments.find((c) => c.id === comment.parentId)
      return parent
        ? {
            created_time: parent.createdTime,
            from: { ...parent.from },
            id: parent.id,
            message: parent.message,
          }
        : undefined
    },
    permalink_url: (comment) => commentPermalink(comment),
  }
  // What Facebook returns for a comment when no fields are asked for.
  const COMMENT_DEFAULT_FIELDS = ['created_time', 'from', 'message', 'id']

  const addComment: FakeGraph['addComment'] = ({
    createdTime,
    from,
    message,
    parentId,
    postId,
  }) => {
    const post = findPost(postId)
    if (!post) throw new Error(`Fake Graph: no post ${postId}`)
    if (parentId && !comments.some((c) => c.id === parentId && c.postId === postId))
      throw new Error(`Fake Graph: no comment ${parentId} on ${postId}`)
    const byPage = from === 'page'
    const comment: FakeComment = {
      byPage,
      createdTime: formatCreatedTime(createdTime ?? Date.now()),
      from: byPage || !from ? { id: pageId, name: PAGE_NAME } : { ...from },
      id: `${objectPart(post.id)}_${newObjectId()}`,
      isHidden: false,
      message,
      parentId,
      postId: post.id,
    }
    comments.push(comment)
    return comment
  }

  /**
   * GET /{post-id}/comments and /{comment-id}/comments: `filter` toplevel (default; a comment's
   * direct replies) or stream (every comment and reply of the post), `order` chronological (default)
   * or reverse_chronological, `limit` (25, at most 100), `after` / `before` cursors and
   * `summary=true` (total_count).
   */
  const listComments = (
    params: Params,
    of: { parentId?: string; postId: string },
    node: string,
  ): Reply => {
    const filter = params.filter ?? 'toplevel'
    const order = params.order ?? 'chronological'
    if (!['stream', 'toplevel'].includes(filter))
      return invalidParameter(`param filter must be one of {TOPLEVEL, STREAM} - got "${filter}"`)
    if (!['chronological', 'reverse_chronological'].includes(order))
      return invalidParameter(
        `param order must be one of {CHRONOLOGICAL, REVERSE_CHRONOLOGICAL} - got "${order}"`,
      )
    const wanted = comments
      .map((comment, index) => ({ comment, index, time: parseCreatedTime(comment.createdTime) }))
      .filter(({ comment }) =>
        of.parentId
          ? comment.parentId === of.parentId
          : comment.postId === of.postId && (filter === 'stream' || !comment.parentId),
      )
      .sort((a, b) => a.time - b.time || a.index - b.index)
      .map(({ comment }) => comment)
    if (order === 'reverse_chronological') wanted.reverse()
    const requested = Number(params.limit)
    const limit =
      Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_LIMIT) : DEFAULT_LIMIT
    const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8')
    let start = 0
    let end = Math.min(limit, wanted.length)
    if (params.after) {
      const index = wanted.findIndex((c) => c.id === decode(params.after))
      if (index === -1) return invalidParameter('The after cursor is invalid or has expired')
      start = index + 1
      end = Math.min(start + limit, wanted.length)
    } else if (params.before) {
      const index = wanted.findIndex((c) => c.id === decode(params.before))
      if (index === -1) return invalidParameter('The before cursor is invalid or has expired')
      end = index
      start = Math.max(0, end - limit)
    }
    const page = wanted.slice(start, end)
    const fields = requestedFields(params, COMMENT_DEFAULT_FIELDS)
    const data: unknown[] = []
    for (const comment of page) {
      const projected = project(comment, fields, COMMENT_FIELDS, 'Comment')
      if (isReply(projected)) return projected
      data.push(projected)
    }
    const body: Record<string, unknown> = {
      data,
      paging: commentPaging(page, start > 0, end < wanted.length, node, params),
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
      const target = new URL(`${url}/${version}/${node}/comments`)
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
  const routeComment = (request: GraphRequest, comment: FakeComment): Reply => {
    const { method, params } = request
    if (method === 'GET') {
      const projected = project(
        comment,
        requestedFields(params, COMMENT_DEFAULT_FIELDS),
        COMMENT_FIELDS,
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
        return invalidParameter('param is_hidden must be a boolean')
      if (comment.byPage)
        return invalidParameter('Hiding comments by the Page itself is not supported', 100)
      comment.isHidden = params.is_hidden === 'true'
      return { body: { success: true }, status: 200 }
    }
    return unsupportedRequest(method, comment.id)
  }

  // ---- engagement and insights ----------------------------------------------------------------

  const REACTION_TYPES = ['ANGRY', 'CARE', 'HAHA', 'LIKE', 'LOVE', 'SAD', 'WOW']
  let insightsAvailable = true
  const retiredMetrics = new Set<string>()

  const setEngagement: FakeGraph['setEngagement'] = (postId, e) => {
    const post = findPost(postId)
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

  /** `reactions.limit(0).summary(total_count)`: Graph's field expansion, one edge inside `fields`. */
  const parseFieldSpec = (spec: string): null | { modifiers: Params; name: string } => {
    const match = /^([a-z_]+)((?:\.[a-z_]+\([^(){}]*\))*)$/.exec(spec)
    if (!match) return null
    const modifiers: Params = {}
    for (const m of match[2].matchAll(/\.([a-z_]+)\(([^(){}]*)\)/g)) modifiers[m[1]] = m[2]
    return { modifiers, name: match[1] }
  }
  const wantsSummary = (modifiers: Params) =>
    ['1', 'true', 'total_count'].includes(modifiers.summary ?? '')

  /** One page of an edge expanded in `fields`, with cursors and, when asked, its summary. */
  const expandEdge = <T>(
    items: T[],
    modifiers: Params,
    allowed: string[],
    toData: (item: T) => unknown,
    key: (item: T) => string,
    summary: Record<string, unknown>,
  ): Reply | Record<string, unknown> => {
    const unknown = Object.keys(modifiers).find((m) => !allowed.includes(m))
    if (unknown) return invalidParameter(`Unknown field expansion modifier: ${unknown}`)
    const limit = modifiers.limit === undefined ? DEFAULT_LIMIT : Number(modifiers.limit)
    if (!Number.isInteger(limit) || limit < 0)
      return invalidParameter('param limit must be a non-negative integer')
    const page = items.slice(0, Math.min(limit, MAX_LIMIT))
    const out: Record<string, unknown> = { data: page.map(toData) }
    if (page.length) {
      const cursors = {
        after: Buffer.from(key(page[page.length - 1])).toString('base64url'),
        before: Buffer.from(key(page[0])).toString('base64url'),
      }
      out.paging = { cursors }
    }
    if (wantsSummary(modifiers)) out.summary = summary
    return out
  }

  const EDGE_FIELDS: Record<
    string,
    (post: FakePost, modifiers: Params) => Reply | Record<string, unknown>
  > = {
    comments: (post, modifiers) => {
      const filter = modifiers.filter ?? 'toplevel'
      if (!['stream', 'toplevel'].includes(filter))
        return invalidParameter(`param filter must be one of {TOPLEVEL, STREAM} - got "${filter}"`)
      const wanted = comments.filter(
        (c) => c.postId === post.id && (filter === 'stream' || !c.parentId),
      )
      const fields = COMMENT_DEFAULT_FIELDS
      return expandEdge(
        wanted,
        modifiers,
        ['filter', 'limit', 'order', 'summary'],
        (c) => project(c, fields, COMMENT_FIELDS, 'Comment'),
        (c) => c.id,
        { can_comment: true, order: 'ranked', total_count: wanted.length },
      )
    },
    reactions: (post, modifiers) => {
      const type = modifiers.type?.toUpperCase()
      if (type && type !== 'NONE' && !REACTION_TYPES.includes(type))
        return invalidParameter(
          `param type must be one of {NONE, ${REACTION_TYPES.join(', ')}} - got "${modifiers.type}"`,
        )
      const wanted = (post.reactions ?? []).filter((r) => !type || r.type === type)
      return expandEdge(
        wanted,
        modifiers,
        ['limit', 'summary', 'type'],
        (r) => ({ id: r.from.id, name: r.from.name, type: r.type }),
        (r) => r.from.id,
        { total_count: wanted.length, viewer_reaction: 'NONE' },
      )
    },
  }

  /** A post's fields, edges expanded in `fields` (comments, reactions) and `shares` included. */
  const projectPost = (post: FakePost, fields: string[]): Reply | Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const field of fields) {
      const spec = parseFieldSpec(field)
      if (!spec) return invalidParameter(`Syntax error in field expansion: ${field}`)
      const edge = EDGE_FIELDS[spec.name]
      if (edge) {
        const value = edge(post, spec.modifiers)
        if (isReply(value)) return value
        out[spec.name] = value
        continue
      }
      if (Object.keys(spec.modifiers).length)
        return invalidParameter(`Field ${spec.name} does not support field expansion modifiers`)
      if (spec.name === 'shares') {
        // Facebook leaves the field out entirely while a post has never been shared.
        if (post.shares) out.shares = { count: post.shares }
        continue
      }
      const plain = project(post, [spec.name], POST_FIELDS, 'Post')
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
  const listInsights = (params: Params, post: FakePost): Reply => {
    let names: string[]
    const raw = (params.metric ?? '').trim()
    if (raw.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(raw)
        if (!Array.isArray(parsed)) return invalidParameter('param metric must be an array')
        names = parsed.map(String)
      } catch {
        return invalidParameter('param metric must be an array')
      }
    } else
      names = raw
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    // Without `metric` Facebook answers its default set.
    if (!names.length) names = Object.keys(POST_METRICS).filter((name) => !retiredMetrics.has(name))
    if (names.some((name) => !POST_METRICS[name] || retiredMetrics.has(name)))
      return invalidParameter('The value must be a valid insights metric')
    const period = params.period ?? 'lifetime'
    if (period !== 'lifetime')
      return invalidParameter(`param period must be one of {lifetime} - got "${period}"`)
    if (!insightsAvailable) return { body: { data: [] }, status: 200 }
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

  // ---- routing ------------------------------------------------------------------------------

  const routePage = (request: GraphRequest, edge: string | undefined): Reply => {
    const { method, params } = request
    if (edge === undefined && method === 'GET') {
      const page = project(undefined, requestedFields(params, ['id', 'name']), PAGE_FIELDS, 'Page')
      return isReply(page) ? page : { body: page, status: 200 }
    }
    if (edge === 'feed' && method === 'POST') return createFeedPost(params)
    if (edge === 'photos' && method === 'POST') return uploadPhoto(params, request.files)
    if (
      ['feed', 'posts', 'published_posts', 'scheduled_posts'].includes(edge ?? '') &&
      method === 'GET'
    )
      return listPosts(params, edge!)
    if (edge === undefined) return unsupportedRequest(method, pageId)
    return nonexistingField(edge, 'Page')
  }

  const routePost = (request: GraphRequest, post: FakePost): Reply => {
    const { method, params } = request
    if (method === 'GET') {
      const projected = projectPost(
        post,
        requestedFields(params, ['id', 'message', 'created_time']),
      )
      return isReply(projected) ? projected : { body: projected, status: 200 }
    }
    if (method === 'DELETE') {
      removePost(post.id)
      // A deleted post takes its comments with it.
      for (let i = comments.length - 1; i >= 0; i--)
        if (comments[i].postId === post.id) comments.splice(i, 1)
      return { body: { success: true }, status: 200 }
    }
    if (method === 'POST' && (params.is_hidden !== undefined || params.message !== undefined)) {
      if (params.is_hidden !== undefined) post.isHidden = params.is_hidden === 'true'
      if (params.message !== undefined) post.message = params.message
      return { body: { success: true }, status: 200 }
    }
    return unsupportedRequest(method, post.id)
  }

  const routePhoto = (request: GraphRequest, photo: FakePhoto): Reply => {
    if (request.method === 'GET')
      return { body: { created_time: photo.createdTime, id: photo.id }, status: 200 }
    if (request.method === 'DELETE') {
      photos.splice(photos.indexOf(photo), 1)
      return { body: { success: true }, status: 200 }
    }
    return unsupportedRequest(request.method, photo.id)
  }

  const route = (request: GraphRequest): Reply => {
    const [node = '', edge, ...rest] = request.segments
    if (!node) return invalidParameter('Unsupported request: a node id is required')
    if (rest.length > 0)
      return errorReply({ code: 2500, message: `Unknown path components: /${rest.join('/')}` })
    if (node === pageId || node === 'me') return routePage(request, edge)
    const post = findPost(node)
    const photo = photos.find((candidate) => candidate.id === node)
    const comment = comments.find((candidate) => candidate.id === node)
    if (edge === 'comments' && request.method === 'GET' && (post || comment))
      return listComments(
        request.params,
        post ? { postId: post.id } : { parentId: comment!.id, postId: comment!.postId },
        node,
      )
    if (edge === 'insights' && request.method === 'GET' && post)
      return listInsights(request.params, post)
    if (edge !== undefined)
      return post || photo || comment
        ? nonexistingField(edge, post ? 'Post' : photo ? 'Photo' : 'Comment')
        : errorReply({
            code: 803,
            message: `(#803) Some of the aliases you requested do not exist: ${node}`,
          })
    if (comment) return routeComment(request, comment)
    if (post) return routePost(request, post)
    if (photo) return routePhoto(request, photo)
    return unsupportedRequest(request.method, node)
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const send = (res: http.ServerResponse, reply: Reply) => {
    if (res.destroyed || res.writableEnded) return
    const body = JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=UTF-8',
      'facebook-api-version': version,
      ...usageHeaders,
      ...reply.headers,
    })
    res.end(body)
  }

  /** Checks and answers one request; returns undefined when the request is to hang unanswered. */
  const handle = (request: GraphRequest, token: string | undefined): Reply | undefined => {
    publishDuePosts()
    const versionPrefix = `/${version}/`
    if (!request.path.startsWith(versionPrefix))
      return errorReply({ code: 2500, message: `Unknown path components: ${request.path}` })
    const authError = authenticate(token)
    if (authError) return authError
    const injectedError = takeQueued(injected, (entry) => {
      const method = entry.method ?? 'POST'
      return (
        (method === '*' || method.toUpperCase() === request.method) &&
        matches(entry.path, request.path)
      )
    })
    if (injectedError) return errorReply(injectedError)
    const hang =
      request.method === 'POST'
        ? takeQueued(hangs, (entry) => matches(entry.path, request.path))
        : undefined
    if (hang) {
      // commit=true: the post is made, the client never learns of it (unknown outcome).
      if (hang.commit) route(request)
      return undefined
    }
    return route(request)
  }

  const server = http.createServer(async (req, res) => {
    const at = Date.now()
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const record: FakeGraphRequest = { at, method, params: {}, path: target.pathname, status: 0 }
    requests.push(record)
    let reply: Reply | undefined
    let token = bearerToken(req.headers.authorization)
    try {
      const body = parseBody(
        String(req.headers['content-type'] ?? ''),
        await readBody(req, MAX_BODY_BYTES),
      )
      const params: Params = { ...Object.fromEntries(target.searchParams), ...body.params }
      for (const [name, file] of Object.entries(body.files)) params[name] = file.filename
      record.params = params
      token ??= params.access_token || undefined
      const segments = target.pathname.split('/').filter(Boolean).slice(1)
      reply = handle({ files: body.files, method, params, path: target.pathname, segments }, token)
    } catch (error) {
      reply = invalidParameter(`Could not parse the request body: ${(error as Error).message}`)
    }
    if (!reply) return
    if (delayMs > 0) await sleep(delayMs)
    record.status = reply.status
    send(res, reply)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`

  return {
    addComment,
    comments,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        // Hung and keep-alive connections would hold the server open forever.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    failNext: (err) => void injected.push({ ...err }),
    hangNext: (hang) => void hangs.push({ ...hang }),
    pageId,
    photos,
    posts,
    requests,
    retireMetrics: (names) => {
      retiredMetrics.clear()
      for (const name of names) retiredMetrics.add(name)
    },
    revokeToken: () => {
      revoked = true
    },
    setDelay: (ms) => {
      delayMs = Math.max(0, ms)
    },
    setEngagement,
    setInsightsAvailable: (available) => {
      insightsAvailable = available
    },
    setToken: (token) => {
      validToken = token
      revoked = false
    },
    setUsage: ({ app, business, regainMinutes }) => {
      usageHeaders = {}
      if (app !== undefined)
        usageHeaders['x-app-usage'] = JSON.stringify({
          call_count: app,
          total_cputime: app,
          total_time: app,
        })
      if (business !== undefined) {
        // Key order as Facebook sends it, for clients that log or compare the raw header.
        const usage = {
          type: 'pages',
          call_count: business,
          total_cputime: business,
          total_time: business,
          estimated_time_to_regain_access: regainMinutes ?? 0,
        }
        usageHeaders['x-business-use-case-usage'] = JSON.stringify({ [pageId]: [usage] })
      }
    },
    url,
    version,
  }
}
