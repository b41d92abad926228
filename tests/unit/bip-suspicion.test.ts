import { describe, expect, it } from 'vitest'

import { bipSuspicion, describeSuspicion } from '../../src/domain/bip-suspicion'

describe('"should this be in BIP?" heuristic', () => {
  it('flags the words of official acts in any grammatical case', () => {
    expect(bipSuspicion('Rada Gminy podjęła uchwałę w sprawie budżetu')?.terms).toEqual(['uchwała'])
    expect(bipSuspicion('Zgodnie z Zarządzeniem Wójta nr 12/2025')?.terms).toEqual(['zarządzenie'])
    expect(bipSuspicion('OBWIESZCZENIE o wyłożeniu projektu')?.terms).toEqual(['obwieszczenie'])
    expect(bipSuspicion('Wydano decyzję o warunkach zabudowy')?.terms).toEqual(['decyzja'])
    expect(bipSuspicion('Ogłoszenie o przetargu na sprzedaż działki')?.terms).toEqual(['przetarg'])
    expect(bipSuspicion('Trwa nabór na wolne stanowisko urzędnicze w referacie')?.terms).toEqual([
      'nabór na stanowisko',
    ])
    expect(bipSuspicion('Zapraszamy na XXI sesję Rady Gminy')?.terms).toEqual(['sesja rady'])
    expect(bipSuspicion('Wójt ogłasza otwarty konkurs ofert na zadania publiczne')?.terms).toEqual([
      'otwarty konkurs ofert',
    ])
    expect(bipSuspicion('Konsultacje społeczne projektu')?.terms).toEqual(['konsultacje społeczne'])
    expect(bipSuspicion('Petycję można złożyć w sekretariacie')?.terms).toEqual(['petycja'])
    expect(bipSuspicion('Zmiana miejscowego planu zagospodarowania przestrzennego')?.terms).toEqual(
      ['plan zagospodarowania przestrzennego'],
    )
    expect(bipSuspicion('postępowanie o udzielenie zamówienia publicznego')?.terms).toEqual([
      'zamówienie publiczne',
    ])
  })

  it('finds case references, but not dates or version numbers', () => {
    expect(bipSuspicion('Sprawa prowadzona pod znakiem OR-03.0003.417.2025.')).toEqual({
      caseReferences: ['OR-03.0003.417.2025'],
      terms: [],
    })
    expect(bipSuspicion('znak: zp.271.1.2.2024')?.caseReferences).toEqual(['ZP.271.1.2.2024'])
    expect(
      bipSuspicion('Festyn odbędzie się 12.05.2025 o 10.00, wersja 1.2.3.2024 programu'),
    ).toBeNull()
  })

  it('leaves ordinary local news alone, and words that only look alike', () => {
    expect(bipSuspicion('Zapraszamy na festyn rodzinny na boisku szkolnym!')).toBeNull()
    expect(
      bipSuspicion('Zdecydowaliśmy, że festyn będzie w sobotę; decyzyjność uczniów rośnie'),
    ).toBeNull()
    expect(bipSuspicion('Rada rodziców zaprasza na sesję zdjęciową')).toBeNull()
  })

  it('flags, and a person decides: a street named after tenders is flagged all the same', () => {
    expect(bipSuspicion('Biblioteka przenosi się na ul. Przetargową 5')?.terms).toEqual([
      'przetarg',
    ])
  })

  it('names every reason once, references first', () => {
    const s = bipSuspicion('Uchwała OR.0007.3.2025 i uchwała OR.0007.3.2025 oraz zarządzenie')!
    expect(s).toEqual({ caseReferences: ['OR.0007.3.2025'], terms: ['zarządzenie', 'uchwała'] })
    expect(describeSuspicion(s)).toBe('znak sprawy OR.0007.3.2025; zarządzenie; uchwała')
  })
})
