import { errorReply, invalidParameter, isReply } from './errors'
import { pageLimit, project, requestedFields } from './fields'
import {
  formatCreatedTime,
  newObjectId,
  nowSeconds,
  parseCreatedTime,
  type GraphState,
} from './state'
import type { FakePhoto, FakePost, Params, Reply, Upload } from './types'

const DUPLICATE_WINDOW_MS = 10 * 60 * 1000
const MIN_SCHEDULE_S = 10 * 60
const MAX_SCHEDULE_S = 30 * 24 * 60 * 60

const permalink = (state: GraphState, post: FakePost) =>
  `https://www.facebook.com/${state.pageId}/posts/${post.id.split('_')[1]}`
const isLive = (post: FakePost) => post.published

/** A scheduled post goes live when its time comes; checked lazily so no timer is needed. */
export const publishDuePosts = (state: GraphState) => {
  const now = nowSeconds()
  for (const post of state.posts) {
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

export const postFields = (state: GraphState): Record<string, (post: FakePost) => unknown> => ({
  created_time: (post) => post.createdTime,
  id: (post) => post.id,
  is_hidden: (post) => post.isHidden ?? false,
  is_published: (post) => post.published,
  message: (post) => post.message,
  permalink_url: (post) => permalink(state, post),
  scheduled_publish_time: (post) => post.scheduledPublishTime,
  updated_time: (post) => post.updatedTime ?? post.createdTime,
})

/** Reads `attached_media` as a JSON array or as form-style `attached_media[i]` fields. */
const attachedMediaIds = (state: GraphState, params: Params): string[] | Reply => {
  let entries: unknown[]
  try {
    if (params.attached_media !== undefined) {
      const parsed: unknown = JSON.parse(params.attached_media)
      if (!Array.isArray(parsed))
        return invalidParameter(state, 'param attached_media must be an array')
      entries = parsed
    } else {
      entries = Object.keys(params)
        .map((key) => /^attached_media\[(\d+)\]$/.exec(key))
        .filter((match): match is RegExpExecArray => match !== null)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((match) => JSON.parse(params[match[0]]) as unknown)
    }
  } catch {
    return invalidParameter(
      state,
      'param attached_media must be an array of objects with media_fbid',
    )
  }
  const ids: string[] = []
  for (const [index, entry] of entries.entries()) {
    const id = (entry as { media_fbid?: unknown } | null)?.media_fbid
    const photo = state.photos.find((candidate) => candidate.id === String(id))
    if (id === undefined || !photo || photo.published)
      return invalidParameter(state, `param attached_media[${index}] has an invalid media_fbid`)
    ids.push(photo.id)
  }
  return ids
}

/** Reads `scheduled_publish_time` as unix seconds or an ISO 8601 string; undefined when absent. */
const scheduledTime = (
  state: GraphState,
  params: Params,
  published: boolean,
): number | undefined | Reply => {
  const raw = params.scheduled_publish_time
  if (raw === undefined || raw === '') return undefined
  if (published)
    return invalidParameter(
      state,
      'You cannot specify a scheduled publish time on a published post',
    )
  const seconds = /^\d+$/.test(raw) ? Number(raw) : Math.floor(Date.parse(raw) / 1000)
  const ahead = seconds - nowSeconds()
  if (!Number.isFinite(seconds) || ahead < MIN_SCHEDULE_S || ahead > MAX_SCHEDULE_S)
    return invalidParameter(state, 'The specified scheduled publish time is invalid.')
  return seconds
}

const isDuplicate = (state: GraphState, message: string) => {
  const since = Date.now() - DUPLICATE_WINDOW_MS
  return state.posts.some(
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

export const createFeedPost = (state: GraphState, params: Params): Reply => {
  const message = params.message || undefined
  const link = params.link || undefined
  const published = params.published !== 'false'
  const media = attachedMediaIds(state, params)
  if (isReply(media)) return media
  if (!message && !link && media.length === 0)
    return invalidParameter(state, 'The parameter message or link is required')
  if (link && !isHttpUrl(link)) return invalidParameter(state, 'The parameter link is invalid')
  const scheduled = scheduledTime(state, params, published)
  if (isReply(scheduled)) return scheduled
  if (message && isDuplicate(state, message)) return errorReply(state, { code: 506 })
  const post: FakePost = {
    attachedMedia: media,
    createdTime: formatCreatedTime(Date.now()),
    id: `${state.pageId}_${newObjectId(state)}`,
    link,
    message,
    published,
    scheduledPublishTime: scheduled,
  }
  if (published || scheduled !== undefined) state.posts.push(post)
  else state.unpublishedPosts.push(post)
  return { body: { id: post.id }, status: 200 }
}

/** A post made outside the API: published at `createdTime`, with no duplicate check (a person may repeat themselves). */
export const addPagePost = (
  state: GraphState,
  p: { createdTime?: number; link?: string; message?: string },
): FakePost => {
  const post: FakePost = {
    attachedMedia: [],
    createdTime: formatCreatedTime(p.createdTime ?? Date.now()),
    id: `${state.pageId}_${newObjectId(state)}`,
    link: p.link,
    message: p.message,
    published: true,
  }
  state.posts.push(post)
  return post
}

export const uploadPhoto = (
  state: GraphState,
  params: Params,
  files: Record<string, Upload>,
): Reply => {
  const source = files.source
  const photoUrl = params.url || undefined
  if (!source && !photoUrl) return invalidParameter(state, 'Requires upload file', 324)
  if (photoUrl && !isHttpUrl(photoUrl))
    return invalidParameter(state, 'url should represent a valid URL')
  const published = params.published !== 'false'
  const createdTime = formatCreatedTime(Date.now())
  const photo: FakePhoto = {
    bytes: source?.bytes,
    createdTime,
    id: newObjectId(state),
    published,
    url: photoUrl,
  }
  state.photos.push(photo)
  if (!published) return { body: { id: photo.id }, status: 200 }
  // A published photo is also a feed post carrying the caption.
  const post: FakePost = {
    attachedMedia: [photo.id],
    createdTime,
    id: `${state.pageId}_${newObjectId(state)}`,
    message: params.caption || undefined,
    published: true,
  }
  state.posts.push(post)
  return { body: { id: photo.id, post_id: post.id }, status: 200 }
}

export const listPosts = (state: GraphState, params: Params, edge: string): Reply => {
  const wanted = edge === 'scheduled_posts' ? (post: FakePost) => !isLive(post) : isLive
  const since = params.since ? Number(params.since) : -Infinity
  const until = params.until ? Number(params.until) : Infinity
  const ordered = state.posts
    .map((post, index) => ({ index, post, time: parseCreatedTime(post.createdTime) / 1000 }))
    .filter(({ post, time }) => wanted(post) && time >= since && time <= until)
    .sort((a, b) => b.time - a.time || b.index - a.index)
    .map(({ post }) => post)
  const afterId = params.after ? Buffer.from(params.after, 'base64url').toString('utf8') : undefined
  const start = afterId === undefined ? 0 : ordered.findIndex((post) => post.id === afterId) + 1
  const limit = pageLimit(params)
  const page = start === 0 && afterId !== undefined ? [] : ordered.slice(start, start + limit)
  const fields = requestedFields(params, ['id', 'message', 'created_time'])
  const known = postFields(state)
  const data: unknown[] = []
  for (const post of page) {
    const projected = project(state, post, fields, known, 'Post')
    if (isReply(projected)) return projected
    data.push(projected)
  }
  return {
    body: {
      data,
      paging: pagingFor(state, page, start + page.length < ordered.length, edge, params),
    },
    status: 200,
  }
}

const cursor = (post: FakePost) => Buffer.from(post.id).toString('base64url')
const pagingFor = (
  state: GraphState,
  page: FakePost[],
  more: boolean,
  edge: string,
  params: Params,
) => {
  if (page.length === 0) return {}
  const cursors = { after: cursor(page[page.length - 1]), before: cursor(page[0]) }
  if (!more) return { cursors }
  const next = new URL(`${state.url}/${state.version}/${state.pageId}/${edge}`)
  for (const [key, value] of Object.entries(params))
    if (key !== 'access_token' && key !== 'after') next.searchParams.set(key, value)
  next.searchParams.set('after', cursors.after)
  return { cursors, next: next.toString() }
}
