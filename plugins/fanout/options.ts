import type { CollectionSlug } from 'payload'

import { BIP_REFERENCES, DISCUSSION_RULES, MEDIA, POSTS, UNITS } from '../../src/domain/slugs'
import type { GraphOptions } from './channels/graph-client'
import type { Channel } from './channels/types'
import type { DeliveryStateListener, WithdrawalTaskListener } from './delivery/types'
import { GRAPH_API_VERSION } from './channels/graph-version'

/** Secrets the instance keeps outside the database. */
export type FanoutSecrets = {
  /** Seals the tokens and webhook secrets stored in the database (any long random string). */
  encryptionKey?: string
  /** The office's Page, for an account that stores no token and for the account made at start. */
  fanpage?: { pageId?: string; pageToken?: string }
  /** The group operator's webhook secret, for an account that stores none. */
  groupWebhookSecret?: string
}

export type FanoutPluginOptions = {
  /**
   * Channels other plugins provide, beside the built-in fanpage, group and RSS feeds:
   * `fanoutPlugin({ channels: [newsletterChannel(options)] })`. Each is delivered like the
   * built-in ones; the plugin that provides it owns whatever it does with a copy.
   */
  channels?: Channel[]
  /** Slugs of the instance's collections the plugin works with. */
  collections?: {
    bipReferences?: CollectionSlug
    discussionRules?: CollectionSlug
    media?: CollectionSlug
    posts?: CollectionSlug
    units?: CollectionSlug
  }
  /** Turns fan-out off; the plugin's collections stay so that data and the admin keep working. */
  disabled?: boolean
  /** Facebook Graph API; the base URL is configurable so tests point it at a loopback server. */
  graph?: Partial<GraphOptions>
  /**
   * Told of every change of a delivery's state after it is written (deliveries are written below
   * Payload's hooks): how another plugin (the notifications) learns of a failure or a hand-off.
   */
  onDeliveryState?: DeliveryStateListener
  /**
   * Told when a copy whose BIP entry was withdrawn becomes a task for the editors (a group post;
   * a Page copy under the account's task policy, or one the Graph API would not delete).
   */
  onWithdrawalTask?: WithdrawalTaskListener
  /** Timeout of a group operator's webhook call. */
  webhookTimeoutMs?: number
  /**
   * Secrets kept outside the database, asked for each time one is needed, so a changed secret
   * applies without a restart.
   */
  secrets?: () => FanoutSecrets
  /** The site's name in the feeds' titles when no office unit exists. */
  siteName?: string
  /** Public URL of the site, for links to posts and discussion rules in every copy. */
  siteUrl?: string
  /** Whether social copies carry the discussion-rules link. */
  rulesLink?: { fanpage?: boolean; group?: boolean }
  /** Job queues: urgent alerts go first. */
  queues?: { normal?: string; urgent?: string; maintenance?: string }
  /** Let the Next.js process run the queues itself (npm run dev / npm start). */
  autoRun?: boolean
  /**
   * How long a `sending` delivery belongs to its worker, and after how long a queued delivery
   * whose job never ran is queued again. Short values let crash tests recover quickly.
   */
  timing?: { leaseMs?: number; requeueAfterMs?: number }
}

export type ResolvedOptions = Required<
  Omit<
    FanoutPluginOptions,
    | 'channels'
    | 'collections'
    | 'graph'
    | 'onDeliveryState'
    | 'onWithdrawalTask'
    | 'queues'
    | 'rulesLink'
    | 'timing'
  >
> & {
  onDeliveryState?: DeliveryStateListener
  onWithdrawalTask?: WithdrawalTaskListener
  channels: Channel[]
  timing: Required<NonNullable<FanoutPluginOptions['timing']>>
  collections: Required<NonNullable<FanoutPluginOptions['collections']>>
  graph: GraphOptions
  queues: Required<NonNullable<FanoutPluginOptions['queues']>>
  rulesLink: Required<NonNullable<FanoutPluginOptions['rulesLink']>>
}

export const resolveOptions = (options: FanoutPluginOptions = {}): ResolvedOptions => ({
  autoRun: options.autoRun ?? true,
  channels: options.channels ?? [],
  collections: {
    bipReferences: BIP_REFERENCES,
    discussionRules: DISCUSSION_RULES,
    media: MEDIA,
    posts: POSTS,
    units: UNITS,
    ...options.collections,
  },
  disabled: options.disabled ?? false,
  onDeliveryState: options.onDeliveryState,
  onWithdrawalTask: options.onWithdrawalTask,
  graph: {
    baseUrl: options.graph?.baseUrl ?? 'https://graph.facebook.com',
    timeoutMs: options.graph?.timeoutMs ?? 15_000,
    version: options.graph?.version ?? GRAPH_API_VERSION,
  },
  queues: {
    maintenance: 'fanout-maintenance',
    normal: 'fanout',
    urgent: 'fanout-urgent',
    ...options.queues,
  },
  rulesLink: { fanpage: false, group: true, ...options.rulesLink },
  timing: {
    leaseMs: options.timing?.leaseMs ?? 2 * 60_000,
    requeueAfterMs: options.timing?.requeueAfterMs ?? 2 * 60_000,
  },
  secrets: options.secrets ?? (() => ({})),
  siteName: options.siteName ?? 'Herold',
  siteUrl: (options.siteUrl ?? 'http://localhost:3000').replace(/\/$/, ''),
  webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
})
