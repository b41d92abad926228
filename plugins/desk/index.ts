import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { POSTS } from '../../src/domain/slugs'
import { deskEndpoint } from './endpoints/desk'
import { translations } from './translations'
import type { DeskPluginOptions } from './types'

export type { DeskPluginOptions } from './types'

/**
 * The editors' desk: on the dashboard, the queues of the user's role (what waits for approval,
 * for BIP, for corrections, for a hand-off) with live counts, and the endpoint that keeps them live;
 * above the posts list, the role's saved views.
 */
export const deskPlugin =
  (options: DeskPluginOptions = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const admin = config.admin?.components
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === POSTS
          ? {
              ...collection,
              admin: {
                ...collection.admin,
                components: {
                  ...collection.admin?.components,
                  beforeListTable: [
                    '/plugins/desk/exports/rsc#PostViews',
                    ...(collection.admin?.components?.beforeListTable ?? []),
                  ],
                },
              },
            }
          : collection,
      ),
      admin: {
        ...config.admin,
        components: {
          ...admin,
          // First on the dashboard: the work comes before the links.
          beforeDashboard: [
            '/plugins/desk/exports/rsc#DeskDashboard',
            ...(admin?.beforeDashboard ?? []),
          ],
        },
      },
      endpoints: [...(config.endpoints ?? []), deskEndpoint],
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
    }
  }
