import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '../../src/domain/lexical-text'

type Node = Record<string, unknown>

const text = (value: string, format = 0): Node => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
const paragraph = (...children: Node[]): Node => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
})
const heading = (tag: string, ...children: Node[]): Node => ({
  children,
  tag,
  type: 'heading',
  version: 1,
})
const quote = (...children: Node[]): Node => ({ children, type: 'quote', version: 1 })
const list = (listType: 'bullet' | 'check' | 'number', items: Node[], start = 1): Node => ({
  children: items,
  listType,
  start,
  tag: listType === 'number' ? 'ol' : 'ul',
  type: 'list',
  version: 1,
})
const item = (children: Node[], extra: Node = {}): Node => ({
  children,
  type: 'listitem',
  value: 1,
  version: 1,
  ...extra,
})
const link = (url: string | undefined, children: Node[], linkType = 'custom'): Node => ({
  children,
  fields: { linkType, newTab: false, url },
  type: 'link',
  version: 3,
})
const autolink = (url: string, children: Node[]): Node => ({
  children,
  fields: { linkType: 'custom', url },
  type: 'autolink',
  version: 2,
})
const linebreak: Node = { type: 'linebreak', version: 1 }
const tab: Node = { type: 'tab', version: 1 }
const state = (...children: Node[]) => ({
  root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
})

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

  describe('links', () => {
    it('spells out a custom link as text (url)', () => {
      expect(
        lexicalToPlainText(
          state(
            paragraph(
              text('Szczegóły w '),
              link('https://bip.gmina.pl/a/123', [text('BIP')]),
              text('.'),
            ),
          ),
        ),
      ).toBe('Szczegóły w BIP (https://bip.gmina.pl/a/123).')
    })

    it('gives just the url when the text is the url or empty', () => {
      expect(
        lexicalToPlainText(
          state(paragraph(link('https://gmina.pl/x', [text('https://gmina.pl/x')]))),
        ),
      ).toBe('https://gmina.pl/x')
      expect(
        lexicalToPlainText(state(paragraph(text('Zobacz '), link('https://gmina.pl/x', [])))),
      ).toBe('Zobacz https://gmina.pl/x')
      expect(
        lexicalToPlainText(
          state(paragraph(autolink('https://www.gmina.pl', [text('www.gmina.pl')]))),
        ),
      ).toBe('https://www.gmina.pl')
    })

    it('renders internal links (no url) as their text only', () => {
      expect(
        lexicalToPlainText(
          state(
            paragraph(text('Zobacz '), {
              ...link(undefined, [text('poprzedni komunikat')], 'internal'),
              fields: { doc: { relationTo: 'posts', value: 7 }, linkType: 'internal' },
            }),
          ),
        ),
      ).toBe('Zobacz poprzedni komunikat')
    })

    it('does not spell out addresses a reader cannot follow', () => {
      expect(
        lexicalToPlainText(
          state(
            paragraph(
              link('/aktualnosci/1', [text('aktualności')]),
              text(' '),
              link('#sekcja', [text('niżej')]),
            ),
          ),
        ),
      ).toBe('aktualności niżej')
    })

    it('shows e-mail links without mailto:', () => {
      expect(
        lexicalToPlainText(
          state(
            paragraph(
              link('mailto:ug@gmina.pl', [text('ug@gmina.pl')]),
              text(', '),
              link('mailto:ug@gmina.pl', [text('sekretariat')]),
            ),
          ),
        ),
      ).toBe('ug@gmina.pl, sekretariat (ug@gmina.pl)')
    })

    it('reads a url stored on the node itself (plain Lexical links)', () => {
      expect(
        lexicalToPlainText(
          state(paragraph({ children: [text('strona')], type: 'link', url: 'https://gmina.pl' })),
        ),
      ).toBe('strona (https://gmina.pl)')
    })
  })

  it('renders a horizontal rule as a separator between blocks, never at the edges', () => {
    const rule = { type: 'horizontalrule', version: 1 }
    expect(
      lexicalToPlainText(state(rule, paragraph(text('A')), rule, rule, paragraph(text('B')), rule)),
    ).toBe('A\n\n———\n\nB')
  })

  it('skips uploads, relationships and blocks', () => {
    expect(
      lexicalToPlainText(
        state(
          paragraph(text('Przed')),
          {
            fields: null,
            relationTo: 'media',
            type: 'upload',
            value: { id: 1, url: '/media/a.jpg' },
            version: 3,
          },
          { relationTo: 'posts', type: 'relationship', value: 2, version: 2 },
          { fields: { blockType: 'gallery', id: 'x', text: 'ukryte' }, type: 'block', version: 2 },
          paragraph(text('Po')),
        ),
      ),
    ).toBe('Przed\n\nPo')
  })

  it('keeps emoji and Polish letters intact', () => {
    expect(lexicalToPlainText(state(paragraph(text('Zażółć gęślą jaźń 🎉👨‍👩‍👧'))))).toBe(
      'Zażółć gęślą jaźń 🎉👨‍👩‍👧',
    )
  })

  it('renders text of unknown inline and container nodes', () => {
    expect(
      lexicalToPlainText(
        state(
          { children: [paragraph(text('W kontenerze'))], type: 'collapsible' },
          paragraph({ text: '@Wójt', type: 'mention' }),
        ),
      ),
    ).toBe('W kontenerze\n\n@Wójt')
  })

  it('accepts the state as a JSON string', () => {
    expect(lexicalToPlainText(JSON.stringify(state(paragraph(text('Z bazy')))))).toBe('Z bazy')
  })

  it.each([
    null,
    undefined,
    '',
    'nie JSON',
    42,
    [],
    {},
    { root: null },
    { root: { children: 'x' } },
    {
      root: {
        children: [null, 1, 'a', { type: 'paragraph', children: [{ type: 'text', text: 5 }] }],
      },
    },
  ])('returns an empty string for malformed input %#', (input) =>
    expect(lexicalToPlainText(input)).toBe(''),
  )

  it('survives absurdly deep trees', () => {
    let node: Node = text('głęboko')
    for (let i = 0; i < 10_000; i += 1) node = { children: [node], type: 'collapsible' }
    expect(() => lexicalToPlainText(state(node))).not.toThrow()
  })

  it('does not throw on getters that throw', () => {
    const hostile = {
      get root(): never {
        throw new Error('boom')
      },
    }
    expect(lexicalToPlainText(hostile)).toBe('')
  })
})
