import type { CollectionConfig, Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { bipSources } from './collections/bip-sources'
import { QUEUE_CRON, WATCH_QUEUE } from './constants'
import { suggestEndpoint } from './endpoints/suggest'
import { watchField } from './fields/bip-watch'
import { resolveOptions } from './options'
import { pollTask } from './tasks/poll'
import { translations } from './translations'
import type { BipWatchPluginOptions } from './types'

export type { BipWatchPluginOptions } from './types'

/**
 * The BIP watcher: polls each gmina's BIP (feed and/or sitemap, conditional GET), imports the
 * entries it lists as published BIP entries, verifies the entries editors entered on their pages
 * (reading the metryczka), and withdraws or updates entries whose page vanished or changed; the
 * fan-out's hooks on BIP entries do the rest. Suggests matching entries while a post is written.
 */
export const bipWatchPlugin =
  (incoming: BipWatchPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const { bipReferences, posts, units } = options.collections
    const collections = [...(config.collections ?? []), bipSources(units)].map(
      (c): CollectionConfig => {
        if (c.slug === bipReferences) return { ...c, fields: [...c.fields, watchField] }
        if (c.slug === posts && !options.disabled) {
          return {
            ...c,
            endpoints: [...(c.endpoints || []), suggestEndpoint(options)],
            fields: [
              ...c.fields,
              {
                name: 'bipSuggestions',
                type: 'ui',
                admin: {
                  components: { Field: '/plugins/bip-watch/exports/client#BipSuggestions' },
                  position: 'sidebar',
                },
              },
            ],
          }
        }
        return c
      },
    )
    const i18n = {
      ...config.i18n,
      translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
    }
    if (options.disabled) return { ...config, collections, i18n }
    const jobs = config.jobs
    const autoRun = Array.isArray(jobs?.autoRun) ? jobs.autoRun : []
    return {
      ...config,
      collections,
      i18n,
      jobs: {
        ...jobs,
        autoRun: options.autoRun
          ? [...autoRun, { cron: QUEUE_CRON, limit: 5, queue: WATCH_QUEUE }]
          : autoRun,
        tasks: [...(jobs?.tasks ?? []), pollTask(options)],
      },
    }
  }
