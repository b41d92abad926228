export type FakePost = {
  id: string
  message?: string
  link?: string
  attachedMedia: string[]
  createdTime: string
  published: boolean
  scheduledPublishTime?: number
  isHidden?: boolean
  /** Set when the Page edits the post's message (`POST /{post-id}` with `message`). */
  updatedTime?: string
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
  /**
   * A post made on the Page outside the API (by hand on facebook.com, or by another tool): listed by
   * `/feed`, `/posts` and `/published_posts` like any other; `createdTime` in ms, default now.
   */
  addPagePost(p: { message?: string; link?: string; createdTime?: number }): FakePost
  /** Usage headers on every answer: X-App-Usage, X-Page-Usage (Page token calls) and X-Business-Use-Case-Usage. */
  setUsage(u: { app?: number; business?: number; page?: number; regainMinutes?: number }): void
  hangNext(opts: { commit: boolean; path?: RegExp }): void
  setDelay(ms: number): void
  close(): Promise<void>
}

export type Params = Record<string, string>
export type Upload = { filename: string; bytes: number }
export type Reply = { status: number; body: unknown; headers?: Record<string, string> }
export type GraphRequest = {
  method: string
  path: string
  segments: string[]
  params: Params
  files: Record<string, Upload>
}
