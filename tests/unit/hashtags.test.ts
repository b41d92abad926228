import { describe, expect, it } from 'vitest'

import { toHashtag, uniqueHashtags } from '../../plugins/fanout/render/hashtags'

describe('toHashtag', () => {
  it.each([
    ['Kultura i wydarzenia', '#KulturaIWydarzenia'],
    ['Sesje rady', '#SesjeRady'],
    ['Bezpieczeństwo i ostrzeżenia', '#BezpieczeństwoIOstrzeżenia'],
    ['Ogłoszenia', '#Ogłoszenia'],
    ['ochrona środowiska', '#OchronaŚrodowiska'],
    ['  żłobki   i  przedszkola ', '#ŻłobkiIPrzedszkola'],
  ])('%s → %s', (input, expected) => expect(toHashtag(input)).toBe(expected))

  it('drops punctuation, dashes, slashes and parentheses', () => {
    expect(toHashtag('Drogi, transport / komunikacja')).toBe('#DrogiTransportKomunikacja')
    expect(toHashtag('Bielsko-Biała (powiat)')).toBe('#BielskoBiałaPowiat')
    expect(toHashtag('Zdrowie: szczepienia!')).toBe('#ZdrowieSzczepienia')
    expect(toHashtag('#Gospodarka odpadami')).toBe('#GospodarkaOdpadami')
  })

  it('keeps digits and existing capitals', () => {
    expect(toHashtag('Budżet 2026')).toBe('#Budżet2026')
    expect(toHashtag('GOPS informuje')).toBe('#GOPSInformuje')
  })

  it('does not split a word at an apostrophe', () => {
    expect(toHashtag("Rock'n'roll w Woli")).toBe('#RocknrollWWoli')
  })

  it('composes decomposed Polish letters', () => {
    expect(toHashtag('s\u0301wie\u0328to')).toBe('#Święto')
  })

  it('returns an empty string when there is nothing to tag', () => {
    expect(toHashtag('')).toBe('')
    expect(toHashtag('   ')).toBe('')
    expect(toHashtag(' - / () ')).toBe('')
    expect(toHashtag('2026')).toBe('')
    expect(toHashtag(null as unknown as string)).toBe('')
  })
})

describe('uniqueHashtags', () => {
  it('dedupes case-insensitively, keeping the first spelling and the order', () => {
    expect(uniqueHashtags(['#Kultura', '#Sport', '#kultura', '#SPORT', '#Ogłoszenia'])).toEqual([
      '#Kultura',
      '#Sport',
      '#Ogłoszenia',
    ])
  })

  it('compares Polish letters case-insensitively', () => {
    expect(uniqueHashtags(['#ŻłobkiGminy', '#żłobkigminy', '#ŻŁOBKIGMINY'])).toEqual([
      '#ŻłobkiGminy',
    ])
  })

  it('drops empty tags', () => {
    expect(uniqueHashtags(['', '#Sport', '  ', '#', toHashtag('')])).toEqual(['#Sport'])
  })

  it('keeps at most max tags (5 by default)', () => {
    const tags = ['#A1', '#B2', '#C3', '#D4', '#E5', '#F6', '#G7']
    expect(uniqueHashtags(tags)).toEqual(['#A1', '#B2', '#C3', '#D4', '#E5'])
    expect(uniqueHashtags(tags, 2)).toEqual(['#A1', '#B2'])
    expect(uniqueHashtags(tags, 0)).toEqual([])
  })

  it('counts only kept tags towards max', () => {
    expect(uniqueHashtags(['#A', '#a', '', '#B', '#C'], 2)).toEqual(['#A', '#B'])
  })
})
