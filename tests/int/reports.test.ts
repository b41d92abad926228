/**
 * The reports over a real database: the hand-checked data set of tests/helpers/report-data.ts is
 * stored as the application stores it, and the reports read from the database must give the
 * answers worked out by hand; the CSV export is fetched over HTTP and parsed back.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { bipComparison } from '../../plugins/reports/bip-comparison'
import {
  activityTable,
  bipCsv,
  bipTables,
  moderationTable,
  reachTable,
} from '../../plugins/reports/definitions'
import { moderationStats } from '../../plugins/reports/moderation-stats'
import { reachSummary } from '../../plugins/reports/reach-summary'
import { runReport } from '../../plugins/reports/run'
import { COMPLAINTS, ENTRIES, EXPECTED_ACTIVITY, MONTHS, PERIOD } from '../helpers/report-data'
import {
  api,
  g,
  payload,
  QUERY,
  stored,
  TITLES,
  unitNames,
  useReportsStage,
} from '../helpers/reports-stage'

useReportsStage()

/** The hand-worked activity rows as the table takes them (it shows no unit id). */
const EXPECTED_ROWS = EXPECTED_ACTIVITY.map((row) => ({ ...row, unitId: '' }))

/** RFC 4180 with `;`, as Excel writes and reads it. */
const parseCsv = (text: string) => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ';') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  return rows
}
const asCsvText = (cells: unknown[]) =>
  cells.map((c) =>
    c == null ? '' : typeof c === 'number' ? String(c).replace('.', ',') : String(c),
  )

const get = (path: string, auth?: string) =>
  fetch(`${api.base}${path}`, { headers: auth ? { authorization: auth } : {} })

describe('reports over the stored data set', () => {
  it('unit activity: the figures worked out by hand', async () => {
    const result = await runReport(payload, 'aktywnosc', { do: PERIOD.to, od: PERIOD.from })
    expect(result.filters.errors).toEqual([])
    expect(result.csv.rows).toEqual(activityTable(EXPECTED_ROWS).rows)
    expect(result.chart.values).toEqual([
      [3, 1],
      [0, 2],
    ])
  })

  it('unit activity of one unit, by its slug', async () => {
    const result = await runReport(payload, 'aktywnosc', {
      do: PERIOD.to,
      jednostka: 'szkola',
      od: PERIOD.from,
    })
    expect(result.csv.rows.map((r) => r.slice(0, 3))).toEqual([['2025-04', 'Szkoła Podstawowa', 2]])
  })

  it('BIP versus social: the same lists as from the records, read back from the database', async () => {
    const result = await runReport(payload, 'bip', { do: PERIOD.to, od: PERIOD.from })
    const expected = bipComparison({
      bips: stored.bips(),
      deliveries: stored.deliveries(),
      months: MONTHS,
      period: PERIOD,
      posts: stored.posts(),
    })
    expect(result.tables).toEqual(bipTables(expected, unitNames()))
    expect(result.tables[1].rows.map((r) => [r[2], r[4]])).toEqual([
      [TITLES.p2, 'zarządzenie'],
      ['Rekrutacja', 'znak sprawy OR.0003.1.2025'],
    ])
    // No Page posts were read in this data set: the Page's list is empty (page-watch.test.ts fills it).
    expect(result.tables[2].rows).toEqual([])
    expect(result.tables[3].rows.map((r) => [r[2], r[5]])).toEqual([
      ['Uchwała budżetowa', 1],
      ['Ogłoszenie o przetargu', 0],
    ])
  })

  it('moderation statistics and reach: the figures worked out by hand', async () => {
    const moderation = await runReport(payload, 'moderacja', { do: PERIOD.to, od: PERIOD.from })
    expect(moderation.csv.rows).toEqual(
      moderationTable(
        moderationStats({
          complaints: COMPLAINTS,
          entries: ENTRIES,
          months: MONTHS,
          period: PERIOD,
        }),
      ).rows,
    )
    expect(moderation.csv.rows.map((r) => r[5])).toEqual([2, 1])
    const reach = await runReport(payload, 'zasiegi', { do: PERIOD.to, od: PERIOD.from })
    expect(reach.csv.rows).toEqual([['Urząd Gminy', 3, 2, 10 + 4, 2, 1, 8.5, 500, 1]])
    const byCategory = await runReport(payload, 'zasiegi', {
      do: PERIOD.to,
      od: PERIOD.from,
      wg: 'kategoria',
    })
    expect(byCategory.csv).toEqual(
      reachTable(
        reachSummary({
          deliveries: stored.deliveries(),
          groupBy: 'category',
          period: PERIOD,
          posts: stored.posts(),
          units: stored.units(),
        }),
        'category',
      ),
    )
  })

  it('explains filters it cannot use and shows the default instead', async () => {
    const result = await runReport(payload, 'aktywnosc', {
      jednostka: 'nie-ma-takiej',
      od: 'marzec',
    })
    expect(result.filters.errors).toEqual([
      'Miesiąc „od” „marzec” nie jest poprawny – podaj go jako rok i miesiąc, np. 2025-03.',
      'Nie ma jednostki o adresie „nie-ma-takiej” – pokazano wszystkie jednostki.',
    ])
    expect(result.filters.months).toHaveLength(6)
  })
})

describe('CSV export', () => {
  let approver: string

  beforeAll(async () => {
    approver = await api.login(g.approver.email, 'Haslo-testowe-1')
  })

  it('answers a CSV file for Excel: BOM, header, semicolons, attachment', async () => {
    const res = await get(`/api/raporty/aktywnosc/csv?${QUERY}`, approver)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="raport-aktywnosc_2025-03_2025-04.csv"',
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFFMiesiąc;Jednostka;Wpisy opublikowane;Grupa: wysłane;')).toBe(true)
    const [header, ...rows] = parseCsv(text.slice(1))
    const expected = activityTable(EXPECTED_ROWS)
    expect(header).toEqual(expected.columns)
    expect(rows).toEqual(expected.rows.map(asCsvText))
    expect(rows[0][2]).toBe('3')
  })

  it('quotes what needs quoting and defuses formulas, so every title comes back intact', async () => {
    const res = await get(`/api/raporty/bip/csv?${QUERY}`, approver)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain('"Godziny pracy urzędu; ""nowe"" zasady"')
    expect(text).toContain(";'=Zarządzenie;")
    const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''))
    const expected = bipCsv(
      bipComparison({
        bips: stored.bips(),
        deliveries: stored.deliveries(),
        months: MONTHS,
        period: PERIOD,
        posts: stored.posts(),
      }),
      unitNames(),
    )
    expect(header).toEqual(expected.columns)
    expect(rows.map((r) => r[3])).toEqual(
      expected.rows.map((r) => (r[3] === '=Zarządzenie' ? "'=Zarządzenie" : (r[3] ?? ''))),
    )
    expect(rows.every((r) => r.length === header.length)).toBe(true)
  })

  it('exports every report', async () => {
    for (const report of ['moderacja', 'zasiegi']) {
      const res = await get(`/api/raporty/${report}/csv?${QUERY}&jednostka=urzad`, approver)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="raport-${report}_2025-03_2025-04_urzad.csv"`,
      )
    }
  })

  it('is for approvers and admins only: anonymous visitors and editors get 403', async () => {
    for (const auth of [undefined, await api.login(g.editor.email, 'Haslo-testowe-1')]) {
      const res = await get(`/api/raporty/aktywnosc/csv?${QUERY}`, auth)
      expect(res.status).toBe(403)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /^Raporty są dostępne dla osób zatwierdzających i administratorów/,
      )
    }
    expect(
      (
        await get(
          `/api/raporty/aktywnosc/csv?${QUERY}`,
          await api.login(g.admin.email, 'Haslo-testowe-1'),
        )
      ).status,
    ).toBe(200)
  })

  it('refuses bad filters and unknown reports with a Polish message, never a 500', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/raporty/aktywnosc/csv?od=2025-13', 400, /Miesiąc „od” „2025-13” nie jest poprawny/],
      ['/api/raporty/aktywnosc/csv?od=2025-05&do=2025-01', 400, /Początek okresu jest późniejszy/],
      ['/api/raporty/aktywnosc/csv?jednostka=xyz', 400, /Nie ma jednostki o adresie „xyz”/],
      [
        '/api/raporty/zasiegi/csv?wg=miesiac',
        400,
        /według jednostek \(wg=jednostka\) albo kategorii/,
      ],
      ['/api/raporty/aktywnosc/csv?od[]=1&od[]=2', 400, /nie jest poprawny/],
      ['/api/raporty/wszystko/csv', 404, /Nie ma takiego raportu/],
    ]
    for (const [path, status, message] of cases) {
      const res = await get(path, approver)
      expect(res.status, path).toBe(status)
      expect(
        ((await res.json()) as { errors: { message: string }[] }).errors
          .map((e) => e.message)
          .join(' '),
      ).toMatch(message)
    }
  })
})
