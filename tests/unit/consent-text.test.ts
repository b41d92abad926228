import { describe, expect, it } from 'vitest'

import { consentTextFor } from '../../plugins/newsletter/subscription/consent-text'

describe('the default consent text', () => {
  it('names the controller with its address and contact, and says what RODO requires', () => {
    const text = consentTextFor({
      address: 'ul. Główna 1\n12-345 Wisłotki',
      email: 'iod@wislotki.example',
      name: 'Urząd Gminy Wisłotki',
    })
    expect(text).toContain(
      'Administratorem danych jest Urząd Gminy Wisłotki, ul. Główna 1, 12-345 Wisłotki (kontakt: iod@wislotki.example).',
    )
    for (const part of [
      'art. 6 ust. 1 lit. a RODO',
      'wycofać w każdej chwili',
      'do czasu wypisania się',
      'Prezesa UODO',
      'sprostowania, usunięcia',
    ])
      expect(text).toContain(part)
  })

  it('still names who is responsible before the office unit exists', () => {
    expect(consentTextFor(null)).toContain(
      'Administratorem danych jest urząd gminy prowadzący ten serwis.',
    )
    expect(consentTextFor({ name: 'Urząd Miasta X' })).toContain(
      'Administratorem danych jest Urząd Miasta X.',
    )
  })
})
