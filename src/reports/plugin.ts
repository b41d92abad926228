import type { Config } from 'payload'

import { reportCsvEndpoint } from './csv-endpoint'

/**
 * The reports as a plugin: one admin view for /admin/raporty and /admin/raporty/{report}, a group
 * of links in the admin's navigation and on the dashboard, and the CSV endpoint.
 */
export const reportsPlugin =
  () =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/src/reports/views/ReportsNavLink#ReportsNavLink'],
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/src/reports/views/ReportsDashboard#ReportsDashboard'],
        views: { ...config.admin?.components?.views, reports: { Component: '/src/reports/views/ReportsView#ReportsView', path: '/raporty' } },
      },
    },
    endpoints: [...(config.endpoints ?? []), reportCsvEndpoint],
  })
