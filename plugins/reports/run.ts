import type { Payload } from 'payload'

import { unitActivity } from './activity'
import { bipComparison } from './bip-comparison'
import type { ChartSpec } from './chart'
import type { ReportSlug } from './constants'
import {
  activityChart,
  activityTable,
  bipChart,
  bipCsv,
  bipTables,
  moderationChart,
  moderationTable,
  reachChart,
  reachTable,
  type ReportTable,
} from './definitions'
import { loadActivity, loadBipComparison, loadModeration, loadReach, loadUnits } from './load'
import { moderationStats } from './moderation-stats'
import { parseReportPeriod, type ReportPeriod } from './period'
import { type ReachGrouping, reachSummary } from './reach-summary'
import { type ReportsT, reportsPolish } from './translate'
import type { UnitRecord } from './types'

/** The report's filters as the URL carries them (Polish names: they are seen in the address bar). */
export type ReportQuery = { do?: unknown; jednostka?: unknown; od?: unknown; wg?: unknown }

export type ReportFilters = ReportPeriod & {
  errors: string[]
  groupBy: ReachGrouping
  unit: null | UnitRecord
}

export type ReportResult = {
  chart: ChartSpec
  /** The table exported as CSV. */
  csv: ReportTable
  filters: ReportFilters
  slug: ReportSlug
  tables: ReportTable[]
  units: UnitRecord[]
}

/** Reads the filters; what cannot be used is explained and left out, so the page still answers. */
export const readFilters = (
  query: ReportQuery,
  units: readonly UnitRecord[],
  now = new Date(),
  t: ReportsT = reportsPolish,
): ReportFilters => {
  const period = parseReportPeriod(query, now, t)
  const errors = [...period.errors]
  let unit: null | UnitRecord = null
  if (query.jednostka != null && query.jednostka !== '') {
    unit = units.find((u) => u.slug === query.jednostka) ?? null
    if (!unit)
      errors.push(t('reports:error-unknownUnit', { slug: String(query.jednostka).slice(0, 60) }))
  }
  let groupBy: ReachGrouping = 'unit'
  if (query.wg === 'kategoria') groupBy = 'category'
  else if (query.wg != null && query.wg !== '' && query.wg !== 'jednostka')
    errors.push(t('reports:error-badGrouping'))
  return { ...period, errors, groupBy, unit }
}

/** Runs a report: the same figures for the admin view and for the CSV export, texts in `t`'s. */
export const runReport = async (
  payload: Payload,
  slug: ReportSlug,
  query: ReportQuery,
  now = new Date(),
  t: ReportsT = reportsPolish,
): Promise<ReportResult> => {
  const units = await loadUnits(payload)
  const filters = readFilters(query, units, now, t)
  const unit = filters.unit?.id ?? null
  const names = new Map(units.map((u) => [u.id, u.name]))
  const base = {
    filters,
    slug,
    units,
  }

  if (slug === 'aktywnosc') {
    const rows = unitActivity({
      ...(await loadActivity(payload, filters)),
      period: filters,
      unit,
      units,
    })
    const table = activityTable(rows, t)
    return { ...base, chart: activityChart(rows, filters.months, t), csv: table, tables: [table] }
  }
  if (slug === 'bip') {
    const comparison = bipComparison({
      ...(await loadBipComparison(payload, filters)),
      months: filters.months,
      period: filters,
      unit,
    })
    return {
      ...base,
      chart: bipChart(comparison, t),
      csv: bipCsv(comparison, names, t),
      tables: bipTables(comparison, names, t),
    }
  }
  if (slug === 'moderacja') {
    const rows = moderationStats({
      ...(await loadModeration(payload, filters)),
      months: filters.months,
      period: filters,
      unit,
    })
    const table = moderationTable(rows, t)
    return { ...base, chart: moderationChart(rows, t), csv: table, tables: [table] }
  }
  const rows = reachSummary({
    ...(await loadReach(payload, filters)),
    groupBy: filters.groupBy,
    period: filters,
    unit,
    units,
  })
  const table = reachTable(rows, filters.groupBy, t)
  return { ...base, chart: reachChart(rows, filters.groupBy, t), csv: table, tables: [table] }
}

/** The query string of a report with its (cleaned) filters, for links and the CSV export. */
export const filtersQuery = (filters: ReportFilters, slug: ReportSlug) => {
  const params = new URLSearchParams({ do: filters.to, od: filters.from })
  if (filters.unit) params.set('jednostka', filters.unit.slug)
  if (slug === 'zasiegi' && filters.groupBy === 'category') params.set('wg', 'kategoria')
  return params.toString()
}

/** `raport-aktywnosc_2025-01_2025-06.csv`: ASCII, so every browser keeps the name. */
export const csvFilename = (slug: ReportSlug, filters: ReportFilters) =>
  `raport-${slug}_${filters.from}_${filters.to}${filters.unit ? `_${filters.unit.slug.replace(/[^a-z0-9-]/g, '')}` : ''}.csv`
