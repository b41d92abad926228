import type { CollectionConfig, Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { withAudit } from '../audit/exports/server'
import { fanpageChannel } from './channels/fanpage'
import { graphVersionProblem } from './channels/graph-version'
import { groupChannel } from './channels/group'
import { rssChannel } from './channels/rss'
import { channelAccounts } from './collections/channel-accounts'
import { channelAccountsAudit } from './collections/channel-accounts-audit'
import { corrections } from './collections/corrections'
import { correctionsAudit } from './collections/corrections-audit'
import { deliveries, deliveryAttempts } from './collections/deliveries'
import { channelWorkEndpoints } from './endpoints/channel-work'
import { deliveryEndpoints } from './endpoints/delivery-actions'
import { previewEndpoint } from './endpoints/preview'
import { ensureEnvAccounts } from './engine/accounts'
import { setFanoutContext } from './engine/context'
import { channelCopyOnPost } from './fields/channel-copy'
import { correctionsOnPost, deliveriesOnPost } from './fields/post-deliveries'
import { onBipReferenceChange } from './hooks/bip-references'
import { onAccountChange } from './hooks/channel-accounts'
import { captureCorrection } from './hooks/corrections'
import { resumeAfterRulesPublished } from './hooks/discussion-rules'
import { afterPostDelete, beforePostDelete, markFanoutDue, onPostChange } from './hooks/posts'
import { fanoutJobs } from './jobs'
import { type FanoutPluginOptions, resolveOptions } from './options'
import { feedsCollection } from './rss/feed-store'
import { translations } from './translations'

export type { FanoutPluginOptions } from './options'
export { DELIVERY_CRON, RECOVERY_TASKS } from './constants'
export { deliveryQueues } from './jobs'

/**
 * The fan-out plugin: when a post is published it goes to every channel it asks for, exactly once,
 * public information only after its BIP entry. Written like Payload's official plugins: options in,
 * config out; its collections stay when it is disabled, so nothing recorded disappears.
 */
export const fanoutPlugin =
  (incoming: FanoutPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const { bipReferences, discussionRules, posts, units } = options.collections
    const own: CollectionConfig[] = [
      // Audited here, not by the audit plugin: it may come before this one in the config.
      withAudit(
        channelAccounts({ afterChange: [onAccountChange], rulesSlug: discussionRules }),
        channelAccountsAudit,
      ),
      {
        ...deliveries(posts, units),
        endpoints: [...deliveryEndpoints, ...channelWorkEndpoints],
      },
      deliveryAttempts,
      feedsCollection,
      withAudit(corrections(posts, units), correctionsAudit),
    ]
    const collections = [...(config.collections ?? []), ...own]
    if (options.disabled) return { ...config, collections }

    const channels = Object.fromEntries(
      [
        fanpageChannel(options.graph),
        groupChannel({ timeoutMs: options.webhookTimeoutMs }),
        rssChannel(options.siteUrl),
        ...options.channels,
      ].map((channel) => [channel.slug, channel]),
    )
    const withHooks = (c: CollectionConfig): CollectionConfig => {
      if (c.slug === posts) {
        return {
          ...c,
          fields: [
            ...c.fields,
            ...channelCopyOnPost(),
            ...deliveriesOnPost(),
            ...correctionsOnPost(),
          ],
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), onPostChange],
            afterDelete: [...(c.hooks?.afterDelete ?? []), afterPostDelete],
            // After the post's own workflow hook: a published post's edit becomes a correction.
            beforeChange: [...(c.hooks?.beforeChange ?? []), markFanoutDue, captureCorrection],
            beforeDelete: [...(c.hooks?.beforeDelete ?? []), beforePostDelete],
          },
        }
      }
      if (c.slug === bipReferences) {
        return {
          ...c,
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), onBipReferenceChange],
          },
        }
      }
      if (c.slug === discussionRules) {
        return {
          ...c,
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), resumeAfterRulesPublished],
          },
        }
      }
      return c
    }

    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '/plugins/fanout/exports/rsc#ChannelAlerts',
          ],
        },
      },
      collections: collections.map(withHooks),
      endpoints: [...(config.endpoints ?? []), previewEndpoint],
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
      jobs: fanoutJobs(config.jobs, options),
      onInit: async (payload) => {
        // The engine and the accounts the options configure must be ready before the instance's
        // own onInit runs: it may seed posts, which must see every channel account there is.
        setFanoutContext(payload, { channels, options })
        const versionProblem = graphVersionProblem(options.graph.version)
        if (versionProblem) payload.logger.warn(versionProblem)
        await ensureEnvAccounts(payload)
        await config.onInit?.(payload)
      },
    }
  }
