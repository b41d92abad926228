import { monthLabel } from '../../../src/domain/register-month'
import { CHANNELS } from '../../../src/domain/taxonomy'
import type { ActivityRow } from '../activity'
import type { ChartSpec } from '../chart'
import { type ReportsT, reportsPolish } from '../translate'
import { type ReportTable, seriesOf, shortChannel } from './common'

export const activityTable = (
  rows: readonly ActivityRow[],
  t: ReportsT = reportsPolish,
): ReportTable => ({
  caption: t('reports:activity-caption'),
  columns: [
    t('reports:col-month'),
    t('reports:unit'),
    t('reports:col-postsPublished'),
    ...CHANNELS.flatMap((c) => {
      const channel = shortChannel(t, c.value)
      return [
        t('reports:channelSent', { channel }),
        t('reports:channelFailed', { channel }),
        t('reports:channelWaiting', { channel }),
      ]
    }),
    t('reports:col-approvalMedian'),
    t('reports:col-approvals'),
    t('reports:col-bipToSocialMedian'),
    t('reports:col-bipToSocialPosts'),
    t('reports:col-publicInformation'),
    t('reports:col-publicInformationWithBip'),
    t('reports:col-publicInformationShare'),
  ],
  rows: rows.map((r) => [
    r.month,
    r.unitName,
    r.published,
    ...CHANNELS.flatMap((c) => [
      r.channels[c.value].sent,
      r.channels[c.value].failed,
      r.channels[c.value].waiting,
    ]),
    r.approvalMedianHours,
    r.approvals,
    r.bipToSocialMedianHours,
    r.bipToSocialPosts,
    r.publicInformation,
    r.publicInformationWithBip,
    r.publicInformationShare,
  ]),
})

/** Posts published per month, stacked by unit: the five most active units by name, the rest together. */
export const activityChart = (
  rows: readonly ActivityRow[],
  months: readonly string[],
  t: ReportsT = reportsPolish,
): ChartSpec => {
  const totals = new Map<string, { name: string; total: number }>()
  for (const r of rows)
    totals.set(r.unitId, {
      name: r.unitName,
      total: (totals.get(r.unitId)?.total ?? 0) + r.published,
    })
  const ranked = [...totals.entries()].sort(
    (a, b) => b[1].total - a[1].total || a[1].name.localeCompare(b[1].name, 'pl'),
  )
  const top = ranked.slice(0, 5).map(([id]) => id)
  const rest = ranked.length > 5
  const series = seriesOf([
    ...top.map((id) => ({ key: id, label: totals.get(id)!.name, stack: 'posts' })),
    ...(rest ? [{ key: 'rest', label: t('reports:activity-rest'), stack: 'posts' }] : []),
  ])
  const values = series.map((s) =>
    months.map((m) =>
      rows
        .filter(
          (r) => r.month === m && (s.key === 'rest' ? !top.includes(r.unitId) : r.unitId === s.key),
        )
        .reduce((t, r) => t + r.published, 0),
    ),
  )
  const total = rows.reduce((t, r) => t + r.published, 0)
  return {
    categories: months.map(monthLabel),
    categoryLabel: t('reports:col-month'),
    // No plural forms here: the admin's end-to-end test reads this exact sentence.
    description: t('reports:activity-description', { months: months.length, total }),
    orientation: 'vertical',
    series,
    title: t('reports:activity-chartTitle'),
    values,
  }
}
