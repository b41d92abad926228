/** The reports' segment of the admin's and the API's addresses: /admin/raporty/…, /api/raporty/…. */
export const REPORTS_PATH = 'raporty'

/** The reports, by the last segment of their addresses. */
export const REPORT_SLUGS = ['aktywnosc', 'bip', 'moderacja', 'zasiegi'] as const
export type ReportSlug = (typeof REPORT_SLUGS)[number]
export const isReportSlug = (value: unknown): value is ReportSlug =>
  REPORT_SLUGS.includes(value as ReportSlug)
