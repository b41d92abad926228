import { BIP_STATES } from '../../../src/domain/bip-entry'
import { describeSuspicion } from '../../../src/domain/bip-suspicion'
import { polishLabelOf } from '../../../src/domain/labels'
import { monthLabel } from '../../../src/domain/register-month'
import { CATEGORIES, INFORMATION_TYPES } from '../../../src/domain/taxonomy'
import { BIP_PROBLEMS, type BipComparison, type BipProblem } from '../bip-comparison'
import type { ChartSpec } from '../chart'
import type { Cell } from '../csv'
import { plural } from '../../../src/domain/plural'
import { type ReportsT, reportsPolish } from '../translate'
import { localDateTime, type ReportTable, seriesOf, shortChannel } from './common'

const unitName = (units: ReadonlyMap<string, string>, id: null | string) =>
  id ? (units.get(id) ?? `#${id}`) : null

/** Hand-made posts have no title: their text's beginning stands for one. */
const EXCERPT = 120
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat
}

const problemsOf = (t: ReportsT, problems: readonly BipProblem[]) =>
  problems.map((p) => t(BIP_PROBLEMS[p])).join('; ') || null

export const bipTables = (
  c: BipComparison,
  units: ReadonlyMap<string, string>,
  t: ReportsT = reportsPolish,
): ReportTable[] => [
  {
    caption: t('reports:bip-publicCaption'),
    columns: [
      t('reports:col-published'),
      t('reports:unit'),
      t('reports:col-post'),
      t('reports:col-bipEntry'),
      t('reports:col-caseReference'),
      t('reports:col-bipPublication'),
      t('reports:col-firstSocial'),
      t('reports:col-channels'),
      t('reports:col-notes'),
    ],
    rows: c.publicInformation.map((r) => [
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      r.bip?.title ?? null,
      r.bip?.caseReference ?? null,
      localDateTime(r.bip?.publishedAt),
      localDateTime(r.firstSocialAt),
      r.channelsSent.map((ch) => shortChannel(t, ch)).join(', ') || null,
      problemsOf(t, r.problems),
    ]),
  },
  {
    caption: t('reports:bip-flaggedCaption'),
    columns: [
      t('reports:col-published'),
      t('reports:unit'),
      t('reports:col-post'),
      t('reports:col-category'),
      t('reports:col-why'),
    ],
    rows: c.flagged.map((r) => [
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      polishLabelOf(CATEGORIES, r.post.category),
      describeSuspicion(r.suspicion),
    ]),
  },
  {
    caption: t('reports:bip-handMadeCaption', {
      byHand: c.page.byHand,
      total: plural(t, 'reports:posts', c.page.total),
    }),
    columns: [
      t('reports:col-published'),
      t('reports:col-pagePost'),
      t('reports:col-why'),
      t('reports:col-link'),
    ],
    rows: c.handMade.map((p) => [
      localDateTime(p.createdTime),
      excerpt(p.message),
      p.reason,
      p.permalink,
    ]),
  },
  {
    caption: t('reports:bip-unannouncedCaption'),
    columns: [
      t('reports:col-bipPublication'),
      t('reports:unit'),
      t('reports:col-bipEntry'),
      t('reports:col-caseReference'),
      t('reports:col-bipAddress'),
      t('reports:col-citedBy'),
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

/** The CSV: the four lists in one table, told apart by the first column. */
export const bipCsv = (
  c: BipComparison,
  units: ReadonlyMap<string, string>,
  t: ReportsT = reportsPolish,
): ReportTable => ({
  caption: t('reports:bip-caption'),
  columns: [
    t('reports:col-list'),
    t('reports:col-date'),
    t('reports:unit'),
    t('reports:col-post'),
    t('reports:col-informationType'),
    t('reports:col-bipEntry'),
    t('reports:col-caseReference'),
    t('reports:col-bipState'),
    t('reports:col-bipPublication'),
    t('reports:col-firstSocial'),
    t('reports:col-notes'),
    t('reports:col-link'),
  ],
  rows: [
    ...c.publicInformation.map((r): Cell[] => [
      t('reports:bip-kindPublic'),
      localDateTime(r.post.publishedAt),
      unitName(units, r.post.unit),
      r.post.title,
      polishLabelOf(INFORMATION_TYPES, r.post.informationType),
      r.bip?.title ?? null,
      r.bip?.caseReference ?? null,
      r.bip ? polishLabelOf(BIP_STATES, r.bip.state) : null,
      localDateTime(r.bip?.publishedAt),
      localDateTime(r.firstSocialAt),
      problemsOf(t, r.problems),
      null,
    ]),
    ...c.flagged.map((r): Cell[] => [
      t('reports:bip-kindFlagged'),
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
      null,
    ]),
    ...c.handMade.map((p): Cell[] => [
      t('reports:bip-kindHandMade'),
      localDateTime(p.createdTime),
      null,
      excerpt(p.message),
      null,
      null,
      null,
      null,
      null,
      null,
      p.reason,
      p.permalink,
    ]),
    ...c.unannounced.map((r): Cell[] => [
      t('reports:bip-kindUnannounced'),
      localDateTime(r.bip.publishedAt),
      unitName(units, r.bip.producingUnit),
      null,
      null,
      r.bip.title,
      r.bip.caseReference,
      polishLabelOf(BIP_STATES, r.bip.state),
      localDateTime(r.bip.publishedAt),
      null,
      r.citedBy ? plural(t, 'reports:bip-citedBy', r.citedBy) : t('reports:bip-notCited'),
      r.bip.url,
    ]),
  ],
})

export const bipChart = (c: BipComparison, t: ReportsT = reportsPolish): ChartSpec => {
  const series = seriesOf([
    { key: 'ok', label: t('reports:bip-chartOk'), stack: 'public' },
    { key: 'problem', label: t('reports:bip-chartProblem'), stack: 'public' },
    { key: 'flagged', label: t('reports:bip-chartFlagged'), stack: 'flagged' },
    { key: 'handMade', label: t('reports:bip-chartHandMade'), stack: 'handMade' },
    { key: 'unannounced', label: t('reports:bip-chartUnannounced'), stack: 'unannounced' },
  ])
  return {
    categories: c.months.map((m) => monthLabel(m.month)),
    categoryLabel: t('reports:col-month'),
    description: t('reports:bip-description', {
      flagged: c.flagged.length,
      handMade: c.handMade.length,
      publicInformation: plural(t, 'reports:posts', c.publicInformation.length),
      unannounced: plural(t, 'reports:posts', c.unannounced.length),
    }),
    orientation: 'vertical',
    series,
    title: t('reports:bip-chartTitle'),
    values: [
      c.months.map((m) => m.publicInformationOk),
      c.months.map((m) => m.publicInformation - m.publicInformationOk),
      c.months.map((m) => m.flagged),
      c.months.map((m) => m.handMade),
      c.months.map((m) => m.unannounced),
    ],
  }
}
