import { describe, expect, it } from 'vitest'

import { cutCleanly } from '../../plugins/fanout/render/cut'

const cps = (s: string) => [...s].length

describe('cutCleanly', () => {
  it('returns text that fits unchanged, counting code points', () => {
    expect(cutCleanly('Zażółć gęślą jaźń', 17)).toBe('Zażółć gęślą jaźń')
    // 5 code points, 10 UTF-16 units: fits in 5.
    expect(cutCleanly('🎉🎉🎉🎉🎉', 5)).toBe('🎉🎉🎉🎉🎉')
    expect(cutCleanly('', 0)).toBe('')
  })

  it('drops trailing whitespace instead of cutting when that is enough', () => {
    expect(cutCleanly('Komunikat   \n\n', 10)).toBe('Komunikat')
  })

  it('cuts at the last word boundary and appends an ellipsis', () => {
    expect(cutCleanly('Jutro nastąpi przerwa w dostawie wody na terenie całej gminy', 30)).toBe(
      'Jutro nastąpi przerwa w…',
    )
  })

  it('never cuts mid-word', () => {
    // The budget (21 + …) ends inside "dostawie".
    expect(cutCleanly('Przerwa w dostawie wody', 12)).toBe('Przerwa w…')
  })

  it('prefers a sentence end in the last 30% of the allowed length', () => {
    const text =
      'Urząd będzie nieczynny w piątek. Za utrudnienia przepraszamy i zapraszamy w poniedziałek.'
    expect(cutCleanly(text, 40)).toBe('Urząd będzie nieczynny w piątek…')
  })

  it('ignores a sentence end before the last 30% and cuts at a word instead', () => {
    const text = 'Uwaga. Urząd będzie nieczynny w piątek i sobotę z powodu remontu.'
    expect(cutCleanly(text, 40)).toBe('Uwaga. Urząd będzie nieczynny w piątek…')
  })

  it('keeps ! and ? before the ellipsis and does not double an ellipsis', () => {
    expect(
      cutCleanly('Czy wiesz, gdzie głosować? Sprawdź spis wyborców w urzędzie gminy', 30),
    ).toBe('Czy wiesz, gdzie głosować?…')
    expect(cutCleanly('Zapraszamy na dożynki! Będzie wiele atrakcji dla dzieci', 26)).toBe(
      'Zapraszamy na dożynki!…',
    )
    expect(cutCleanly('Czekamy na decyzję… Jutro podamy szczegóły dla wszystkich', 24)).toBe(
      'Czekamy na decyzję…',
    )
  })

  it('keeps a closing quote with its sentence', () => {
    expect(cutCleanly('Wójt powiedział: „Dziękujemy.” Potem był koncert orkiestry dętej', 35)).toBe(
      'Wójt powiedział: „Dziękujemy.”…',
    )
  })

  it('does not treat abbreviations or list numbers as sentence ends', () => {
    expect(cutCleanly('Spotkanie przy ul. Długiej w sali nr 5 urzędu', 22)).toBe(
      'Spotkanie przy ul…',
    )
    expect(cutCleanly('Zbiórka o godz. 17 przed remizą OSP w Woli', 21)).toBe('Zbiórka o godz. 17…')
    expect(cutCleanly('Wymagane:\n1. Wniosek o wydanie', 16)).toBe('Wymagane…')
    expect(cutCleanly('Zabierz:\n• dowód osobisty', 13)).toBe('Zabierz…')
  })

  it('cuts at a paragraph or line break near the limit', () => {
    const text = 'Przerwa w dostawie prądu\n\nDotyczy ulic Długiej i Krótkiej oraz okolic'
    expect(cutCleanly(text, 32)).toBe('Przerwa w dostawie prądu…')
  })

  it('trims trailing commas, colons and dashes before the ellipsis', () => {
    expect(cutCleanly('Utrudnienia dotyczą ulic: Długiej, Krótkiej i Polnej', 27)).toBe(
      'Utrudnienia dotyczą ulic…',
    )
    expect(cutCleanly('Zmiany w rozkładzie, od poniedziałku obowiązują nowe godziny', 23)).toBe(
      'Zmiany w rozkładzie…',
    )
    expect(cutCleanly('Nowy rozkład jazdy – od poniedziałku do piątku', 22)).toBe(
      'Nowy rozkład jazdy…',
    )
    expect(cutCleanly('Sołectwa (Wola, Zarzecze) zapraszają', 12)).toBe('Sołectwa…')
  })

  it('does not split Polish letters or emoji at the boundary', () => {
    // "ąęśćź" is 5 code points; the cut falls right after it.
    expect(cutCleanly('ąęśćź żółw', 7)).toBe('ąęśćź…')
    // Each emoji is one code point but two UTF-16 units.
    expect(cutCleanly('Świętujemy 🎉🎉🎉 razem z mieszkańcami', 17)).toBe('Świętujemy 🎉🎉🎉…')
    // A family emoji (5 code points) is never split: the word boundary before it is used.
    expect(cutCleanly('Rodzina 👨‍👩‍👧 w parku', 11)).toBe('Rodzina…')
  })

  it('never produces a lone surrogate', () => {
    const out = cutCleanly('😀 😀 😀 😀 😀 😀 😀 😀 😀 😀', 8)
    // Budget 7 (8 minus the ellipsis) ends right before a space: four emoji fit.
    expect(out).toBe('😀 😀 😀 😀…')
    expect(out).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
  })

  it('keeps the result, ellipsis included, within max code points', () => {
    const text =
      'Zażółć gęślą jaźń 🎉 i jeszcze trochę tekstu, żeby było co ciąć. Koniec zdania! Dalej?'
    for (let max = 1; max <= cps(text) + 2; max += 1) {
      const out = cutCleanly(text, max)
      expect(cps(out)).toBeLessThanOrEqual(max)
      if (cps(text) > max && out) expect(out.endsWith('…')).toBe(true)
    }
  })

  it('supports a custom ellipsis', () => {
    expect(cutCleanly('Przerwa w dostawie wody na ulicy', 20, ' [...]')).toBe('Przerwa w [...]')
    expect(cps(cutCleanly('Przerwa w dostawie wody na ulicy', 20, ' [...]'))).toBeLessThanOrEqual(
      20,
    )
  })

  it('returns an empty string when no whole word fits', () => {
    expect(cutCleanly('https://bip.gmina.pl/bardzo/dlugi/adres', 20)).toBe('')
    expect(cutCleanly('Przerwa w dostawie', 1)).toBe('')
    expect(cutCleanly('Przerwa w dostawie', 0)).toBe('')
    expect(cutCleanly('Przerwa w dostawie', -5)).toBe('')
  })

  it('is deterministic', () => {
    const text =
      'Sesja Rady Gminy odbędzie się w czwartek o godz. 10:00 w sali narad. Porządek obrad w BIP.'
    expect(cutCleanly(text, 50)).toBe(cutCleanly(text, 50))
  })
})
