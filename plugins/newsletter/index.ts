import type { Config } from 'payload'

import { MAINTENANCE_CRON } from '../fanout/exports/server'
import { campaignsCollection } from './collections/campaigns'
import { privacyRequests } from './collections/privacy-requests'
import { recipientsCollection } from './collections/recipients'
import { retryClaimsCollection } from './collections/retry-claims'
import { subscribers } from './collections/subscribers'
import { setNewsletterContext } from './context'
import { resolveOptions } from './defaults'
import { newsletterEndpoints } from './endpoints'
import { newsletterSettings } from './globals/settings'
import { newsletterBatchTask } from './tasks/batch'
import { newsletterMaintenanceTask } from './tasks/maintenance'
import type { NewsletterPluginOptions } from './types'

export { newsletterChannel } from './channel'
export type { NewsletterPluginOptions } from './types'

/**
 * The email newsletter as a plugin: subscribers with their consent, campaigns sent in batches on
 * Payload's Jobs Queue, the public subscribe and unsubscribe endpoints, its settings. It reaches
 * posts as a fan-out channel, given to the fan-out with the same options:
 *
 *   const newsletter = { clientIp, smtp, siteUrl }
 *   plugins: [fanoutPlugin({ channels: [newsletterChannel(newsletter)] }), newsletterPlugin(newsletter)]
 *
 * Its collections stay when it is disabled, so nothing recorded disappears.
 */
export const newsletterPlugin =
  (incoming: NewsletterPluginOptions) =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const collections = [
      ...(config.collections ?? []),
      subscribers(options.collections.units),
      campaignsCollection,
      recipientsCollection,
      retryClaimsCollection,
      privacyRequests,
    ]
    const globals = [...(config.globals ?? []), newsletterSettings]
    if (options.disabled) return { ...config, collections, globals }
    const schedule = [{ cron: MAINTENANCE_CRON, queue: options.maintenanceQueue }]
    return {
      ...config,
      collections,
      endpoints: [...(config.endpoints ?? []), ...newsletterEndpoints],
      globals,
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          newsletterBatchTask,
          { ...newsletterMaintenanceTask, schedule },
        ],
      },
      onInit: async (payload) => {
        setNewsletterContext(payload, options)
        await config.onInit?.(payload)
      },
    }
  }
