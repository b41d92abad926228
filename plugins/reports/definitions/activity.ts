import { monthLabel } from '../../../src/domain/register-month'
import { CHANNELS } from '../../../src/domain/taxonomy'
import type { ActivityRow } from '../activity'
import type { ChartSpec } from '../chart'
import { type ReportTable, seriesOf, SHORT_CHANNEL } from './common'

export const activityTable = (rows: readonly ActivityRow[]): ReportTable => ({
  caption: 'Aktywność jednostek według miesięcy',
  columns: [
    'Miesiąc',
    'Jednostka',
    'Wpisy opublikowane',
    ...CHANNELS.flatMap((c) => [
      `${SHORT_CHANNEL[c.value]}: wysłane`,
      `${SHORT_CHANNEL[c.value]}: błędy`,
      `${SHORT_CHANNEL[c.value]}: oczekujące`,
    ]),
    'Mediana od zgłoszenia do akceptacji (godz.)',
    'Wpisy z akceptacją',
    'Mediana od publikacji w BIP do pierwszej kopii w mediach społecznościowych (godz.)',
    'Wpisy z kopią po BIP',
    'Informacja publiczna: wpisy',
    'Informacja publiczna: z opublikowanym wpisem BIP',
    'Udział informacji publicznej z wpisem BIP (%)',
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
    ...(rest ? [{ key: 'rest', label: 'Pozostałe jednostki', stack: 'posts' }] : []),
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
    categoryLabel: 'Miesiąc',
    description: `Słupki pokazują liczbę wpisów opublikowanych w każdym miesiącu, z podziałem na jednostki. Razem ${total} wpisów w ${months.length} miesiącach.`,
    orientation: 'vertical',
    series,
    title: 'Wpisy opublikowane w miesiącach według jednostek',
    values,
  }
}
