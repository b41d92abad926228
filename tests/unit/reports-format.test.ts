import { describe, expect, it } from 'vitest'

import { layoutBarChart, niceStep } from '../../plugins/reports/chart'
import { BOM, csvCell, toCsv } from '../../plugins/reports/csv'
import { localDateTime } from '../../plugins/reports/definitions'
import { parseReportPeriod } from '../../plugins/reports/period'
import { median } from '../../plugins/reports/stats'

describe('report period', () => {
  const now = new Date('2025-06-15T12:00:00Z')
  it('defaults to the current month and the five before it', () => {
    expect(parseReportPeriod({}, now)).toEqual({
      errors: [],
      from: '2025-01',
      months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'],
      to: '2025-06',
    })
  })
  it('reads od and do, and explains what it could not use', () => {
    expect(parseReportPeriod({ do: '2025-04', od: '2025-03' }, now).months).toEqual([
      '2025-03',
      '2025-04',
    ])
    const bad = parseReportPeriod({ od: '2025-13' }, now)
    expect(bad.errors).toEqual([
      'Miesiąc „od” „2025-13” nie jest poprawny – podaj go jako rok i miesiąc, np. 2025-03.',
    ])
    expect(bad.from).toBe('2025-01')
    expect(parseReportPeriod({ do: '2025-01', od: '2025-05' }, now).errors[0]).toMatch(
      /Początek okresu jest późniejszy/,
    )
    const long = parseReportPeriod({ do: '2025-06', od: '2020-01' }, now)
    expect([long.months.length, long.from]).toEqual([36, '2022-07'])
    expect(parseReportPeriod({ do: '2027-02', od: '2027-01' }, now)).toMatchObject({
      from: '2025-01',
      to: '2025-06',
    })
    expect(parseReportPeriod({ od: ['2025-01'] }, now).errors).toHaveLength(1)
  })
})

describe('CSV for Polish Excel', () => {
  it('starts with a BOM, separates with semicolons, ends lines with CRLF', () => {
    expect(toCsv(['Jednostka', 'Wpisy'], [['Żłobek „Słoneczko”', 3]])).toBe(
      `${BOM}Jednostka;Wpisy\r\nŻłobek „Słoneczko”;3\r\n`,
    )
  })
  it('quotes separators, quotes, line breaks and edge spaces, and writes decimal commas', () => {
    expect(csvCell('a;b')).toBe('"a;b"')
    expect(csvCell('Sala "A"')).toBe('"Sala ""A"""')
    expect(csvCell('dwie\nlinie')).toBe('"dwie\nlinie"')
    expect(csvCell(' spacja')).toBe('" spacja"')
    expect(csvCell(2.5)).toBe('2,5')
    expect(csvCell(-1.5)).toBe('-1,5')
    expect(csvCell(null)).toBe('')
    expect(csvCell(true)).toBe('tak')
  })
  it('keeps text from being run as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("http://zly.example")')).toBe(
      `"'=HYPERLINK(""http://zly.example"")"`,
    )
    expect(csvCell('+48 123')).toBe("'+48 123")
    expect(csvCell('@wojt')).toBe("'@wojt")
  })
})

describe('bar chart layout', () => {
  const spec = {
    categories: ['styczeń', 'luty'],
    categoryLabel: 'Miesiąc',
    description: 'opis',
    orientation: 'vertical' as const,
    series: [
      { colour: '#000', key: 'a', label: 'A', stack: 's' },
      { colour: '#111', key: 'b', label: 'B', stack: 's' },
      { colour: '#222', key: 'c', label: 'C', stack: 't' },
    ],
    title: 'Wykres',
    values: [
      [3, 0],
      [2, 4],
      [1, 1],
    ],
  }

  it('picks round gridlines', () => {
    expect([
      niceStep(5),
      niceStep(7),
      niceStep(23),
      niceStep(180),
      niceStep(0),
      niceStep(3),
      niceStep(1.2),
    ]).toEqual([1, 2, 5, 50, 1, 1, 0.5])
  })

  it('stacks series of one stack, sets stacks side by side, heights proportional to values', () => {
    const layout = layoutBarChart(spec)
    expect(layout.max).toBe(5)
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5'])
    const jan = layout.bars.filter((b) => b.category === 0)
    expect(jan.map((b) => b.value)).toEqual([3, 2, 1])
    const [a, b, c] = jan
    expect(a.height / a.value).toBeCloseTo(b.height / b.value)
    expect(b.y + b.height).toBeCloseTo(a.y) // B sits on A
    expect(a.x).toBe(b.x)
    expect(c.x).toBeGreaterThan(a.x) // the other stack stands beside
    expect(a.y + a.height).toBeCloseTo(layout.plot.y + layout.plot.height)
    // Zero values draw nothing; every bar says what it is.
    expect(layout.bars.filter((bar) => bar.category === 1).map((bar) => bar.label)).toEqual([
      'B, luty: 4',
      'C, luty: 1',
    ])
  })

  it('lays out horizontal bars for long labels, and an empty chart without dividing by zero', () => {
    const horizontal = layoutBarChart({ ...spec, orientation: 'horizontal' })
    const first = horizontal.bars[0]
    expect(first.x).toBe(horizontal.plot.x)
    expect(first.width / first.value).toBeCloseTo(horizontal.plot.width / horizontal.max)
    const empty = layoutBarChart({
      ...spec,
      values: [
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    })
    expect(empty.bars).toEqual([])
    expect(empty.max).toBe(1)
  })
})

describe('helpers', () => {
  it('median', () => {
    expect([median([]), median([5]), median([4, 24, 2]), median([1, 3])]).toEqual([null, 5, 4, 2])
  })
  it('local date and time in the gmina', () => {
    expect(localDateTime('2025-03-31T22:30:00.000Z')).toBe('2025-04-01 00:30')
    expect(localDateTime(null)).toBeNull()
  })
})
