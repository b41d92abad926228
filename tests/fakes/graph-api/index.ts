import http from 'node:http'

import { GRAPH_API_VERSION } from '../../../plugins/fanout/channels/graph-version'
import { readBody } from '../read-body'
import { bearerToken, parseBody } from './body'
import { addComment } from './comments'
import { setEngagement } from './engagement'
import { invalidParameter } from './errors'
import { addPagePost } from './posts'
import { handle } from './routes'
import { createState, type GraphState } from './state'
import type { FakeGraph, FakeGraphRequest, Params, Reply } from './types'

export type {
  FakeComment,
  FakeGraph,
  FakeGraphRequest,
  FakePhoto,
  FakePost,
  FakeReaction,
  InjectedError,
} from './types'
export { formatCreatedTime } from './state'

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

const MAX_BODY_BYTES = 32 * 1024 * 1024

const sleep = (state: GraphState, ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer)
      resolve()
    }, ms)
    state.timers.add(timer)
  })

const send = (state: GraphState, res: http.ServerResponse, reply: Reply) => {
  if (res.destroyed || res.writableEnded) return
  const body = JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=UTF-8',
    'facebook-api-version': state.version,
    ...state.usageHeaders,
    ...reply.headers,
  })
  res.end(body)
}

/** The usage headers Facebook sends as a Page nears its rate limits. */
const usageHeaders = (
  pageId: string,
  { app, business, page, regainMinutes }: Parameters<FakeGraph['setUsage']>[0],
) => {
  const headers: Record<string, string> = {}
  const percentages = (value: number) =>
    JSON.stringify({ call_count: value, total_cputime: value, total_time: value })
  if (app !== undefined) headers['x-app-usage'] = percentages(app)
  if (page !== undefined) headers['x-page-usage'] = percentages(page)
  if (business !== undefined) {
    // Key order as Facebook sends it, for clients that log or compare the raw header.
    const usage = {
      type: 'pages',
      call_count: business,
      total_cputime: business,
      total_time: business,
      estimated_time_to_regain_access: regainMinutes ?? 0,
    }
    headers['x-business-use-case-usage'] = JSON.stringify({ [pageId]: [usage] })
  }
  return headers
}

export const startFakeGraph = async (
  opts: { version?: string; pageId?: string; token?: string } = {},
): Promise<FakeGraph> => {
  const state = createState({
    pageId: opts.pageId ?? '104000000000001',
    token: opts.token ?? 'fake-page-token',
    version: opts.version ?? GRAPH_API_VERSION,
  })

  const server = http.createServer(async (req, res) => {
    const at = Date.now()
    const target = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const record: FakeGraphRequest = { at, method, params: {}, path: target.pathname, status: 0 }
    state.requests.push(record)
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
      reply = handle(
        state,
        { files: body.files, method, params, path: target.pathname, segments },
        token,
      )
    } catch (error) {
      reply = invalidParameter(
        state,
        `Could not parse the request body: ${(error as Error).message}`,
      )
    }
    if (!reply) return
    if (state.delayMs > 0) await sleep(state, state.delayMs)
    record.status = reply.status
    send(state, res, reply)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`

  return {
    addComment: (comment) => addComment(state, comment),
    addPagePost: (post) => addPagePost(state, post),
    comments: state.comments,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of state.timers) clearTimeout(timer)
        state.timers.clear()
        // Hung and keep-alive connections would hold the server open forever.
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    failNext: (err) => void state.injected.push({ ...err }),
    hangNext: (hang) => void state.hangs.push({ ...hang }),
    pageId: state.pageId,
    photos: state.photos,
    posts: state.posts,
    requests: state.requests,
    retireMetrics: (names) => {
      state.retiredMetrics.clear()
      for (const name of names) state.retiredMetrics.add(name)
    },
    revokeToken: () => {
      state.revoked = true
    },
    setDelay: (ms) => {
      state.delayMs = Math.max(0, ms)
    },
    setEngagement: (postId, e) => setEngagement(state, postId, e),
    setInsightsAvailable: (available) => {
      state.insightsAvailable = available
    },
    setToken: (token) => {
      state.validToken = token
      state.revoked = false
    },
    setUsage: (usage) => {
      state.usageHeaders = usageHeaders(state.pageId, usage)
    },
    url: state.url,
    version: state.version,
  }
}
