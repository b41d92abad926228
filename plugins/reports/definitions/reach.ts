import type { ChartSpec } from '../chart'
import type { ReachGrouping, ReachRow } from '../reach-summary'
import { plural } from '../../../src/domain/plural'
import { type ReportsT, reportsPolish } from '../translate'
import { type ReportTable, seriesOf } from './common'

/** The keys of the groupings' names as they follow "by" (genitive plural in Polish). */
export const REACH_GROUPINGS = {
  category: 'reports:byCategory',
  unit: 'reports:byUnit',
} as const satisfies Record<ReachGrouping, string>

const groupColumn = (t: ReportsT, groupBy: ReachGrouping) =>
  groupBy === 'unit' ? t('reports:unit') : t('reports:col-category')

export const reachTable = (
  rows: readonly ReachRow[],
  groupBy: ReachGrouping,
  t: ReportsT = reportsPolish,
): ReportTable => ({
  caption: t('reports:reach-caption', { group: t(REACH_GROUPINGS[groupBy]) }),
  columns: [
    groupColumn(t, groupBy),
    t('reports:col-copies'),
    t('reports:col-measured'),
    t('reports:col-reactions'),
    t('reports:col-comments'),
    t('reports:col-shares'),
    t('reports:col-engagementPerCopy'),
    t('reports:col-impressions'),
    t('reports:col-impressionsCopies'),
  ],
  rows: rows.map((r) => [
    r.label,
    r.copies,
    r.measured,
    r.reactions,
    r.comments,
    r.shares,
    r.engagementPerCopy,
    r.impressions,
    r.impressionsCopies,
  ]),
})

export const reachChart = (
  rows: readonly ReachRow[],
  groupBy: ReachGrouping,
  t: ReportsT = reportsPolish,
): ChartSpec => {
  const series = seriesOf([
    { key: 'reactions', label: t('reports:col-reactions'), stack: 'engagement' },
    { key: 'comments', label: t('reports:col-comments'), stack: 'engagement' },
    { key: 'shares', label: t('reports:col-shares'), stack: 'engagement' },
  ])
  const group = t(REACH_GROUPINGS[groupBy])
  const copies = rows.reduce((sum, r) => sum + r.copies, 0)
  return {
    categories: rows.map((r) => r.label),
    categoryLabel: groupColumn(t, groupBy),
    description: t('reports:reach-description', {
      copies: plural(t, 'reports:reach-copies', copies),
      group,
    }),
    orientation: 'horizontal',
    series,
    title: t('reports:reach-chartTitle', { group }),
    values: [rows.map((r) => r.reactions), rows.map((r) => r.comments), rows.map((r) => r.shares)],
  }
}
