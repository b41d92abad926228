import { describe, expect, it } from 'vitest'

import { renderSocialCopy } from '../../plugins/fanout/render/social-copy'
import { GROUP_LINT, lintGroupPost } from '../../plugins/fanout/rules/group-lint'

const rules = (text: string, limits?: Parameters<typeof lintGroupPost>[1]) =>
  lintGroupPost(text, limits).map((w) => w.rule)

const NORMAL = [
  'Obwieszczenie Wójta Gminy Wola z dnia 12.05.2025 r. (znak OR-03.0003.417.2025)',
  '',
  'Informuję, że w dniach 19–23 maja 2025 r. w Urzędu Gminy Wola, ul. Długa 1, 34-100 Wola, można zapoznać się z projektem ' +
    'miejscowego planu zagospodarowania przestrzennego. Uwagi można składać do 6 czerwca 2025 r. Kontakt: tel. 33 875 12 34, ' +
    'e-mail: ug@wola.pl.',
  '',
  '— Gmina Wola',
  'Oficjalna publikacja w BIP: https://bip.wola.pl/artykul/obwieszczenie-mpzp',
  '#PlanowanieIZagospodarowanie #Ogłoszenia',
].join('\n')

describe('lintGroupPost', () => {
  it('has no warnings for a normal municipal announcement with one BIP link', () => {
    expect(lintGroupPost(NORMAL)).toEqual([])
  })

  it('has no warnings for copy rendered for the group, rules link included', () => {
    const { message } = renderSocialCopy({
      bipUrl: 'https://bip.wola.pl/a/123',
      bodyText: 'Przerwa potrwa od 8:00 do 14:00.\n\n• ul. Długa\n• ul. Krótka',
      hashtags: ['#Komunikaty'],
      lead: 'Jutro nie będzie wody w części gminy.',
      maxLength: 5000,
      rulesUrl: 'https://wola.pl/zasady-grupy',
      title: 'Przerwa w dostawie wody',
      unitName: 'Gmina Wola',
      urgent: true,
    })
    expect(lintGroupPost(message)).toEqual([])
  })

  it('has no warnings for empty text', () => {
    expect(lintGroupPost('')).toEqual([])
    expect(lintGroupPost('   \n ')).toEqual([])
  })

  describe('shortener', () => {
    it('flags a shortened link with a Polish message naming the service', () => {
      expect(lintGroupPost('Formularz: https://bit.ly/3xYzAbc')).toEqual([
        {
          message:
            'Skrócone linki (bit.ly) są często wstrzymywane przez automatyczną moderację grupy – użyj pełnego adresu.',
          rule: 'shortener',
        },
      ])
    })

    it('flags subdomains, bare shortened links and lists each service once', () => {
      const warnings = lintGroupPost(
        'Zapisy: www.bit.ly/a, tinyurl.com/zapisy oraz https://t.co/xyz i http://bit.ly/b',
      )
      expect(warnings.map((w) => w.rule)).toEqual(['shortener', 'links'])
      expect(warnings[0].message).toContain('(bit.ly, t.co, tinyurl.com)')
    })

    it('does not flag hosts that merely end with the same letters', () => {
      expect(rules('Zobacz https://microsoft.com/pl i https://gov.pl/web/gmina')).toEqual([])
      expect(
        rules('Napisz na adres ug@bit.ly.example.pl albo odwiedź https://habit.ly.pl/x'),
      ).toEqual([])
      expect(rules('Plik raport.pdf i tabela t.co (bez adresu)')).toEqual([])
    })

    it('uses the shortener list from the limits', () => {
      expect(rules('https://skr.pl/abc', { shorteners: ['skr.pl'] })).toEqual(['shortener'])
      expect(rules('https://bit.ly/abc', { shorteners: [] })).toEqual([])
    })
  })

  describe('links', () => {
    it(`allows ${GROUP_LINT.maxLinks} links`, () => {
      expect(rules('BIP: https://bip.wola.pl/a/1 Zasady: https://wola.pl/zasady')).toEqual([])
    })

    it('flags more than maxLinks, counting bare www. hosts', () => {
      expect(lintGroupPost('https://bip.wola.pl/a/1, www.wola.pl i https://gov.pl.')).toEqual([
        {
          message:
            'Post zawiera 3 linki – posty z więcej niż 2 linkami bywają wstrzymywane przez automatyczną moderację grupy. ' +
            'Zostaw najważniejsze, np. link do publikacji w BIP.',
          rule: 'links',
        },
      ])
      expect(
        lintGroupPost('https://a.pl https://b.pl https://c.pl https://d.pl https://e.pl')[0]
          .message,
      ).toMatch(/^Post zawiera 5 linków/)
    })

    it('counts the same address once', () => {
      expect(rules('https://bip.wola.pl/a/1 https://bip.wola.pl/a/1/ https://wola.pl')).toEqual([])
    })

    it('does not count e-mail addresses or plain domain names', () => {
      expect(rules('Pisz: ug@wola.pl, sekretariat@wola.pl, wola.pl, https://bip.wola.pl')).toEqual(
        [],
      )
    })

    it('respects custom limits', () => {
      expect(rules('https://a.pl https://b.pl', { maxLinks: 1 })).toEqual(['links'])
    })
  })

  describe('caps', () => {
    it('flags text written mostly in capitals, Polish letters included', () => {
      const warnings = lintGroupPost('UWAGA MIESZKAŃCY! ŻÓŁTE OSTRZEŻENIE PRZED BURZAMI Z GRADEM.')
      expect(warnings.map((w) => w.rule)).toEqual(['caps'])
      expect(warnings[0].message).toBe(
        'Tekst jest pisany głównie wielkimi literami (100% liter) – automatyczna moderacja grupy traktuje to jak krzyk lub spam. ' +
          'Pisz zwykłymi literami, wielkie zostaw na początek zdań i nazwy własne.',
      )
    })

    it('counts Polish capitals as capitals', () => {
      // 20 letters, 12 of them capital, all Polish diacritics: ratio 0.6.
      expect(rules('ŻÓŁĆĘŚĄŹŃŻÓŁ ąęśćźżół')).toEqual(['caps'])
      expect(rules('ŻÓŁĆĘŚĄŹŃŻÓ ąęśćźżółź')).toEqual([])
    })

    it('ignores short texts', () => {
      expect(rules('UWAGA: ZAMKNIĘTA DROGA')).toEqual([]) // 18 letters
      expect(rules('UWAGA: ZAMKNIĘTY WIADUKT')).toEqual(['caps']) // 20 letters
    })

    it('does not count URLs, e-mails or hashtags', () => {
      expect(
        rules(
          'Zapraszamy na festyn w sobotę https://WOLA.PL/FESTYN-RODZINNY-GMINY-WOLA #FESTYNRODZINNYWOLA ADMIN@WOLA.PL',
        ),
      ).toEqual([])
      expect(
        rules(
          'PILNE OSTRZEŻENIE METEO https://wola.pl/komunikat/ostrzezenie-meteorologiczne-drugiego-stopnia #burze #komunikaty',
        ),
      ).toEqual(['caps'])
    })

    it('tolerates acronyms in normal text', () => {
      expect(
        rules('Komunikat GOPS i OSP: zbiórka darów w remizie OSP w Woli, UG zaprasza.'),
      ).toEqual([])
    })
  })

  describe('hashtags', () => {
    it(`allows ${GROUP_LINT.maxHashtags} hashtags`, () => {
      expect(rules('Festyn #Wola #Festyn #Kultura #Rodzina #Lato')).toEqual([])
    })

    it('flags more than maxHashtags, Polish letters included', () => {
      expect(lintGroupPost('Festyn #Wola #Festyn #Kultura #Rodzina #Lato #Dożynki')).toEqual([
        {
          message:
            'Post zawiera 6 hasztagów – automatyczna moderacja grupy uznaje nadmiar hasztagów za spam. Zostaw najwyżej 5.',
          rule: 'hashtags',
        },
      ])
    })

    it('does not count numbers, anchors in URLs or HTML entities', () => {
      expect(
        rules('Nr #1 #2 #3 #4 #5 #6 https://wola.pl/#a https://wola.pl/#b &#8211; #Wola'),
      ).toEqual([])
    })
  })

  describe('emoji', () => {
    it(`allows ${GROUP_LINT.maxEmoji} emoji`, () => {
      expect(rules('Zapraszamy 🎉🎈🎶🌞🍰🎠🎪⚽')).toEqual([])
    })

    it('flags more than maxEmoji', () => {
      expect(lintGroupPost('Zapraszamy 🎉🎈🎶🌞🍰🎠🎪⚽🎯')).toEqual([
        {
          message:
            'Post zawiera 9 emoji – automatyczna moderacja grupy często wstrzymuje takie wpisy. Zostaw najwyżej 8.',
          rule: 'emoji',
        },
      ])
    })

    it('counts an emoji made of several code points once', () => {
      // 8 family / flag / toned emoji: 8 graphemes, many more code points (flags are not pictographic).
      expect(rules('👨‍👩‍👧 👨‍👩‍👦 🇵🇱 🇵🇱 👍🏽 👍🏽 ⚠️ ❤️')).toEqual([])
      expect(rules('👨‍👩‍👧 👨‍👩‍👦 🇵🇱 🇵🇱 👍🏽 👍🏽 ⚠️ ❤️ 👋')).toEqual(['emoji'])
      expect(rules('1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣ 6️⃣ 7️⃣ 8️⃣ 9️⃣')).toEqual(['emoji'])
      expect(rules('Punkty 1. 2. 3. 4. 5. 6. 7. 8. 9. © ®')).toEqual([])
    })
  })

  describe('phone_first_line', () => {
    it.each([
      '+48 123 456 789',
      '123-456-789',
      '123 456 789',
      '(12) 345 67 89',
      '12 345 67 89',
      '+48123456789',
      '0048 12 345 67 89',
      '+48 (12) 345-67-89',
    ])('flags %s in the first line', (phone) => {
      const warnings = lintGroupPost(`Sprzedam drewno, tel. ${phone}\nDalsza treść.`)
      expect(warnings).toEqual([
        {
          message: `Numer telefonu w pierwszej linii (${phone}) wygląda dla automatycznej moderacji grupy jak ogłoszenie handlowe lub spam – przenieś go niżej, do treści posta.`,
          rule: 'phone_first_line',
        },
      ])
    })

    it('looks at the first non-empty line only', () => {
      expect(rules('Przerwa w dostawie wody\nInformacje: 123 456 789')).toEqual([])
      expect(rules('\n\nInformacje: 123 456 789\nDalej')).toEqual(['phone_first_line'])
    })

    it.each([
      'Sesja 12.05.2025 o 10:00',
      'Zebranie 2025-05-12, 12-05-2025',
      'Obwieszczenie OR-03.0003.417.2025',
      'Sprawa ZP.271.1.2.2024 i GKM.6220.15.2026',
      'Urząd Gminy, 34-100 Wadowice',
      'NIP 123-456-78-90, REGON 123456789',
      'Budżet 123 456 789 zł na inwestycje',
      'Konto 12 3456 7890 1234 5678 9012 3456',
      'Numer 1 123 456 789 0',
      'Godziny 8:00-15:30, pokój 12',
    ])('does not flag %s', (line) => {
      expect(rules(`${line}\nDalsza treść.`)).toEqual([])
    })
  })

  it('reports every rule that applies, once each, in a fixed order', () => {
    const text = [
      'SPRZEDAM TANIO DREWNO OPAŁOWE, DZWOŃ 601 234 567 🔥🔥🔥🔥🔥🔥🔥🔥🔥',
      'https://bit.ly/a https://bit.ly/b https://tinyurl.com/c',
      '#drewno #opał #tanio #zima #ogrzewanie #okazja',
    ].join('\n')
    expect(rules(text)).toEqual([
      'shortener',
      'links',
      'caps',
      'hashtags',
      'emoji',
      'phone_first_line',
    ])
  })

  it('exposes the thresholds in one place', () => {
    expect(GROUP_LINT).toMatchObject({
      capsMinLetters: 20,
      capsRatio: 0.6,
      maxEmoji: 8,
      maxHashtags: 5,
      maxLinks: 2,
    })
    expect(GROUP_LINT.shorteners).toContain('bit.ly')
  })
})
