import { MODERATION_ACTIONS } from '../../../src/domain/moderation'
import { monthLabel } from '../../../src/domain/register-month'
import type { ChartSpec } from '../chart'
import type { ModerationMonth } from '../moderation-stats'
import { type ReportTable, seriesOf } from './common'

export const moderationTable = (rows: readonly ModerationMonth[]): ReportTable => ({
  caption: 'Działania moderacyjne i skargi według miesięcy',
  columns: [
    'Miesiąc',
    ...MODERATION_ACTIONS.map((a) => a.label.pl),
    'Działania razem',
    'Skargi złożone',
    'Skargi uwzględnione',
    'Skargi nieuwzględnione',
    'Skargi w toku',
    'Mediana czasu rozpatrzenia (dni)',
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

export const moderationChart = (rows: readonly ModerationMonth[]): ChartSpec => {
  const series = seriesOf([
    ...MODERATION_ACTIONS.map((a) => ({ key: a.value, label: a.label.pl, stack: 'actions' })),
    { key: 'upheld', label: 'Skargi uwzględnione', stack: 'complaints' },
    { key: 'rejected', label: 'Skargi nieuwzględnione', stack: 'complaints' },
    { key: 'pending', label: 'Skargi w toku', stack: 'complaints' },
  ])
  const actions = rows.reduce((t, r) => t + r.totalActions, 0)
  const complaints = rows.reduce((t, r) => t + r.complaintsReceived, 0)
  return {
    categories: rows.map((r) => monthLabel(r.month)),
    categoryLabel: 'Miesiąc',
    description: `Dla każdego miesiąca dwa słupki: działania moderacyjne według rodzaju i skargi według rozstrzygnięcia. Razem ${actions} działań i ${complaints} skarg.`,
    orientation: 'vertical',
    series,
    title: 'Działania moderacyjne i skargi w miesiącach',
    values: [
      ...MODERATION_ACTIONS.map((a) => rows.map((r) => r.actions[a.value])),
      rows.map((r) => r.complaints.upheld),
      rows.map((r) => r.complaints.rejected),
      rows.map((r) => r.complaints.pending),
    ],
  }
}
