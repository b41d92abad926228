import { REGISTER_TIME_ZONE } from '../../../src/domain/register-month'
import { type ChartSeries, type ChartSpec, PALETTE } from '../chart'
import type { Cell } from '../csv'
import { type ReportsT, reportsPolish } from '../translate'
import type { ReportsTranslationKeys } from '../translations'

/** A table of a report: shown as HTML in the admin; the main one is also the CSV export. */
export type ReportTable = { caption: string; columns: string[]; rows: Cell[][] }

const CHANNEL_KEYS: Partial<Record<string, ReportsTranslationKeys>> = {
  fanpage: 'reports:channel-fanpage',
  group: 'reports:channel-group',
  newsletter: 'reports:channel-newsletter',
  rss: 'reports:channel-rss',
}

/** A channel's short name; an unknown value as it is. */
export const shortChannel = (t: ReportsT, channel: string) => {
  const key = CHANNEL_KEYS[channel]
  return key ? t(key) : channel
}

/** `2025-05-12 10:00` in the gmina's time: what Excel reads as a date, and people as one too. */
export const localDateTime = (iso: null | string | undefined): null | string => {
  if (!iso) return null
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      minute: '2-digit',
      month: '2-digit',
      timeZone: REGISTER_TIME_ZONE,
      year: 'numeric',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

export const seriesOf = (items: { key: string; label: string; stack?: string }[]): ChartSeries[] =>
  items.map((s, i) => ({ ...s, colour: PALETTE[i % PALETTE.length] }))

/** The chart's own data, as the table shown next to it (screen readers and printouts read this). */
export const chartTable = (spec: ChartSpec, t: ReportsT = reportsPolish): ReportTable => ({
  caption: t('reports:chartData', { title: spec.title }),
  columns: [spec.categoryLabel, ...spec.series.map((s) => s.label)],
  rows: spec.categories.map((category, c) => [
    category,
    ...spec.series.map((_, i) => spec.values[i]?.[c] ?? 0),
  ]),
})
