import { describe, expect, it } from 'vitest'

import { isSafeHref, shownAddress, unsafeLinksIn } from '../../src/domain/safe-link'

describe('isSafeHref', () => {
  it.each([
    'https://bip.wislotki.example/wpis/1',
    'HTTP://Example.com',
    'http:example.com',
    'mailto:sekretariat@wislotki.example',
    'MailTo:a@b.example?subject=Skarga',
    'tel:+48 12 345 67 89',
    '/aktualnosci/festyn',
    './plik.pdf',
    '../zasady-dyskusji',
    'zasady-dyskusji/grupa',
    '?strona=2',
    '#pkt-3',
    '',
    '   https://example.com  ',
    'https://example.com/?a=1&#38;b=2',
    'https://example.com/javascript:alert(1)',
  ])('allows %j', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u200bscript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&amp;colon;alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    '//evil.example/x',
    '\\\\evil.example',
    '/\\evil.example',
    ' //evil.example',
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false)
  })
})

const link = (url: string, text: string, type = 'link', linkType = 'custom') => ({
  children: [{ text, type: 'text', version: 1 }],
  fields: { linkType, newTab: false, url },
  type,
  version: 3,
})
const state = (...inline: unknown[]) => ({
  root: {
    children: [{ children: inline, type: 'paragraph', version: 1 }],
    type: 'root',
    version: 1,
  },
})

describe('unsafeLinksIn', () => {
  it('names every unsafe link with its text: links, autolinks, internal links and plain Lexical ones', () => {
    const bad = state(
      link('https://bip.example/1', 'BIP'),
      link('javascript:alert(1)', 'Kliknij'),
      link('data:text/html,x', 'data:text/html,x', 'autolink'),
      link('vbscript:x', 'Dokument', 'link', 'internal'),
      { children: [{ text: 'stary', type: 'text' }], type: 'link', url: ' JAVASCRIPT:x' },
    )
    expect(unsafeLinksIn(bad)).toEqual([
      { text: 'Kliknij', url: 'javascript:alert(1)' },
      { text: 'data:text/html,x', url: 'data:text/html,x' },
      { text: 'Dokument', url: 'vbscript:x' },
      { text: 'stary', url: ' JAVASCRIPT:x' },
    ])
  })

  it('finds links nested in lists and quotes, and ignores what is not a Lexical state', () => {
    const nested = {
      root: {
        children: [
          {
            children: [{ children: [link('//evil.example', 'tu')], type: 'listitem' }],
            type: 'list',
          },
        ],
        type: 'root',
      },
    }
    expect(unsafeLinksIn(nested)).toEqual([{ text: 'tu', url: '//evil.example' }])
    expect(
      unsafeLinksIn(state(link('#pkt-1', 'pkt 1'), link('mailto:a@b.example', 'napisz'))),
    ).toEqual([])
    for (const value of [null, undefined, 'javascript:x', 42, { root: 'x' }])
      expect(unsafeLinksIn(value)).toEqual([])
  })

  it('shows an address with its invisible characters, cut when long', () => {
    expect(shownAddress('java\tscript:alert(1)')).toBe('java\\tscript:alert(1)')
    expect(shownAddress(`javascript:${'a'.repeat(200)}`)).toHaveLength(80)
  })
})
