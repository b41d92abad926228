import { BIP_STATES } from '../../../src/domain/bip-entry'
import { describeSuspicion } from '../../../src/domain/bip-suspicion'
import { polishLabelOf } from '../../../src/domain/labels'
import { monthLabel } from '../../../src/domain/register-month'
import { CATEGORIES, INFORMATION_TYPES } from '../../../src/domain/taxonomy'
import { BIP_PROBLEMS, type BipComparison } from '../bip-comparison'
import type { ChartSpec } from '../chart'
import type { Cell } from '../csv'
import { localDateTime, type ReportTable, seriesOf, SHORT_CHANNEL } from './common'

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
