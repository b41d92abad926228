import type { ChartSpec } from '../chart'
import type { ReachGrouping, ReachRow } from '../reach-summary'
import { type ReportTable, seriesOf } from './common'

export const REACH_GROUPINGS: Record<ReachGrouping, string> = {
  category: 'kategorii',
  unit: 'jednostek',
}

export const reachTable = (rows: readonly ReachRow[], groupBy: ReachGrouping): ReportTable => ({
  caption: `Zasięgi kopii na fanpage według ${REACH_GROUPINGS[groupBy]}`,
  columns: [
    groupBy === 'unit' ? 'Jednostka' : 'Kategoria',
    'Kopie na fanpage',
    'Kopie z pobranymi liczbami',
    'Reakcje',
    'Komentarze',
    'Udostępnienia',
    'Średnio reakcji, komentarzy i udostępnień na kopię',
    'Wyświetlenia',
    'Kopie z liczbą wyświetleń',
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

export const reachChart = (rows: readonly ReachRow[], groupBy: ReachGrouping): ChartSpec => {
  const series = seriesOf([
    { key: 'reactions', label: 'Reakcje', stack: 'engagement' },
    { key: 'comments', label: 'Komentarze', stack: 'engagement' },
    { key: 'shares', label: 'Udostępnienia', stack: 'engagement' },
  ])
  return {
    categories: rows.map((r) => r.label),
    categoryLabel: groupBy === 'unit' ? 'Jednostka' : 'Kategoria',
    description: `Suma reakcji, komentarzy i udostępnień kopii na fanpage według ${REACH_GROUPINGS[groupBy]}. Razem ${rows.reduce((t, r) => t + r.copies, 0)} kopii.`,
    orientation: 'horizontal',
    series,
    title: `Reakcje, komentarze i udostępnienia według ${REACH_GROUPINGS[groupBy]}`,
    values: [rows.map((r) => r.reactions), rows.map((r) => r.comments), rows.map((r) => r.shares)],
  }
}
