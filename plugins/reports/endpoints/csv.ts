import type { Endpoint } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { isReportSlug, REPORT_SLUGS, REPORTS_PATH } from '../constants'
import { toCsv } from '../csv'
import { csvFilename, type ReportQuery, runReport } from '../run'
import type { ReportsTranslationKeys } from '../translations'

const refuse = (status: number, messages: string[]) =>
  Response.json({ errors: messages.map((message) => ({ message })) }, { status })

/**
 * GET /api/raporty/{report}/csv?od=YYYY-MM&do=YYYY-MM&jednostka=…&wg=…: the report's main table as
 * CSV for Excel, for approvers and admins. Filters the admin page would have corrected are refused
 * here with the reason: a file must not quietly cover another period than the one asked for.
 */
export const reportCsvEndpoint: Endpoint = {
  handler: async (req) => {
    const t = translator<ReportsTranslationKeys>(req.i18n)
    if (!isStaff(req.user)) return refuse(403, [t('reports:csvStaffOnly')])
    const slug = req.routeParams?.report
    if (!isReportSlug(slug))
      return refuse(404, [t('reports:csvNotFound', { slugs: REPORT_SLUGS.join(', ') })])
    const result = await runReport(
      req.payload,
      slug,
      (req.query ?? {}) as ReportQuery,
      new Date(),
      t,
    )
    if (result.filters.errors.length) return refuse(400, result.filters.errors)
    return new Response(toCsv(result.csv.columns, result.csv.rows), {
      headers: {
        'cache-control': 'private, no-store',
        'content-disposition': `attachment; filename="${csvFilename(slug, result.filters)}"`,
        'content-type': 'text/csv; charset=utf-8',
        'x-content-type-options': 'nosniff',
      },
      status: 200,
    })
  },
  method: 'get',
  path: `/${REPORTS_PATH}/:report/csv`,
}
