import { BIP_STATES } from '../../src/domain/bip-entry'
import { polishLabelOf } from '../../src/domain/labels'
import { MODERATION_ACTIONS } from '../../src/domain/moderation'
import { monthLabel, REGISTER_TIME_ZONE } from '../../src/domain/register-month'
import { describeSuspicion } from '../../src/domain/bip-suspicion'
import { CATEGORIES, CHANNELS, INFORMATION_TYPES } from '../../src/domain/taxonomy'
import type { ActivityRow } from './activity'
import { BIP_PROBLEMS, type BipComparison } from './bip-comparison'
import { type ChartSeries, type ChartSpec, PALETTE } from './chart'
import type { Cell } from './csv'
import type { ModerationMonth } from './moderation-stats'
import type { ReachGrouping, ReachRow } from './reach-summary'

/**
 * What each report shows, as plain data: its tables (the admin renders them as HTML, and the main
 * one is the CSV export, cell for cell) and its chart. Pure: the figures come from the report
 * functions, this only names and arranges them in Polish.
 */
export type ReportTable = { caption: string; columns: string[]; rows: Cell[][] }

const SHORT_CHANNEL: Record<string, string> = {
  fanpage: 'Fanpage',
  group: 'Grupa',
  newsletter: 'Newsletter',
  rss: 'RSS',
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

const seriesOf = (items: { key: string; label: string; stack?: string }[]): ChartSeries[] =>
  items.map((s, i) => ({ ...s, colour: PALETTE[i % PALETTE.length] }))

// ---- unit activity -------------------------------------------------------------------------

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

// ---- BIP versus social ---------------------------------------------------------------------

const unitName = (units: ReadonlyMap<string, string>, id: null | string) =>
  id ? (units.get(id) ?? `#${id}`) : null

export const bipTables = (c: BipComparison, units: ReadonlyMap<string, string>): ReportTable[] => [
  {
    caption: 'Informacja publiczna i jej wpisy w BIP',
    columns: [
      'Opublikowano',
      'Jednostka',
      'Wpis',
      'Wpis BIP',
      'Znak sprawy',
      'Publikacja w BIP',
      'Pierwsza kopia w mediach społecznościowych',
      'Kanały',
      'Uwagi',
    ],
    rows: c.publicInformation.map((r) => [
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      r.bip?.title ?? null,
      r.bip?.caseReference ?? null,
      localDateTime(r.bip?.publishedAt),
      localDateTime(r.firstSocialAt),
      r.channelsSent.map((ch) => SHORT_CHANNEL[ch] ?? ch).join(', ') || null,
      r.problems.map((p) => BIP_PROBLEMS[p]).join('; ') || null,
    ]),
  },
  {
    caption: 'Czy to nie powinno być w BIP? Wiadomości lokalne do sprawdzenia',
    columns: ['Opublikowano', 'Jednostka', 'Wpis', 'Kategoria', 'Dlaczego'],
    rows: c.flagged.map((r) => [
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      polishLabelOf(CATEGORIES, r.post.category),
      describeSuspicion(r.suspicion),
    ]),
  },
  {
    caption: 'Wpisy BIP niezapowiedziane w żadnym kanale',
    columns: [
      'Publikacja w BIP',
      'Jednostka',
      'Wpis BIP',
      'Znak sprawy',
      'Adres w BIP',
      'Wpisy, które go cytują',
    ],
    rows: c.unannounced.map((r) => [
      localDateTime(r.bip.publishedAt),
      unitName(units, r.bip.producingUnit),
      r.bip.title,
      r.bip.caseReference,
      r.bip.url,
      r.citedBy,
    ]),
  },
]

/** The CSV: the three lists in one table, told apart by the first column. */
export const bipCsv = (c: BipComparison, units: ReadonlyMap<string, string>): ReportTable => ({
  caption: 'BIP a media społecznościowe',
  columns: [
    'Zestawienie',
    'Data',
    'Jednostka',
    'Wpis',
    'Rodzaj informacji',
    'Wpis BIP',
    'Znak sprawy',
    'Stan wpisu BIP',
    'Publikacja w BIP',
    'Pierwsza kopia w mediach społecznościowych',
    'Uwagi',
  ],
  rows: [
    ...c.publicInformation.map((r): Cell[] => [
      'Informacja publiczna',
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      polishLabelOf(INFORMATION_TYPES, r.post.informationType),
      r.bip?.title ?? null,
      r.bip?.caseReference ?? null,
      r.bip ? polishLabelOf(BIP_STATES, r.bip.state) : null,
      localDateTime(r.bip?.publishedAt),
      localDateTime(r.firstSocialAt),
      r.problems.map((p) => BIP_PROBLEMS[p]).join('; ') || null,
    ]),
    ...c.flagged.map((r): Cell[] => [
      'Czy to nie powinno być w BIP?',
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      polishLabelOf(INFORMATION_TYPES, r.post.informationType),
      null,
      null,
      null,
      null,
      null,
      describeSuspicion(r.suspicion),
    ]),
    ...c.unannounced.map((r): Cell[] => [
      'Wpis BIP bez zapowiedzi',
      localDateTime(r.bip.publishedAt),
      unitName(units, r.bip.producingUnit),
      null,
      null,
      r.bip.title,
      r.bip.caseReference,
      polishLabelOf(BIP_STATES, r.bip.state),
      localDateTime(r.bip.publishedAt),
      null,
      r.citedBy
        ? `cytowany przez ${r.citedBy} wpis(y) bez wysłanej kopii`
        : 'żaden wpis go nie cytuje',
    ]),
  ],
})

export const bipChart = (c: BipComparison): ChartSpec => {
  const series = seriesOf([
    { key: 'ok', label: 'Informacja publiczna z wpisem BIP', stack: 'public' },
    { key: 'problem', label: 'Informacja publiczna z uwagami', stack: 'public' },
    { key: 'flagged', label: 'Do sprawdzenia: czy nie do BIP?', stack: 'flagged' },
    { key: 'unannounced', label: 'Wpisy BIP bez zapowiedzi', stack: 'unannounced' },
  ])
  return {
    categories: c.months.map((m) => monthLabel(m.month)),
    categoryLabel: 'Miesiąc',
    description: `W każdym miesiącu: wpisy z informacją publiczną (z wpisem BIP i z uwagami), wiadomości lokalne do sprawdzenia oraz wpisy BIP niezapowiedziane w żadnym kanale. Razem: ${c.publicInformation.length} wpisów z informacją publiczną, ${c.flagged.length} do sprawdzenia, ${c.unannounced.length} wpisów BIP bez zapowiedzi.`,
    orientation: 'vertical',
    series,
    title: 'Informacja publiczna, wpisy do sprawdzenia i wpisy BIP bez zapowiedzi',
    values: [
      c.months.map((m) => m.publicInformationOk),
      c.months.map((m) => m.publicInformation - m.publicInformationOk),
      c.months.map((m) => m.flagged),
      c.months.map((m) => m.unannounced),
    ],
  }
}

// ---- moderation ----------------------------------------------------------------------------

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

// ---- reach ---------------------------------------------------------------------------------

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

/** The chart's own data, as the table shown next to it (screen readers and printouts read this). */
export const chartTable = (spec: ChartSpec): ReportTable => ({
  caption: `Dane wykresu: ${spec.title}`,
  columns: [spec.categoryLabel, ...spec.series.map((s) => s.label)],
  rows: spec.categories.map((category, c) => [
    category,
    ...spec.series.map((_, i) => spec.values[i]?.[c] ?? 0),
  ]),
})
