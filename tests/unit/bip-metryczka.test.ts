import { describe, expect, it } from 'vitest'

import { parseMetryczka } from '../../plugins/bip-watch/rules/metryczka'
import { parsePolishDate } from '../../plugins/bip-watch/rules/polish-date'

const EXPECTED = {
  enteredBy: 'Anna Nowak',
  producedAt: '2026-03-13T23:00:00.000Z',
  producedBy: 'Jan Kowalski',
  publishedAt: '2026-03-16T09:15:00.000Z',
  responsible: 'Maria Wiśniewska',
  sharedBy: 'Urząd Gminy Testowo',
}

describe('the metryczka of a BIP entry page', () => {
  it('reads a table with th/td rows (the most common BIP systems)', () => {
    const html = `<table class="metryczka"><tr><th>Podmiot udostępniający:</th><td>Urząd Gminy Testowo</td></tr>
      <tr><th>Wytworzył:</th><td>Jan Kowalski</td></tr><tr><th>Data wytworzenia:</th><td>2026-03-14</td></tr>
      <tr><th>Wprowadził:</th><td>Anna Nowak</td></tr><tr><th>Data publikacji:</th><td>2026-03-16 10:15:00</td></tr>
      <tr><th>Osoba odpowiedzialna:</th><td>Maria Wiśniewska</td></tr></table>`
    expect(parseMetryczka(html)).toEqual(EXPECTED)
  })

  it('reads a definition list, labels with a colon and td-only rows', () => {
    const dl = `<dl><dt>Podmiot udostępniający</dt><dd>Urząd Gminy Testowo</dd><dt>Informację wytworzył</dt>
      <dd>Jan Kowalski</dd><dt>Data wytworzenia informacji</dt><dd>14.03.2026</dd><dt>Informację wprowadził</dt>
      <dd>Anna Nowak</dd><dt>Data udostępnienia informacji</dt><dd>16.03.2026 r., godz. 10:15</dd>
      <dt>Osoba odpowiedzialna za treść</dt><dd>Maria Wiśniewska</dd></dl>`
    expect(parseMetryczka(dl)).toEqual(EXPECTED)
    const tds = `<table><tr><td>Podmiot udostępniający</td><td>Urząd Gminy Testowo</td></tr>
      <tr><td>Wytworzył(a)</td><td>Jan Kowalski</td></tr><tr><td>Data wytworzenia</td><td>14-03-2026</td></tr>
      <tr><td>Wprowadził(a)</td><td>Anna Nowak</td></tr><tr><td>Data publikacji</td><td>2026-03-16T10:15</td></tr>
      <tr><td>Osoba odpowiedzialna</td><td>Maria Wiśniewska</td></tr></table>`
    expect(parseMetryczka(tds)).toEqual(EXPECTED)
  })

  it('reads "Label: value" in one block, with entities, modification and no script text', () => {
    const html = `<script>var x = "Wytworzył: robot"</script><div class="metadata">
      <p><strong>Podmiot udostępniający:</strong> Urząd Gminy Testowo</p>
      <p>Wytworzył: Jan Kowalski</p><p>Data wytworzenia: 14.03.2026</p>
      <p>Wprowadził: Anna&nbsp;Nowak</p><p>Data publikacji: 16.03.2026 10:15</p>
      <p>Osoba odpowiedzialna: Maria Wi&#347;niewska</p>
      <p>Zmodyfikował: Anna Nowak</p><p>Data modyfikacji: 2026-07-01 12:00</p></div>`
    expect(parseMetryczka(html)).toEqual({
      ...EXPECTED,
      modifiedAt: '2026-07-01T10:00:00.000Z',
      modifiedBy: 'Anna Nowak',
    })
  })

  it('states nothing a page does not say, and skips a label whose value is another label', () => {
    expect(parseMetryczka('<p>Autorski program nauczania dla klas I–III.</p>')).toEqual({})
    expect(
      parseMetryczka('<dl><dt>Wytworzył</dt><dt>Data wytworzenia</dt><dd>nieznana</dd></dl>'),
    ).toEqual({})
  })
})

describe('Polish BIP dates', () => {
  it('reads Warsaw time in winter and summer, and dates with a zone as given', () => {
    expect(parsePolishDate('2026-01-15 12:00')).toBe('2026-01-15T11:00:00.000Z')
    expect(parsePolishDate('15.07.2026 12:00:30')).toBe('2026-07-15T10:00:30.000Z')
    expect(parsePolishDate('2026-03-29 03:30')).toBe('2026-03-29T01:30:00.000Z')
    expect(parsePolishDate('2026-07-15T12:00:00Z')).toBe('2026-07-15T12:00:00.000Z')
    expect(parsePolishDate('brak')).toBeNull()
    expect(parsePolishDate('31.13.2026')).toBeNull()
  })
})
