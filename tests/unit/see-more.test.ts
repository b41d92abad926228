import { describe, expect, it } from 'vitest'

import { SEE_MORE, seeMoreCut } from '../../plugins/fanout/render/see-more'

const cps = (text: string) => [...text].length

describe('seeMoreCut: where Facebook folds a post', () => {
  it('does not fold a text that fits', () => {
    const text = 'Festyn w sobotę.\n\nZapraszamy całe rodziny.'
    expect(seeMoreCut(text)).toEqual({ cutAt: cps(text), hidden: '', visible: text })
  })

  it('folds after the fifth line, however short the lines', () => {
    const text = ['1', '2', '3', '4', '5', '6', '7'].map((n) => `Linia ${n}`).join('\n')
    const cut = seeMoreCut(text)
    expect(cut.visible).toBe('Linia 1\nLinia 2\nLinia 3\nLinia 4\nLinia 5')
    expect(cut.hidden).toBe('Linia 6\nLinia 7')
    expect(cut.cutAt).toBe(cps(cut.visible))
  })

  it('counts a blank line as a line', () => {
    const cut = seeMoreCut('A\n\nB\n\nC\n\nD')
    expect(cut.visible).toBe('A\n\nB\n\nC')
    expect(cut.hidden).toBe('D')
  })

  it(`folds a long paragraph at ${SEE_MORE.maxChars} characters, between words`, () => {
    const text = 'Zażółć gęślą jaźń. '.repeat(40).trim()
    const cut = seeMoreCut(text)
    expect(cps(cut.visible)).toBeLessThanOrEqual(SEE_MORE.maxChars)
    expect(cps(cut.visible)).toBeGreaterThan(SEE_MORE.maxChars - 20)
    // Nothing is lost or split: the two parts make the whole text again.
    expect(`${cut.visible} ${cut.hidden}`).toBe(text)
    expect(cut.visible.endsWith(' ')).toBe(false)
    expect(text.split(' ')).toContain(cut.visible.split(' ').at(-1))
  })

  it('counts code points, so Polish letters and emoji are never split', () => {
    const text = `${'🙂'.repeat(SEE_MORE.maxChars)} koniec`
    const cut = seeMoreCut(text)
    expect(cut.cutAt).toBe(SEE_MORE.maxChars)
    expect(cut.visible).toBe('🙂'.repeat(SEE_MORE.maxChars))
    expect(cut.hidden).toBe('koniec')
  })

  it('takes whichever limit comes first', () => {
    const longFirstLine = `${'a '.repeat(300)}\nB\nC`
    expect(cps(seeMoreCut(longFirstLine).visible)).toBeLessThanOrEqual(SEE_MORE.maxChars)
    expect(seeMoreCut('x\ny', { maxChars: 480, maxLines: 1 }).visible).toBe('x')
  })

  it('takes anything that is not text as empty', () => {
    expect(seeMoreCut(undefined as unknown as string)).toEqual({
      cutAt: 0,
      hidden: '',
      visible: '',
    })
  })
})
