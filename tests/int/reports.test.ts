import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bipComparison } from '../../plugins/reports/bip-comparison'
import {
  activityTable,
  bipCsv,
  bipTables,
  moderationTable,
  reachTable,
} from '../../plugins/reports/definitions'
import { moderationStats } from '../../plugins/reports/moderation-stats'
import type { BipRecord, DeliveryRecord, PostRecord } from '../../plugins/reports/exports/types'
import { reachSummary } from '../../plugins/reports/reach-summary'
import { runReport } from '../../plugins/reports/run'
import { lexicalParagraphs } from '../../src/seed/lexical'
import { startApiServer } from '../helpers/api-server'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'
import {
  BIPS,
  COMPLAINTS,
  DELIVERIES,
  ENTRIES,
  EXPECTED_ACTIVITY,
  MONTHS,
  PERIOD,
  POSTS,
  UNITS,
} from '../helpers/report-data'

/**
 * The reports over a real database: the hand-checked data set of tests/helpers/report-data.ts is
 * stored as the application stores it, and the reports read from the database must give the
 * answers worked out by hand; the CSV export is fetched over HTTP and parsed back.
 */

let payload: Payload
let g: Gmina
let api: Awaited<ReturnType<typeof startApiServer>>
/** Fixture id → database id (numbers on SQL, strings on MongoDB). */
const ids = new Map<string, number | string>()
const db = (fixtureId: null | string) => (fixtureId ? ids.get(fixtureId)! : null)
const dbId = (fixtureId: null | string) => (fixtureId ? String(ids.get(fixtureId)!) : null)

/** Titles that CSV must carry through intact: a separator and quotes, and a would-be formula. */
const TITLES: Record<string, string> = {
  p2: 'Godziny pracy urzędu; "nowe" zasady',
  p3: '=Zarządzenie',
}
const QUERY = `od=${PERIOD.from}&do=${PERIOD.to}`

const store = async () => {
  for (const u of UNITS)
    ids.set(
      u.id,
      (
        await payload.create({
          collection: 'units',
          data: { approvalLevels: 1, kind: 'office', name: u.name, slug: u.slug } as never,
          overrideAccess: true,
        })
      ).id,
    )
  for (const b of BIPS) {
    const doc = await payload.create({
      collection: 'bip-references',
      data: {
        caseReference: b.caseReference,
        producingUnit: db(b.producingUnit),
        publishedAt: b.publishedAt,
        state: b.state,
        title: b.title,
        url: b.url,
      } as never,
      overrideAccess: true,
    })
    ids.set(b.id, doc.id)
  }
  // Posts and deliveries as the workflow and the engine leave them (their hooks would stamp today's date).
  for (const p of POSTS) {
    const [title, lead] =
      p.text === p.title
        ? [TITLES[p.id] ?? p.title, null]
        : [TITLES[p.id] ?? p.title, p.id === 'p7' ? null : p.text]
    const doc = await payload.db.create({
      collection: 'posts',
      data: {
        // Array rows carry their own ids; Payload's hooks would give them these.
        approvalLog: p.approvalLog.map((entry, i) => ({ ...entry, id: `${p.id}-log-${i}` })),
        bipReference: db(p.bipReference),
        body: p.id === 'p7' ? lexicalParagraphs(p.text) : null,
        category: p.category,
        channels: ['fanpage', 'rss'],
        informationType: p.informationType,
        lead,
        publishedAt: p.publishedAt,
        slug: `raport-${p.id}`,
        title,
        unit: db(p.unit),
        workflowState: p.workflowState,
      },
    })
    ids.set(p.id, doc.id)
  }
  for (const d of DELIVERIES) {
    const doc = await payload.db.create({
      collection: 'deliveries',
      data: {
        channel: d.channel,
        key: `${db(d.post)}:${d.channel}:site`,
        post: db(d.post),
        reach: d.reach ?? undefined,
        sentAt: d.sentAt,
        state: d.state,
        unit: db(d.unit),
      },
    })
    ids.set(d.id, doc.id)
  }
  for (const e of ENTRIES) {
    const doc = await payload.db.create({
      collection: 'moderation-entries',
      data: {
        action: e.action,
        channelName: e.channelName,
        channelSlug: 'fanpage',
        complaintOutcome: 'none',
        decidedByLabel: 'Urząd',
        number: e.number,
        occurredAt: e.occurredAt,
        sourceKey: `raport:${e.id}`,
        summary: 'Usunięto komentarz.',
        unit: db('u1'),
      },
    })
    ids.set(e.id, doc.id)
  }
  let number = 0
  for (const c of COMPLAINTS) {
    await payload.db.create({
      collection: 'complaints',
      data: {
        decidedAt: c.decidedAt,
        email: 'skarga@poczta.example',
        entry: db(c.entry),
        message: 'Skarga',
        number: ++number,
        receivedAt: c.receivedAt,
        source: 'staff',
        state: c.state,
        unit: db('u1'),
      },
    })
  }
}

/** The fixture as the database now holds it: ids mapped, the CSV-testing titles in place. */
const stored = {
  bips: (): BipRecord[] =>
    BIPS.map((b) => ({ ...b, id: dbId(b.id)!, producingUnit: dbId(b.producingUnit) })),
  deliveries: (): DeliveryRecord[] =>
    DELIVERIES.map((d) => ({ ...d, id: dbId(d.id)!, post: dbId(d.post)!, unit: dbId(d.unit) })),
  posts: (): PostRecord[] =>
    POSTS.map((p) => ({
      ...p,
      bipReference: dbId(p.bipReference),
      id: dbId(p.id)!,
      title: TITLES[p.id] ?? p.title,
      unit: dbId(p.unit),
    })),
  units: () => UNITS.map((u) => ({ ...u, id: dbId(u.id)! })),
}
const unitNames = () => new Map(stored.units().map((u) => [u.id, u.name]))

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  await store()
  api = await startApiServer(payload.config)
})
afterAll(async () => {
  await api?.close()
  await payload?.destroy()
})

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
    expect(result.csv.rows).toEqual(activityTable(EXPECTED_ACTIVITY as never).rows)
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
    expect(result.tables[2].rows.map((r) => [r[2], r[5]])).toEqual([
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
    const expected = activityTable(EXPECTED_ACTIVITY as never)
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
