import { describe, expect, it } from 'vitest'

import { renderSocialCopy, type SocialCopyInput } from '../../plugins/fanout/render/social-copy'

const cps = (s: string) => [...s].length

const base: SocialCopyInput = {
  bipUrl: 'https://bip.wola.pl/a/123',
  bodyText: 'Przerwa potrwa od 8:00 do 14:00.\n\n• ul. Długa\n• ul. Krótka',
  hashtags: ['#Komunikaty', '#Woda'],
  lead: 'Jutro nie będzie wody w części gminy.',
  maxLength: 2000,
  rulesUrl: 'https://wola.pl/zasady',
  title: 'Przerwa w dostawie wody',
  unitName: 'Gmina Wola',
}

const FOOTER =
  '— Gmina Wola\nOficjalna publikacja w BIP: https://bip.wola.pl/a/123\nZasady dyskusji: https://wola.pl/zasady\n#Komunikaty #Woda'

describe('renderSocialCopy', () => {
  it('lays out title, lead, body and footer separated by blank lines', () => {
    expect(renderSocialCopy(base)).toEqual({
      link: 'https://bip.wola.pl/a/123',
      message:
        'Przerwa w dostawie wody\n\nJutro nie będzie wody w części gminy.\n\nPrzerwa potrwa od 8:00 do 14:00.\n\n• ul. Długa\n• ul. Krótka\n\n' +
        FOOTER,
      shortened: false,
    })
  })

  it('prefixes the title of an urgent post', () => {
    expect(renderSocialCopy({ ...base, bodyText: null, lead: null, urgent: true }).message).toBe(
      `⚠️ PILNE: Przerwa w dostawie wody\n\n${FOOTER}`,
    )
  })

  it('omits empty blocks', () => {
    expect(
      renderSocialCopy({ ...base, bodyText: '  \n ', hashtags: [], lead: '', rulesUrl: null })
        .message,
    ).toBe(
      'Przerwa w dostawie wody\n\n— Gmina Wola\nOficjalna publikacja w BIP: https://bip.wola.pl/a/123',
    )
  })

  it('links the post on the site when there is no BIP entry', () => {
    const copy = renderSocialCopy({
      ...base,
      bipUrl: null,
      bodyText: null,
      hashtags: undefined,
      lead: null,
      postUrl: 'https://wola.pl/aktualnosci/festyn',
      rulesUrl: undefined,
      title: 'Festyn',
    })
    expect(copy).toEqual({
      link: 'https://wola.pl/aktualnosci/festyn',
      message: 'Festyn\n\n— Gmina Wola\nWięcej: https://wola.pl/aktualnosci/festyn',
      shortened: false,
    })
  })

  it('prefers the official BIP source over the post on the site', () => {
    const copy = renderSocialCopy({ ...base, postUrl: 'https://wola.pl/aktualnosci/woda' })
    expect(copy.link).toBe('https://bip.wola.pl/a/123')
    expect(copy.message).not.toContain('Więcej:')
    expect(copy.message).toContain('Oficjalna publikacja w BIP: https://bip.wola.pl/a/123')
  })

  it('has no link when there is neither', () => {
    expect(renderSocialCopy({ ...base, bipUrl: null, postUrl: null }).link).toBeNull()
    expect(renderSocialCopy({ ...base, bipUrl: '', postUrl: '  ' }).link).toBeNull()
  })

  it('tidies whitespace: one-line title, no trailing spaces, no double blank lines', () => {
    const copy = renderSocialCopy({
      ...base,
      bodyText: 'A  \r\n\r\n\r\n\r\nB\t',
      hashtags: [],
      lead: '  Lead \n',
      rulesUrl: null,
      title: '  Przerwa\n w  dostawie ',
    })
    expect(copy.message).toBe(
      'Przerwa w dostawie\n\nLead\n\nA\n\nB\n\n— Gmina Wola\nOficjalna publikacja w BIP: https://bip.wola.pl/a/123',
    )
  })

  describe('when too long', () => {
    const long = { ...base, bodyText: 'Prosimy o zrobienie zapasów wody. '.repeat(20).trim() }

    it('cuts the body first, cleanly, keeping the footer whole', () => {
      const copy = renderSocialCopy({ ...long, maxLength: 300 })
      expect(cps(copy.message)).toBeLessThanOrEqual(300)
      expect(copy.message).toBe(
        'Przerwa w dostawie wody\n\nJutro nie będzie wody w części gminy.\n\n' +
          // 110 code points are left for the body: the third sentence ends within its last 30%.
          'Prosimy o zrobienie zapasów wody. Prosimy o zrobienie zapasów wody. Prosimy o zrobienie zapasów wody…\n\n' +
          FOOTER,
      )
    })

    it('then the lead, dropping the body', () => {
      const lead =
        'Jutro od rana do wieczora nie będzie wody w sołectwach Wola, Zarzecze i Podlesie.'
      const message = renderSocialCopy({
        ...long,
        lead,
        maxLength: cps(FOOTER) + 2 + 24 + 2 + 40,
      }).message
      expect(message).toBe(
        'Przerwa w dostawie wody\n\nJutro od rana do wieczora nie będzie…\n\n' + FOOTER,
      )
    })

    it('then the title, keeping the urgent prefix', () => {
      const message = renderSocialCopy({
        ...long,
        maxLength: cps(FOOTER) + 2 + 20,
        urgent: true,
      }).message
      expect(message).toBe(`⚠️ PILNE: Przerwa w…\n\n${FOOTER}`)
      expect(cps(message)).toBeLessThanOrEqual(cps(FOOTER) + 22)
    })

    it('keeps only the footer when nothing else fits', () => {
      expect(renderSocialCopy({ ...long, maxLength: cps(FOOTER) }).message).toBe(FOOTER)
      expect(renderSocialCopy({ ...long, maxLength: cps(FOOTER) + 5 }).message).toBe(FOOTER)
    })

    it('keeps the bare urgent marker when the title does not fit but the marker does', () => {
      expect(
        renderSocialCopy({ ...long, maxLength: cps(FOOTER) + 2 + 9, urgent: true }).message,
      ).toBe(`⚠️ PILNE\n\n${FOOTER}`)
    })

    it('never cuts the footer, at any length', () => {
      for (let max = cps(FOOTER); max <= 700; max += 7) {
        const { message } = renderSocialCopy({ ...long, maxLength: max, urgent: max % 2 === 0 })
        expect(cps(message)).toBeLessThanOrEqual(max)
        expect(message.endsWith(FOOTER)).toBe(true)
      }
    })

    it('counts code points, not UTF-16 units', () => {
      const emojiBody = '🎉 '.repeat(30).trim()
      const input = {
        ...base,
        bodyText: emojiBody,
        hashtags: [],
        lead: null,
        rulesUrl: null,
        title: 'Festyn',
      }
      const footer = '— Gmina Wola\nOficjalna publikacja w BIP: https://bip.wola.pl/a/123'
      // The full message is 6 + 2 + 59 + 2 + footer code points; 59 emoji/space code points fit exactly.
      expect(renderSocialCopy({ ...input, maxLength: 6 + 2 + 59 + 2 + cps(footer) }).message).toBe(
        `Festyn\n\n${emojiBody}\n\n${footer}`,
      )
      expect(renderSocialCopy({ ...input, maxLength: 6 + 2 + 10 + 2 + cps(footer) }).message).toBe(
        `Festyn\n\n🎉 🎉 🎉 🎉 🎉…\n\n${footer}`,
      )
    })

    it('throws when even the footer does not fit', () => {
      expect(() => renderSocialCopy({ ...base, maxLength: cps(FOOTER) - 1 })).toThrow(
        /footer.*maxLength/,
      )
    })
  })

  it('throws on a maxLength that is not a positive number', () => {
    expect(() => renderSocialCopy({ ...base, maxLength: 0 })).toThrow(/maxLength/)
    expect(() => renderSocialCopy({ ...base, maxLength: Number.NaN })).toThrow(/maxLength/)
  })

  it('is deterministic', () => {
    const input = { ...base, bodyText: 'Zapasy wody. '.repeat(100), maxLength: 500, urgent: true }
    const first = renderSocialCopy(input)
    expect(renderSocialCopy({ ...input })).toEqual(first)
    expect(renderSocialCopy(structuredClone(input))).toEqual(first)
  })

  it('does not mutate its input', () => {
    const input = { ...base, hashtags: ['#Woda', ' '] }
    const snapshot = structuredClone(input)
    renderSocialCopy(input)
    expect(input).toEqual(snapshot)
  })
})
