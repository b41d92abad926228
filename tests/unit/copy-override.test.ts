import { describe, expect, it } from 'vitest'

import { cleanCopyOverride } from '../../plugins/fanout/render/copy-override'
import { renderSocialCopy, type SocialCopyInput } from '../../plugins/fanout/render/social-copy'

const BIP = 'https://bip.wola.pl/a/123'
const RULES = 'https://wola.pl/zasady-dyskusji/grupa'
const forced = {
  footerLabels: ['Oficjalna publikacja w BIP: ', 'Więcej: ', 'Zasady dyskusji: '],
  urls: [BIP, null, RULES],
}

describe('cleanCopyOverride: the forced links are not the editor’s to move or drop', () => {
  it('keeps an ordinary text, tidied', () => {
    expect(cleanCopyOverride('  Festyn!\r\n\r\n\r\nZapraszamy.  ', forced)).toBe(
      'Festyn!\n\nZapraszamy.',
    )
  })

  it('removes the BIP and rules addresses however they are pasted', () => {
    expect(
      cleanCopyOverride(
        `Sesja rady. Szczegóły: ${BIP} oraz bip.wola.pl/a/123/ i ${RULES.toUpperCase()}`,
        forced,
      ),
    ).toBe('Sesja rady. Szczegóły:  oraz  i')
  })

  it('removes footer lines copied from an earlier copy', () => {
    expect(
      cleanCopyOverride(
        'Nowy tekst.\nOficjalna publikacja w BIP: https://inny.example/x\nzasady dyskusji: tutaj',
        forced,
      ),
    ).toBe('Nowy tekst.')
  })

  it('counts an override with nothing but links, spaces or punctuation as none', () => {
    for (const value of ['', '   ', `${BIP}\n${RULES}`, ' — … ', null, undefined, 42])
      expect(cleanCopyOverride(value, forced)).toBeNull()
  })
})

describe('renderSocialCopy with an own text for the channel', () => {
  const base: SocialCopyInput = {
    bipUrl: BIP,
    bodyText: 'Treść wpisu.',
    hashtags: ['#SesjeRady'],
    lead: 'Lead wpisu.',
    maxLength: 2000,
    rulesUrl: RULES,
    title: 'Sesja rady gminy',
    unitName: 'Urząd Gminy Wola',
  }
  const footer = `— Urząd Gminy Wola\nOficjalna publikacja w BIP: ${BIP}\nZasady dyskusji: ${RULES}\n#SesjeRady`

  it('replaces title, lead and body, and still ends with every link', () => {
    const copy = renderSocialCopy({ ...base, override: 'Zapraszamy na sesję w czwartek!' })
    expect(copy.message).toBe(`Zapraszamy na sesję w czwartek!\n\n${footer}`)
    expect(copy.link).toBe(BIP)
    expect(copy.shortened).toBe(false)
  })

  it('cannot remove or repeat the links: pasted ones are dropped, the footer stays', () => {
    const copy = renderSocialCopy({
      ...base,
      override: `Zapraszamy!\nOficjalna publikacja w BIP: ${BIP}\nZasady dyskusji: ${RULES}`,
    })
    expect(copy.message).toBe(`Zapraszamy!\n\n${footer}`)
    expect(copy.message.split(BIP)).toHaveLength(2)
    expect(copy.message.split(RULES)).toHaveLength(2)
  })

  it('falls back to the post when the override says nothing', () => {
    expect(renderSocialCopy({ ...base, override: `  ${BIP} ` }).message).toBe(
      renderSocialCopy(base).message,
    )
  })

  it('keeps the urgent marker before an own text', () => {
    expect(renderSocialCopy({ ...base, override: 'Brak wody.', urgent: true }).message).toMatch(
      /^⚠️ PILNE: Brak wody\./,
    )
  })

  it('cuts a too long own text and says so, the footer whole', () => {
    const copy = renderSocialCopy({ ...base, maxLength: 400, override: 'Słowo '.repeat(200) })
    expect([...copy.message].length).toBeLessThanOrEqual(400)
    expect(copy.message.endsWith(footer)).toBe(true)
    expect(copy.shortened).toBe(true)
  })
})
