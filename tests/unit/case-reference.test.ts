import { describe, expect, it } from 'vitest'

import {
  checkCaseReference,
  findCaseReferences,
  normalizeCaseReference,
} from '../../src/domain/case-reference'

const now = new Date('2026-06-01T00:00:00Z')

describe('case reference (znak sprawy)', () => {
  it.each([
    'OR-03.0003.417.2025',
    'DAR-BPM-III.152.1.2019',
    'OR.152.1.2025',
    'ZP.271.1.2.2024',
    'GKM.6220.15.2026',
    'RGK.7021.3.2027',
  ])('accepts %s', (ref) => expect(checkCaseReference(ref, now)).toEqual({ ok: true, value: ref }))

  it('normalises case and spaces', () => {
    expect(normalizeCaseReference('  or-03.0003.417.2025 ')).toBe('OR-03.0003.417.2025')
    expect(checkCaseReference('dar-bpm-iii. 152.1.2019', now)).toEqual({
      ok: true,
      value: 'DAR-BPM-III.152.1.2019',
    })
  })

  it.each([
    'OR-03/0003/417/2025',
    '0003.417.2025',
    'OR-03.0003.2025',
    'OR-03.12345.1.2025',
    'OR-03..417.2025',
    'OR 03.0003.417',
    '',
  ])('rejects the malformed %s', (ref) =>
    expect(checkCaseReference(ref, now)).toEqual({ ok: false, reason: 'format' }),
  )

  it('rejects impossible years', () => {
    expect(checkCaseReference('OR.152.1.1990', now)).toEqual({ ok: false, reason: 'year' })
    expect(checkCaseReference('OR.152.1.2028', now)).toEqual({ ok: false, reason: 'year' })
  })

  it('finds references in free text', () => {
    expect(
      findCaseReferences('Zgodnie z pismem znak OR-03.0003.417.2025 oraz dar-bpm-iii.152.1.2019.'),
    ).toEqual(['OR-03.0003.417.2025', 'DAR-BPM-III.152.1.2019'])
  })
})
