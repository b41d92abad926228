import { describe, expect, it } from 'vitest'

import {
  paragraphsOf,
  PROCEDURE,
  resolveStatement,
  statementDay,
} from '../../src/domain/accessibility-statement'

const fallback = { entityName: 'Urząd Gminy Testowo', siteUrl: 'https://testowo.example' }

describe('the accessibility statement', () => {
  it('gives dates as the calendar day in Warsaw, RRRR-MM-DD', () => {
    expect(statementDay('2026-03-25T12:00:00.000Z')).toBe('2026-03-25')
    // 23:30 UTC on 31 March is already 1 April in Warsaw (CEST).
    expect(statementDay('2026-03-31T23:30:00.000Z')).toBe('2026-04-01')
    expect(statementDay('nie data')).toBeNull()
    expect(statementDay(null)).toBeNull()
  })

  it('splits a textarea into paragraphs at blank lines, keeping single line breaks', () => {
    expect(paragraphsOf('Ulica 1\r\n00-000 Testowo\n\n \n\nDrugi akapit  ')).toEqual([
      'Ulica 1\n00-000 Testowo',
      'Drugi akapit',
    ])
    expect(paragraphsOf(null)).toEqual([])
  })

  it('on a fresh install names the gmina and the site, partially compliant, by self-assessment', () => {
    const s = resolveStatement({}, fallback)
    expect(s).toMatchObject({
      contact: { email: null, person: null, phone: null },
      entityName: 'Urząd Gminy Testowo',
      nonCompliant: [],
      preparedOn: null,
      siteUrl: 'https://testowo.example',
      status: 'partially_compliant',
      statusLabel: 'częściowo zgodna',
    })
    expect(s.assessment).toBe(
      'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.',
    )
  })

  it('publishes what the office wrote, without empty rows, naming an external auditor', () => {
    const s = resolveStatement(
      {
        assessmentMethod: 'external',
        auditor: 'Fundacja Dostępności',
        entityName: ' Gmina Testowo ',
        exemptions: [{ content: 'Skany sprzed 2018 r.' }, { content: '  ' }],
        nonCompliant: [
          { content: 'Filmy bez napisów', reason: 'Nagrania archiwalne' },
          { content: 'Mapa', reason: '' },
          { content: '' },
        ],
        status: 'non_compliant',
      },
      fallback,
    )
    expect(s.entityName).toBe('Gmina Testowo')
    expect(s.statusLabel).toBe('niezgodna')
    expect(s.nonCompliant).toEqual([
      { content: 'Filmy bez napisów', reason: 'Nagrania archiwalne' },
      { content: 'Mapa', reason: null },
    ])
    expect(s.exemptions).toEqual(['Skany sprzed 2018 r.'])
    expect(s.assessment).toBe(
      'Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny: Fundacja Dostępności.',
    )
  })

  it('states the statutory deadlines of a request: 7 days, at most 2 months', () => {
    const text = PROCEDURE.join(' ')
    expect(text).toContain('nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem')
    expect(text).toContain('nie może być dłuższy niż 2 miesiące')
    expect(text).toContain('skargę')
  })
})
