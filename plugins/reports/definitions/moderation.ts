import { MODERATION_ACTIONS } from '../../../src/domain/moderation'
import { monthLabel } from '../../../src/domain/register-month'
import type { ChartSpec } from '../chart'
import type { ModerationMonth } from '../moderation-stats'
import { plural } from '../../../src/domain/plural'
import { type ReportsT, reportsPolish } from '../translate'
import { type ReportTable, seriesOf } from './common'

export const moderationTable = (
  rows: readonly ModerationMonth[],
  t: ReportsT = reportsPolish,
): ReportTable => ({
  caption: t('reports:moderation-caption'),
  columns: [
    t('reports:col-month'),
    ...MODERATION_ACTIONS.map((a) => a.label.pl),
    t('reports:col-totalActions'),
    t('reports:col-complaintsReceived'),
    t('reports:col-complaintsUpheld'),
    t('reports:col-complaintsRejected'),
    t('reports:col-complaintsPending'),
    t('reports:col-decisionMedian'),
  ],
  rows: rows.map((r) => [
    r.month,
    ...MODERATION_ACTIONS.map((a) => r.actions[a.value]),
    r.totalActions,
    r.complaintsReceived,
    r.complaints.upheld,
    r.complaints.rejected,
    r.complaints.pending,
    r.decisionMedianDays,
  ]),
})

export const moderationChart = (
  rows: readonly ModerationMonth[],
  t: ReportsT = reportsPolish,
): ChartSpec => {
  const series = seriesOf([
    ...MODERATION_ACTIONS.map((a) => ({ key: a.value, label: a.label.pl, stack: 'actions' })),
    { key: 'upheld', label: t('reports:col-complaintsUpheld'), stack: 'complaints' },
    { key: 'rejected', label: t('reports:col-complaintsRejected'), stack: 'complaints' },
    { key: 'pending', label: t('reports:col-complaintsPending'), stack: 'complaints' },
  ])
  const actions = rows.reduce((t, r) => t + r.totalActions, 0)
  const complaints = rows.reduce((t, r) => t + r.complaintsReceived, 0)
  return {
    categories: rows.map((r) => monthLabel(r.month)),
    categoryLabel: t('reports:col-month'),
    description: t('reports:moderation-description', {
      actions: plural(t, 'reports:moderation-actions', actions),
      complaints: plural(t, 'reports:moderation-complaints', complaints),
    }),
    orientation: 'vertical',
    series,
    title: t('reports:moderation-chartTitle'),
    values: [
      ...MODERATION_ACTIONS.map((a) => rows.map((r) => r.actions[a.value])),
      rows.map((r) => r.complaints.upheld),
      rows.map((r) => r.complaints.rejected),
      rows.map((r) => r.complaints.pending),
    ],
  }
}
