import { describe, expect, it } from 'vitest'

import { isValidEmail, normalizeEmail } from '../../plugins/newsletter/subscription/email-address'

describe('newsletter addresses', () => {
  it('have one spelling: trimmed, lower-cased, the domain in punycode', () => {
    expect(normalizeEmail('  Jan.Kowalski@Gmina.PL ')).toBe('jan.kowalski@gmina.pl')
    expect(normalizeEmail('ala@Gmina-Wisłotki.pl')).toBe('ala@xn--gmina-wisotki-4hc.pl')
    expect(normalizeEmail(['a@b.pl'])).toBe('')
    expect(normalizeEmail(undefined)).toBe('')
  })

  it('are accepted only in the shape the subscribers collection stores', () => {
    for (const ok of [
      'a@b.pl',
      'jan.kowalski+news@poczta.gmina-wisla.pl',
      "o'brien@example.ie",
      normalizeEmail('ala@gmina-wisłotki.pl'),
    ])
      expect(isValidEmail(ok), ok).toBe(true)
    for (const bad of [
      'żaneta@example.pl',
      '.a@b.pl',
      'a.@b.pl',
      'a..b@b.pl',
      'a@b.pl.',
      'a@-b.pl',
      'a@b',
      '"a"@b.pl',
      `${'x'.repeat(65)}@b.pl`,
      `a@${'x'.repeat(250)}.pl`,
    ]) {
      expect(isValidEmail(bad), bad).toBe(false)
    }
  })
})
