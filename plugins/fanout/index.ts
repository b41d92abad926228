import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  Config,
  Field,
} from 'payload'

import { deepMergeSimple } from 'payload'

import { label } from '../../src/domain/labels'
import { withAudit } from '../audit/exports/server'
import { fanpageChannel } from './channels/fanpage'
import { groupChannel } from './channels/group'
import { rssChannel } from './channels/rss'
import { channelAccounts } from './collections/channel-accounts'
import { channelAccountsAudit } from './collections/channel-accounts-audit'
import { deliveries, deliveryAttempts } from './collections/deliveries'
import { ensureEnvAccounts } from './engine/accounts'
import { feedsCollection } from './rss/feed-store'
import { queueFeedRefresh, queueFeedRefreshForBip } from './rss/refresh'
import { setFanoutContext } from './engine/context'
import { graphVersionProblem } from './channels/graph-version'
import { onBipChange, postsCitingBip, resumeAccount } from './outbox/events'
import { syncDeliveries } from './outbox/plan'
import { findDeliveries } from './outbox/store'
import { deliveryEndpoints, previewEndpoint } from './endpoints/delivery-actions'
import { resumeAfterRulesPublished } from './hooks/discussion-rules'
import { ACCOUNTS, ATTEMPTS, DELIVERIES } from './constants'
import { fanoutJobs } from './jobs'
import { type FanoutPluginOptions, resolveOptions } from './options'
import { translations } from './translations'

export type { FanoutPluginOptions } from './options'
export { DELIVERY_CRON, RECOVERY_TASKS } from './constants'
export { deliveryQueues } from './jobs'

/**
 * The outbox marker: a change of workflow state records "deliveries due" in the same write as the
 * state itself, so a crash before the deliveries exist is repaired by the sweep on any database.
 */
/** A new state, or channels added to a post that is already out, changes what must be delivered. */
const deliveriesChange = (
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
) =>
  !previous ||
  doc.workflowState !== previous.workflowState ||
  JSON.stringify(doc.channels ?? []) !== JSON.stringify(previous.channels ?? [])

const markFanoutDue: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (deliveriesChange({ ...originalDoc, ...data }, originalDoc)) data.fanoutSync = 'due'
  return data
}

/** Hooks are thin: they only tell the engine what changed, in the request's own transaction. */
const onPostChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const previous = operation === 'create' ? undefined : previousDoc
  if (deliveriesChange(doc, previous)) await syncDeliveries(req.payload, doc.id, req)
  await queueFeedRefresh(req.payload, doc, previous, req)
  return doc
}

/**
 * An admin deleting a post takes its delivery records with it (they point at the post), and the
 * feeds it was in are rebuilt without it. Copies already on Facebook stay: take them down first.
 */
const beforePostDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const ids = (await findDeliveries(req.payload, { post: { equals: id } }, req)).map((d) => d.id)
  if (!ids.length) return
  await req.payload.db.deleteMany({ collection: ATTEMPTS, req, where: { delivery: { in: ids } } })
  await req.payload.db.deleteMany({ collection: DELIVERIES, req, where: { id: { in: ids } } })
}

const afterPostDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await queueFeedRefresh(req.payload, { ...doc, workflowState: 'deleted' }, doc, req)
}

const onBipReferenceChange: CollectionAfterChangeHook = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context.fanoutUrlCheck) return doc
  if (doc.state !== previousDoc?.state || doc.publishedAt !== previousDoc?.publishedAt) {
    const citing = await postsCitingBip(req.payload, doc.id, req)
    await onBipChange(req.payload, doc, citing, req)
    await queueFeedRefreshForBip(req.payload, citing, req)
  }
  return doc
}

const onAccountChange: CollectionAfterChangeHook = async ({ context, doc, req }) => {
  if (
    context.fanoutStatusOnly ||
    !context.fanoutSecretRenewed ||
    doc.status?.state !== 'needs_action'
  )
    return doc
  // A new token or secret is the re-authorisation: clear the alarm and resume what waited for it.
  await req.payload.update({
    collection: ACCOUNTS,
    context: { fanoutStatusOnly: true },
    data: { status: { reason: null, since: new Date().toISOString(), state: 'ok' } },
    id: doc.id,
    overrideAccess: true,
    req,
  })
  await resumeAccount(req.payload, doc.id, req)
  return doc
}

const deliveriesOnPost = (): Field[] => [
  {
    name: 'fanoutSync',
    type: 'select',
    access: { create: () => false, read: () => false, update: () => false },
    admin: { hidden: true },
    index: true,
    options: ['due', 'done'],
  },
  {
    name: 'fanout',
    type: 'ui',
    admin: { components: { Field: '/plugins/fanout/exports/client#DeliveriesPanel' } },
    label: label('Publikacja w kanałach', 'Channels'),
  },
  {
    name: 'deliveries',
    type: 'join',
    admin: {
      defaultColumns: ['channel', 'state', 'reason', 'externalUrl', 'sentAt'],
      hidden: true,
    },
    collection: DELIVERIES,
    label: label('Publikacje w kanałach', 'Deliveries'),
    on: 'post',
  },
]

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
      { ...deliveries(posts, units), endpoints: deliveryEndpoints },
      deliveryAttempts,
      feedsCollection,
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
          endpoints: [...(c.endpoints || []), previewEndpoint],
          fields: [...c.fields, ...deliveriesOnPost()],
          hooks: {
            ...c.hooks,
            afterChange: [...(c.hooks?.afterChange ?? []), onPostChange],
            afterDelete: [...(c.hooks?.afterDelete ?? []), afterPostDelete],
            beforeChange: [...(c.hooks?.beforeChange ?? []), markFanoutDue],
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
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
      jobs: fanoutJobs(config.jobs, options),
      onInit: async (payload) => {
        // The engine must be ready before the instance's own onInit (which may seed posts) runs.
        setFanoutContext(payload, { channels, options })
        const versionProblem = graphVersionProblem(options.graph.version)
        if (versionProblem) payload.logger.warn(versionProblem)
        await config.onInit?.(payload)
        await ensureEnvAccounts(payload)
      },
    }
  }
