import { describe, expect, it } from 'vitest'

import { listHref, parsePage, polishDate } from '../../src/public/paging'

describe('public list paging', () => {
  it('accepts only positive whole page numbers', () => {
    expect(parsePage(undefined)).toBe(1)
    expect(parsePage('3')).toBe(3)
    for (const bad of ['0', '-1', '1.5', 'abc', '', '01', '9999999'])
      expect(parsePage(bad)).toBeNull()
    expect(parsePage(['2', '5'])).toBe(2)
  })

  it('keeps filters in links and gives page 1 one canonical address', () => {
    expect(listHref('/aktualnosci', { jednostka: 'szkola', kategoria: null, strona: 1 })).toBe(
      '/aktualnosci?jednostka=szkola',
    )
    expect(listHref('/aktualnosci', { jednostka: undefined, kategoria: 'sport', strona: 2 })).toBe(
      '/aktualnosci?kategoria=sport&strona=2',
    )
    expect(listHref('/aktualnosci', {})).toBe('/aktualnosci')
  })

  it('formats dates in Polish in the gmina time zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Warsaw.
    expect(polishDate('2025-12-31T23:30:00.000Z')).toBe('1 stycznia 2026')
    expect(polishDate('2025-06-01T10:05:00.000Z', true)).toBe('1 czerwca 2025 12:05')
    expect(polishDate(null)).toBe('')
  })
})
