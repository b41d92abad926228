import type { Config } from 'payload'

import type { SiteVersionPluginOptions, WatchedCollection } from './types'

import { siteVersionGlobal } from './globals/site-version'
import { bumpAfterChange, bumpAfterDelete, bumpAfterGlobalChange } from './hooks/bump'

export type { ReachesPublic, SiteVersionPluginOptions } from './types'

/**
 * The public site's content version: a global bumped in the same write as any change of the
 * collections and globals its options name, so web processes that cache public pages can tell,
 * with one single-row read, whether anything they show may have changed. Goes after the plugins
 * that add the collections it watches.
 */
export const siteVersionPlugin =
  (options: SiteVersionPluginOptions) =>
  (config: Config): Config => {
    const watched = new Map<string, WatchedCollection>(
      options.collections.map((c) => (typeof c === 'string' ? [c, { slug: c }] : [c.slug, c])),
    )
    const globals = new Set<string>(options.globals ?? [])
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        const watch = watched.get(collection.slug)
        if (!watch) return collection
        const hooks = collection.hooks ?? {}
        return {
          ...collection,
          hooks: {
            ...hooks,
            afterChange: [...(hooks.afterChange ?? []), bumpAfterChange(watch.reachesPublic)],
            afterDelete: [...(hooks.afterDelete ?? []), bumpAfterDelete(watch.reachesPublic)],
          },
        }
      }),
      globals: [
        ...(config.globals ?? []).map((global) =>
          globals.has(global.slug)
            ? {
                ...global,
                hooks: {
                  ...global.hooks,
                  afterChange: [...(global.hooks?.afterChange ?? []), bumpAfterGlobalChange],
                },
              }
            : global,
        ),
        siteVersionGlobal,
      ],
    }
  }
