import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '../../src/domain/lexical-text'
import { autolink, link, Node, paragraph, state, text } from '../helpers/lexical-nodes'

describe('lexicalToPlainText', () => {
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
