import { describe, expect, it } from 'vitest'

import { normalizeBipUrl } from '../../src/domain/bip-url'
import { slugify } from '../../src/domain/slug'

describe('BIP URL normalisation', () => {
  it('keeps http and https, lower-cases the host, drops fragment and default port', () => {
    expect(normalizeBipUrl(' HTTPS://BIP.Wislotki.PL:443/wpis/123#sekcja ')).toEqual({
      ok: true,
      value: 'https://bip.wislotki.pl/wpis/123',
    })
    expect(normalizeBipUrl('http://bip.gmina.pl/a?b=1')).toEqual({
      ok: true,
      value: 'http://bip.gmina.pl/a?b=1',
    })
  })
  it('adds https to a bare host', () => {
    expect(normalizeBipUrl('bip.gmina.pl/wpis')).toEqual({
      ok: true,
      value: 'https://bip.gmina.pl/wpis',
    })
  })
  it.each([
    'javascript:alert(1)',
    'ftp://bip.gmina.pl/x',
    'mailto:bip@gmina.pl',
    'file:///etc/passwd',
  ])('refuses the scheme of %s', (url) =>
    expect(normalizeBipUrl(url)).toEqual({ ok: false, reason: 'protocol' }),
  )
  it.each(['', '   ', 'http://', 'nie adres'])('refuses %j', (url) =>
    expect(normalizeBipUrl(url)).toEqual({ ok: false, reason: 'syntax' }),
  )
})

describe('slugify', () => {
  it('transliterates Polish letters', () => {
    expect(slugify('Zażółć gęślą jaźń – Łódź 2025!')).toBe('zazolc-gesla-jazn-lodz-2025')
    expect(slugify('  Sesja Rady Gminy  ')).toBe('sesja-rady-gminy')
  })
  it('cuts long titles on a clean boundary', () => {
    const slug = slugify('a'.repeat(50) + ' ' + 'b'.repeat(50), 60)
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug.endsWith('-')).toBe(false)
  })
})
