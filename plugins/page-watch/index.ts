import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { pagePosts } from './collections/page-posts'
import { pageReads } from './collections/page-reads'
import { QUEUE_CRON, WATCH_QUEUE } from './constants'
import { resolveOptions } from './options'
import { readTask } from './tasks/read'
import { translations } from './translations'
import type { PageWatchPluginOptions } from './types'

export type { PageWatchPluginOptions } from './types'

/**
 * The Page watcher: reads every post published on the office's Facebook Page (those posted by
 * hand too) for the report window, links the copies Herold sent and classifies the others with
 * the "should this be in BIP?" heuristic, so the BIP comparison sees the Page as it is.
 */
export const pageWatchPlugin =
  (incoming: PageWatchPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const collections = [...(config.collections ?? []), pagePosts, pageReads]
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
        tasks: [...(jobs?.tasks ?? []), readTask(options)],
      },
    }
  }
