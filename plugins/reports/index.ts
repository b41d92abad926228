import type { Config } from 'payload'

import { deepMergeSimple } from 'payload'

import { REPORTS_PATH } from './constants'
import { reportCsvEndpoint } from './endpoints/csv'
import { translations } from './translations'
import type { ReportsPluginOptions } from './types'

export type { ReportsPluginOptions } from './types'

/**
 * The reports as a plugin: one admin view for /admin/raporty and /admin/raporty/{report}, a group
 * of links in the admin's navigation and on the dashboard, the CSV endpoint and the admin texts.
 */
export const reportsPlugin =
  (options: ReportsPluginOptions = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const admin = config.admin?.components
    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...admin,
          afterNavLinks: [
            ...(admin?.afterNavLinks ?? []),
            '/plugins/reports/exports/rsc#ReportsNavLink',
          ],
          beforeDashboard: [
            ...(admin?.beforeDashboard ?? []),
            '/plugins/reports/exports/rsc#ReportsDashboard',
          ],
          views: {
            ...admin?.views,
            reports: {
              Component: '/plugins/reports/exports/rsc#ReportsView',
              path: `/${REPORTS_PATH}`,
            },
          },
        },
      },
      endpoints: [...(config.endpoints ?? []), reportCsvEndpoint],
      i18n: {
        ...config.i18n,
        translations: deepMergeSimple(translations, config.i18n?.translations ?? {}),
      },
    }
  }
