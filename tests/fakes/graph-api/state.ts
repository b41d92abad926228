import type { FakeComment, FakeGraphRequest, FakePhoto, FakePost, InjectedError } from './types'

export const PAGE_NAME = 'Fake Page'
export const DEFAULT_LIMIT = 25
export const MAX_LIMIT = 100
// Real object ids are larger than Number.MAX_SAFE_INTEGER: a client that parses them as numbers
// corrupts them, and these ids make such a bug visible.
const FIRST_OBJECT_ID = 122_100_000_000_000_001n

/** Everything one fake Graph API instance holds; the route modules read and change it. */
export type GraphState = {
  version: string
  pageId: string
  /** Set once the server listens. */
  url: string
  validToken: string
  revoked: boolean
  nextObjectId: bigint
  nextTraceId: number
  delayMs: number
  usageHeaders: Record<string, string>
  injected: InjectedError[]
  hangs: { commit: boolean; path?: RegExp; times?: number }[]
  timers: Set<NodeJS.Timeout>
  posts: FakePost[]
  /** published=false without a schedule: a real "unpublished page post", reachable by id only. */
  unpublishedPosts: FakePost[]
  photos: FakePhoto[]
  comments: FakeComment[]
  requests: FakeGraphRequest[]
  insightsAvailable: boolean
  retiredMetrics: Set<string>
}

export const createState = (opts: {
  version: string
  pageId: string
  token: string
}): GraphState => ({
  comments: [],
  delayMs: 0,
  hangs: [],
  injected: [],
  insightsAvailable: true,
  nextObjectId: FIRST_OBJECT_ID,
  nextTraceId: 1,
  pageId: opts.pageId,
  photos: [],
  posts: [],
  requests: [],
  retiredMetrics: new Set<string>(),
  revoked: false,
  timers: new Set<NodeJS.Timeout>(),
  unpublishedPosts: [],
  url: '',
  usageHeaders: {},
  validToken: opts.token,
  version: opts.version,
})

export const newObjectId = (state: GraphState) => String(state.nextObjectId++)
export const newTraceId = (state: GraphState) => `Fk${String(state.nextTraceId++).padStart(9, '0')}`
export const nowSeconds = () => Math.floor(Date.now() / 1000)

/** Facebook's created_time format: second precision, `+0000` instead of `Z`. */
export const formatCreatedTime = (ms: number) =>
  new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000')
export const parseCreatedTime = (value: string) => Date.parse(value.replace(/\+0000$/, 'Z'))

export const findPost = (state: GraphState, id: string) =>
  state.posts.find((post) => post.id === id) ??
  state.unpublishedPosts.find((post) => post.id === id)
export const removePost = (state: GraphState, id: string) => {
  for (const list of [state.posts, state.unpublishedPosts]) {
    const index = list.findIndex((post) => post.id === id)
    if (index !== -1) list.splice(index, 1)
  }
}
