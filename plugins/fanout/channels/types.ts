import type { Config, Payload, PayloadRequest } from 'payload'
import type { I18n } from '@payloadcms/translations'

import type { FanoutT } from '../i18n'
import type { CorrectionAction } from '../rules/correction-actions'

/** Task configs as Payload's jobs config takes them. */
type Tasks = NonNullable<NonNullable<Config['jobs']>['tasks']>

/**
 * One small interface for every channel. The engine owns state, retries and locking; a channel
 * only renders, publishes, recognises its own earlier copy and says what an error means.
 */
export type ChannelSlug = 'fanpage' | 'group' | 'newsletter' | 'rss'

/** The target id of a built-in channel, in delivery keys and on its synthetic account. */
export const SITE_TARGET = 'site'

export const builtinAccount = (
  kind: ChannelSlug,
  name: string,
  settings: Record<string, unknown> = {},
): ChannelAccount => ({
  id: SITE_TARGET,
  kind,
  name,
  secret: null,
  settings,
})

/** What a channel gets to render: the post with its relations resolved, plus instance links. */
export type PostForChannel = {
  bipUrl: null | string
  category: string
  categoryLabel: string
  id: number | string
  /** Images in the channel size: a public URL and, when stored locally, the file itself. */
  images: { alt: string; filePath: null | string; mimeType: string; url: string }[]
  informationType: string
  lead: null | string
  postUrl: null | string
  rulesUrl: null | string
  bodyText: string
  title: string
  unitName: string
  unitSlug: null | string
  /** The editors' own text per channel (`channelCopy`), used by that channel instead of title and body. */
  copy?: ChannelCopy
}

export type ChannelCopy = {
  fanpage?: null | string
  group?: null | string
  newsletter?: null | string
}

/** A channel account as the engine hands it over, secrets already decrypted. */
export type ChannelAccount = {
  id: number | string
  kind: ChannelSlug
  name: string
  settings: Record<string, unknown>
  secret: null | string
}

export type RenderedCopy = {
  /** Exactly what is sent, stored on the delivery for the record. */
  payload: Record<string, unknown>
  /** Plain text a person can read or paste (previews, handoff). */
  text: string
  /** Whether the channel's length limit cut the post's text (shown in previews). */
  shortened?: boolean
}

/**
 * What a channel's preview shows: the message's subject, its HTML and its text, and buttons that
 * post the unsaved post (`{ data }`) to an endpoint of the channel's plugin (a test e-mail).
 */
export type ChannelPreview = {
  actions?: { label: string; path: string }[]
  html: string
  subject: string
  text: string
}

export type Published = {
  externalId: string
  url: null | string
  throttleUntil?: Date | null
  /** What the delivery record should tell an editor about where the copy went (e.g. into a digest). */
  note?: string
}

export type Verdict =
  /** The channel refused the copy as one it already has: look for it before giving up. */
  | { kind: 'duplicate'; message: string; code?: string }
  | { kind: 'fail'; message: string; code?: string }
  | { kind: 'needs_action'; message: string; code?: string; accountWide: boolean }
  | { kind: 'retry'; message: string; code?: string; afterMs?: number; unknownOutcome?: boolean }
  | { kind: 'wait'; message: string; code?: string; afterMs: number }

export type ChannelContext = {
  account: ChannelAccount
  deliveryId: number | string
  payload: Payload
  signal?: AbortSignal
  /** The fan-out's texts in the install's language, for what the channel tells a person. */
  t?: FanoutT
}

export type Channel = {
  slug: ChannelSlug
  /**
   * Channels the instance runs itself (its RSS feeds, its newsletter) have no account document:
   * this is their one target. Social channels leave it out and publish to each enabled account.
   */
  builtin?: ChannelAccount
  /** Why the account cannot be used as configured, said with `t`; null when it can. */
  misconfiguration: (account: ChannelAccount, t?: FanoutT) => null | string
  /** The copy; the channel's own words said with `t` (the install's language; else Polish). */
  render: (post: PostForChannel, account: ChannelAccount, t?: FanoutT) => RenderedCopy
  publish: (copy: RenderedCopy, ctx: ChannelContext) => Promise<Published>
  /** An earlier attempt whose outcome is unknown may have landed: find it instead of posting twice. */
  findExisting: (
    copy: RenderedCopy,
    ctx: ChannelContext & { since: Date },
  ) => Promise<null | Published>
  /** What an error means; its message said with `t` (Polish without it). */
  classify: (error: unknown, t?: FanoutT) => Verdict
  takeDown?: (externalId: string, ctx: ChannelContext) => Promise<void>
  /**
   * An approved correction of a copy already out (`action` from `rules/correction-actions.ts`);
   * `copy` is the corrected post rendered as for `publish`. Safe to repeat, like `publish`.
   */
  correct?: (
    copy: RenderedCopy,
    ctx: ChannelContext & {
      action: CorrectionAction
      original: { externalId: null | string; url: null | string }
    },
  ) => Promise<Published>
  /**
   * A rendered preview beyond the plain copy, for channels whose readers see more than text (the
   * newsletter's e-mail); rendered by the same code that sends.
   */
  preview?: (post: PostForChannel, ctx: { req: PayloadRequest }) => Promise<ChannelPreview>
  /**
   * Tasks of the plugin that provides the channel, run on the fan-out's queues: `tasks` are queued
   * by the channel itself (on the queues `deliveryQueues` names), `maintenance` tasks are scheduled
   * with the outbox's own upkeep, or by their own `schedule` crons (its queue is replaced by the
   * fan-out's maintenance queue).
   */
  jobs?: { maintenance?: Tasks; tasks?: Tasks }
  /** What needs a person on the admin dashboard beyond failed deliveries (a held newsletter). */
  alerts?: (payload: Payload, i18n: I18n) => Promise<ChannelAlert[]>
}

/** One line of the dashboard's channel alerts: a link, what it means, and an action to take. */
export type ChannelAlert = {
  key: string
  href: string
  title: string
  detail: string
  /** A button posting to an endpoint, which answers with a redirect back to the dashboard. */
  action?: { label: string; path: string }
}

/** Thrown by a channel when a person has to finish the delivery (group handoff). */
export class HandoffRequired extends Error {
  constructor(readonly instructions: string) {
    super(instructions)
  }
}
