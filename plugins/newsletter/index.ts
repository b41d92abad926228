import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { campaignsCollection } from './collections/campaigns'
import { privacyRequests } from './collections/privacy-requests'
import { recipientsCollection } from './collections/recipients'
import { retryClaimsCollection } from './collections/retry-claims'
import { subscribers } from './collections/subscribers'
import { setNewsletterContext } from './context'
import { resolveOptions } from './defaults'
import { newsletterEndpoints } from './endpoints'
import { newsletterSettings } from './globals/settings'
import { translations } from './translations'
import type { NewsletterPluginOptions } from './types'

export { newsletterChannel } from './channel'
export type { NewsletterPluginOptions } from './types'

/**
 * The email newsletter as a plugin: subscribers with their consent, campaigns, the public
 * subscribe and unsubscribe endpoints, its settings. It reaches posts as a fan-out channel, given
 * to the fan-out with the same options; the channel brings the batch and upkeep tasks, which run
 * on the fan-out's queues:
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
    return {
      ...config,
      collections,
      endpoints: [...(config.endpoints ?? []), ...newsletterEndpoints],
      globals,
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
      onInit: async (payload) => {
        setNewsletterContext(payload, options)
        await config.onInit?.(payload)
      },
    }
  }
