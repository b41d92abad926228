import { describe, expect, it } from 'vitest'

import { comparePage, readEntryPage } from '../../plugins/bip-watch/rules/entry-page'
import { scoreBipMatch, titleSimilarity } from '../../plugins/bip-watch/rules/suggest-score'
import { matchUnit } from '../../plugins/bip-watch/rules/unit-match'

const NOW = new Date('2026-04-01T10:00:00Z')
const page = (h1: string, body = '') =>
  readEntryPage(
    `<html><head><title>BIP Gminy Testowo</title></head><body><h1>${h1}</h1><p>${body}</p></body></html>`,
    NOW,
  )

describe('verifying an entry page', () => {
  it('finds the entry by its title (loosely) or by its case reference', () => {
    const known = { caseReference: 'OR-03.0003.12.2026', title: 'Obwieszczenie o „XII” sesji' }
    expect(comparePage(known, page('OBWIESZCZENIE o XII sesji'))).toEqual({
      by: 'title',
      changes: {},
      verified: true,
    })
    const byReference = comparePage(known, page('Sesja', 'Znak: or-03.0003.12.2026'))
    expect(byReference.verified).toBe(true)
    expect(byReference.by).toBe('caseReference')
    expect(byReference.changes.title).toEqual({ from: known.title, to: 'Sesja' })
  })

  it('does not verify a page showing neither, but names what it says instead', () => {
    const verdict = comparePage(
      { caseReference: 'RG.0007.3.2026', title: 'Uchwała w sprawie budżetu' },
      page('Uchwała w sprawie zmiany budżetu', 'RG.0007.4.2026'),
    )
    expect(verdict.verified).toBe(false)
    expect(verdict.changes).toEqual({
      caseReference: { from: 'RG.0007.3.2026', to: 'RG.0007.4.2026' },
      title: { from: 'Uchwała w sprawie budżetu', to: 'Uchwała w sprawie zmiany budżetu' },
    })
  })

  it('sees a title extended in the headline as a change, a title in its own block as none', () => {
    const extended = comparePage({ title: 'Zarządzenie nr 5' }, page('Zarządzenie nr 5/2026'))
    expect(extended.verified).toBe(true)
    expect(extended.changes.title?.to).toBe('Zarządzenie nr 5/2026')
    const inOwnBlock = comparePage(
      { title: 'Zarządzenie nr 5' },
      readEntryPage('<h1>Biuletyn Informacji Publicznej</h1><h2>Zarządzenie nr 5</h2>', NOW),
    )
    expect(inOwnBlock.changes).toEqual({})
  })
})

describe('matching a metryczka to a unit', () => {
  const units = [
    { id: 1, name: 'Urząd Gminy Testowo' },
    { id: 2, name: 'Szkoła Podstawowa w Testowie' },
    { id: 3, name: 'Gminny Ośrodek Pomocy Społecznej w Testowie' },
  ]
  it('by the same name, a contained name, or most of its words', () => {
    expect(matchUnit('urząd gminy testowo', units)).toBe(1)
    expect(matchUnit('Urząd Gminy Testowo, Referat Organizacyjny', units)).toBe(1)
    expect(matchUnit('Gminny Ośrodek Pomocy Społecznej Testowie (GOPS)', units)).toBe(3)
    expect(matchUnit('Jan Kowalski', units)).toBeNull()
    expect(matchUnit('', units)).toBeNull()
  })
})

describe('scoring BIP entries for a post', () => {
  const draft = {
    date: NOW,
    text: 'Szczegóły w obwieszczeniu OR-03.0003.12.2026.',
    title: 'Zapraszamy na XII sesję Rady Gminy',
    unit: 1,
  }
  it('ranks the same case reference first, then a similar title, unit and date', () => {
    const same = scoreBipMatch(draft, {
      caseReference: 'or-03.0003.12.2026',
      date: '2026-03-30T10:00:00Z',
      title: 'Obwieszczenie',
      unit: 1,
    })
    expect(same.reasons).toEqual(['caseReference', 'unit', 'date'])
    expect(same.score).toBeCloseTo(0.6 + 0.1 + 0.1 * (1 - 2 / 14), 3)
    const similar = scoreBipMatch(draft, {
      date: null,
      title: 'Obwieszczenie o XII sesji Rady Gminy Testowo',
      unit: 2,
    })
    expect(similar.reasons).toEqual(['title'])
    expect(similar.score).toBeGreaterThan(0.1)
    expect(similar.score).toBeLessThan(same.score)
    expect(scoreBipMatch(draft, { date: '2025-01-01', title: 'Przetarg', unit: 2 })).toEqual({
      reasons: [],
      score: 0,
    })
  })
  it('compares titles by their meaningful words', () => {
    expect(titleSimilarity('Sesja Rady Gminy', 'sesja rady gminy')).toBe(1)
    expect(titleSimilarity('w sprawie', 'dla oraz')).toBe(0)
    // Inflected forms meet.
    expect(titleSimilarity('Rekrutacja do szkoły', 'rekrutacji w szkole')).toBe(0.5)
  })
})
