import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { POSTS, USERS } from '../../src/domain/slugs'
import { CALENDAR_PATH } from './constants'
import { calendarEndpoint } from './endpoints/calendar'
import { calendarIcsEndpoint, createFeedEndpoint, revokeFeedEndpoint } from './endpoints/feed'
import { deskEndpoint } from './endpoints/desk'
import { feedTokenField } from './fields/feed-token'
import { translations } from './translations'
import type { DeskPluginOptions } from './types'

export type { DeskPluginOptions } from './types'

/**
 * The editors' desk: on the dashboard, the queues of the user's role (what waits for approval,
 * for BIP, for corrections, for a hand-off) with live counts, and the endpoint that keeps them live;
 * above the posts list, the role's saved views; the editorial calendar (/admin/kalendarz) with its
 * data endpoint and each user's secret ICS feed.
 */
export const deskPlugin =
  (options: DeskPluginOptions = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const admin = config.admin?.components
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => {
        if (collection.slug === USERS)
          return { ...collection, fields: [...collection.fields, feedTokenField] }
        if (collection.slug !== POSTS) return collection
        return {
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
      }),
      admin: {
        ...config.admin,
        components: {
          ...admin,
          afterNavLinks: [
            ...(admin?.afterNavLinks ?? []),
            '/plugins/desk/exports/rsc#CalendarNavLink',
          ],
          // First on the dashboard: the work comes before the links.
          beforeDashboard: [
            '/plugins/desk/exports/rsc#DeskDashboard',
            ...(admin?.beforeDashboard ?? []),
          ],
          views: {
            ...admin?.views,
            calendar: {
              Component: '/plugins/desk/exports/rsc#CalendarView',
              path: `/${CALENDAR_PATH}`,
            },
          },
        },
      },
      endpoints: [
        ...(config.endpoints ?? []),
        deskEndpoint,
        calendarEndpoint,
        calendarIcsEndpoint,
        createFeedEndpoint,
        revokeFeedEndpoint,
      ],
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
    }
  }
