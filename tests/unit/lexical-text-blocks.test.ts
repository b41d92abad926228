import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '../../src/domain/lexical-text'
import {
  heading,
  item,
  linebreak,
  list,
  paragraph,
  quote,
  state,
  tab,
  text,
} from '../helpers/lexical-nodes'

describe('lexicalToPlainText', () => {
  it('separates paragraphs and headings by one blank line, without markdown', () => {
    expect(
      lexicalToPlainText(
        state(
          heading('h2', text('Przerwa w dostawie wody')),
          paragraph(text('W dniu 12 maja nastąpi przerwa.')),
          heading('h3', text('Ulice')),
          paragraph(text('Długa, Krótka.')),
        ),
      ),
    ).toBe('Przerwa w dostawie wody\n\nW dniu 12 maja nastąpi przerwa.\n\nUlice\n\nDługa, Krótka.')
  })

  it('ignores text formatting and joins text nodes of one paragraph', () => {
    expect(
      lexicalToPlainText(
        state(
          paragraph(
            text('Zapraszamy '),
            text('wszystkich', 1),
            text(' mieszkańców', 2 | 8),
            text('!', 16),
          ),
        ),
      ),
    ).toBe('Zapraszamy wszystkich mieszkańców!')
  })

  it('keeps line breaks inside a paragraph and trims each line', () => {
    expect(
      lexicalToPlainText(
        state(
          paragraph(
            text('Urząd Gminy '),
            linebreak,
            text('  ul. Długa 1 '),
            linebreak,
            text('34-100 Wadowice'),
          ),
        ),
      ),
    ).toBe('Urząd Gminy\nul. Długa 1\n34-100 Wadowice')
  })

  it('collapses runs of spaces and tabs', () => {
    expect(
      lexicalToPlainText(
        state(
          paragraph(text('Godziny:'), tab, text('8:00   –  15:00'), tab, tab, text(' pon.–pt.')),
        ),
      ),
    ).toBe('Godziny: 8:00 – 15:00 pon.–pt.')
  })

  it('never leaves more than one blank line in a row', () => {
    expect(
      lexicalToPlainText(
        state(
          paragraph(text('A')),
          paragraph(),
          paragraph(text('   ')),
          paragraph(linebreak, linebreak, text('B'), linebreak, linebreak, linebreak, text('C')),
        ),
      ),
    ).toBe('A\n\nB\n\nC')
  })

  it('has no leading or trailing whitespace', () => {
    const out = lexicalToPlainText(
      state(paragraph(text('  ')), paragraph(text(' Treść ')), paragraph(linebreak)),
    )
    expect(out).toBe('Treść')
  })

  describe('lists', () => {
    it('renders bullet lists with •', () => {
      expect(
        lexicalToPlainText(state(list('bullet', [item([text('Długa')]), item([text('Krótka')])]))),
      ).toBe('• Długa\n• Krótka')
    })

    it('numbers numbered lists from start', () => {
      expect(
        lexicalToPlainText(
          state(list('number', [item([text('pierwszy')]), item([text('drugi')])])),
        ),
      ).toBe('1. pierwszy\n2. drugi')
      expect(
        lexicalToPlainText(
          state(
            list(
              'number',
              [item([text('piąty')], { value: 5 }), item([text('szósty')], { value: 6 })],
              5,
            ),
          ),
        ),
      ).toBe('5. piąty\n6. szósty')
    })

    it('renders check lists with ☐ and ☑', () => {
      expect(
        lexicalToPlainText(
          state(
            list('check', [
              item([text('wniosek')], { checked: true }),
              item([text('załącznik')], { checked: false }),
              item([text('podpis')]),
            ]),
          ),
        ),
      ).toBe('☑ wniosek\n☐ załącznik\n☐ podpis')
    })

    it('indents nested lists by two spaces per level (Lexical wraps a nested list in its own item)', () => {
      const nested = list('number', [
        item([text('Sołectwo Wola')]),
        item([
          list('bullet', [
            item([text('ul. Długa')]),
            item([
              list('check', [item([text('nr 1–15')], { checked: true }), item([text('nr 17–31')])]),
            ]),
            item([text('ul. Krótka')]),
          ]),
        ]),
        item([text('Sołectwo Zarzecze')]),
      ])
      expect(lexicalToPlainText(state(nested))).toBe(
        '1. Sołectwo Wola\n  • ul. Długa\n    ☑ nr 1–15\n    ☐ nr 17–31\n  • ul. Krótka\n2. Sołectwo Zarzecze',
      )
    })

    it('handles an item with text and a nested list in the same item', () => {
      expect(
        lexicalToPlainText(
          state(
            list('bullet', [
              item([
                text('Odpady'),
                list('bullet', [item([text('papier')]), item([text('szkło')])]),
              ]),
            ]),
          ),
        ),
      ).toBe('• Odpady\n  • papier\n  • szkło')
    })

    it('hangs the continuation of a multi-line item under its text', () => {
      expect(
        lexicalToPlainText(
          state(list('number', [item([text('Wniosek'), linebreak, text('do 30 czerwca')])])),
        ),
      ).toBe('1. Wniosek\n   do 30 czerwca')
    })

    it('skips empty items without using up a number', () => {
      expect(
        lexicalToPlainText(
          state(
            list('number', [item([text('a')]), item([]), item([text('  ')]), item([text('b')])]),
          ),
        ),
      ).toBe('1. a\n2. b')
    })

    it('separates a list from the paragraphs around it by blank lines', () => {
      expect(
        lexicalToPlainText(
          state(
            paragraph(text('Utrudnienia:')),
            list('bullet', [item([text('Długa')])]),
            paragraph(text('Przepraszamy.')),
          ),
        ),
      ).toBe('Utrudnienia:\n\n• Długa\n\nPrzepraszamy.')
    })
  })

  it('renders quotes in Polish quotation marks', () => {
    expect(lexicalToPlainText(state(quote(text('Woda jest zdatna do picia.'))))).toBe(
      '„Woda jest zdatna do picia.”',
    )
    expect(lexicalToPlainText(state(quote(text('pierwsza'), linebreak, text('druga'))))).toBe(
      '„pierwsza\ndruga”',
    )
    expect(lexicalToPlainText(state(quote(), paragraph(text('Dalej'))))).toBe('Dalej')
  })
})
