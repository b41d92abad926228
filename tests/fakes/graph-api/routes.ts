import { listComments, routeComment } from './comments'
import {
  authenticate,
  errorReply,
  invalidParameter,
  isReply,
  nonexistingField,
  unsupportedRequest,
} from './errors'
import { listInsights, projectPost } from './engagement'
import { project, requestedFields } from './fields'
import { createFeedPost, listPosts, publishDuePosts, uploadPhoto } from './posts'
import { PAGE_NAME, findPost, formatCreatedTime, removePost, type GraphState } from './state'
import type { FakePhoto, FakePost, GraphRequest, Reply } from './types'

const routePage = (state: GraphState, request: GraphRequest, edge: string | undefined): Reply => {
  const { method, params } = request
  if (edge === undefined && method === 'GET') {
    const pageFields: Record<string, () => unknown> = {
      id: () => state.pageId,
      link: () => `https://www.facebook.com/${state.pageId}`,
      name: () => PAGE_NAME,
    }
    const page = project(
      state,
      undefined,
      requestedFields(params, ['id', 'name']),
      pageFields,
      'Page',
    )
    return isReply(page) ? page : { body: page, status: 200 }
  }
  if (edge === 'feed' && method === 'POST') return createFeedPost(state, params)
  if (edge === 'photos' && method === 'POST') return uploadPhoto(state, params, request.files)
  if (
    ['feed', 'posts', 'published_posts', 'scheduled_posts'].includes(edge ?? '') &&
    method === 'GET'
  )
    return listPosts(state, params, edge!)
  if (edge === undefined) return unsupportedRequest(state, method, state.pageId)
  return nonexistingField(state, edge, 'Page')
}

const routePost = (state: GraphState, request: GraphRequest, post: FakePost): Reply => {
  const { method, params } = request
  const { comments } = state
  if (method === 'GET') {
    const projected = projectPost(
      state,
      post,
      requestedFields(params, ['id', 'message', 'created_time']),
    )
    return isReply(projected) ? projected : { body: projected, status: 200 }
  }
  if (method === 'DELETE') {
    removePost(state, post.id)
    // A deleted post takes its comments with it.
    for (let i = comments.length - 1; i >= 0; i--)
      if (comments[i].postId === post.id) comments.splice(i, 1)
    return { body: { success: true }, status: 200 }
  }
  if (method === 'POST' && (params.is_hidden !== undefined || params.message !== undefined)) {
    // An edit cannot leave a post without text unless it carries a link or photos.
    if (
      params.message !== undefined &&
      !params.message.trim() &&
      !post.link &&
      !post.attachedMedia.length
    )
      return invalidParameter(state, 'param message must be non-empty')
    if (params.is_hidden !== undefined) post.isHidden = params.is_hidden === 'true'
    if (params.message !== undefined) {
      post.message = params.message
      post.updatedTime = formatCreatedTime(Date.now())
    }
    return { body: { success: true }, status: 200 }
  }
  return unsupportedRequest(state, method, post.id)
}

const routePhoto = (state: GraphState, request: GraphRequest, photo: FakePhoto): Reply => {
  if (request.method === 'GET')
    return { body: { created_time: photo.createdTime, id: photo.id }, status: 200 }
  if (request.method === 'DELETE') {
    state.photos.splice(state.photos.indexOf(photo), 1)
    return { body: { success: true }, status: 200 }
  }
  return unsupportedRequest(state, request.method, photo.id)
}

const route = (state: GraphState, request: GraphRequest): Reply => {
  const [node = '', edge, ...rest] = request.segments
  if (!node) return invalidParameter(state, 'Unsupported request: a node id is required')
  if (rest.length > 0)
    return errorReply(state, { code: 2500, message: `Unknown path components: /${rest.join('/')}` })
  if (node === state.pageId || node === 'me') return routePage(state, request, edge)
  const post = findPost(state, node)
  const photo = state.photos.find((candidate) => candidate.id === node)
  const comment = state.comments.find((candidate) => candidate.id === node)
  if (edge === 'comments' && request.method === 'GET' && (post || comment))
    return listComments(
      state,
      request.params,
      post ? { postId: post.id } : { parentId: comment!.id, postId: comment!.postId },
      node,
    )
  if (edge === 'insights' && request.method === 'GET' && post)
    return listInsights(state, request.params, post)
  if (edge !== undefined)
    return post || photo || comment
      ? nonexistingField(state, edge, post ? 'Post' : photo ? 'Photo' : 'Comment')
      : errorReply(state, {
          code: 803,
          message: `(#803) Some of the aliases you requested do not exist: ${node}`,
        })
  if (comment) return routeComment(state, request, comment)
  if (post) return routePost(state, request, post)
  if (photo) return routePhoto(state, request, photo)
  return unsupportedRequest(state, request.method, node)
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

const matches = (pattern: RegExp | undefined, path: string) => {
  if (!pattern) return true
  pattern.lastIndex = 0 // a /g or /y pattern would otherwise remember the last match
  return pattern.test(path)
}

/** Checks and answers one request; returns undefined when the request is to hang unanswered. */
export const handle = (
  state: GraphState,
  request: GraphRequest,
  token: string | undefined,
): Reply | undefined => {
  publishDuePosts(state)
  const versionPrefix = `/${state.version}/`
  if (!request.path.startsWith(versionPrefix))
    return errorReply(state, { code: 2500, message: `Unknown path components: ${request.path}` })
  const authError = authenticate(state, token)
  if (authError) return authError
  const injectedError = takeQueued(state.injected, (entry) => {
    const method = entry.method ?? 'POST'
    return (
      (method === '*' || method.toUpperCase() === request.method) &&
      matches(entry.path, request.path)
    )
  })
  if (injectedError) return errorReply(state, injectedError)
  const hang =
    request.method === 'POST'
      ? takeQueued(state.hangs, (entry) => matches(entry.path, request.path))
      : undefined
  if (hang) {
    // commit=true: the post is made, the client never learns of it (unknown outcome).
    if (hang.commit) route(state, request)
    return undefined
  }
  return route(state, request)
}
