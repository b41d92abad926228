import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it } from 'vitest'

import { cleanFeedHtml } from '../../plugins/fanout/rules/feed-html'
import {
  heading,
  item,
  linebreak,
  link,
  list,
  type Node,
  paragraph,
  quote,
  text,
} from '../helpers/lexical-nodes'

/** What Payload's converter writes for these nodes: the HTML the feed receives. */
const converted = (...children: Node[]) =>
  convertLexicalToHTML({
    data: {
      root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
    } as unknown as SerializedEditorState, // the builders make plain objects of Lexical's shape
    disableContainer: true,
  })

describe('cleanFeedHtml: the converter’s editor leftovers out of content:encoded', () => {
  it('turns list items into plain <li>, keeping the list classes', () => {
    const raw = converted(
      list('number', [item([text('jeden')]), item([text('dwa')], { value: 2 })]),
      list('bullet', [item([text('a')]), item([text('b')], { value: 2 })]),
    )
    // The leftovers are really there: the rule is tested on what the converter writes today.
    expect(raw).toContain('class=""')
    expect(raw).toContain('style=""')
    expect(raw).toContain('value="1"')
    expect(cleanFeedHtml(raw)).toBe(
      '<ol class="list-number"><li>jeden</li><li>dwa</li></ol><ul class="list-bullet"><li>a</li><li>b</li></ul>',
    )
  })

  it('keeps a value that changes the numbering, and counts on from it', () => {
    const raw = converted(
      list('number', [
        item([text('trzy')], { value: 3 }),
        item([text('cztery')], { value: 4 }),
        item([text('dziesięć')], { value: 10 }),
      ]),
    )
    expect(cleanFeedHtml(raw)).toBe(
      '<ol class="list-number"><li value="3">trzy</li><li>cztery</li><li value="10">dziesięć</li></ol>',
    )
  })

  it('counts each nested list on its own', () => {
    const raw = converted(
      list('number', [
        item([text('a')]),
        item([list('number', [item([text('a1')]), item([text('a2')], { value: 2 })])], {
          value: 2,
        }),
        item([text('b')], { value: 3 }),
      ]),
    )
    const clean = cleanFeedHtml(raw)
    expect(clean).not.toMatch(/value=|class=""|style=""/)
    expect(clean).toContain('<li>a1</li><li>a2</li></ol>')
    expect(clean).toContain('<li>b</li></ol>')
  })

  it('makes a checklist item a disabled checkbox without the random id, and HTML attribute names', () => {
    const raw = converted(list('check', [item([text('zrobione')], { checked: true })]))
    expect(raw).toMatch(/id="[0-9a-f-]{36}"/)
    expect(raw).toContain('htmlFor=')
    const clean = cleanFeedHtml(raw)
    expect(clean).toContain(
      '<li class="list-item-checkbox list-item-checkbox-checked" style="list-style-type: none;">',
    )
    expect(clean).toContain('<input checked type="checkbox" disabled>')
    expect(clean).toContain('<label>zrobione</label>')
    expect(clean).not.toMatch(/htmlFor|tabIndex|readOnly|role=|aria-checked|id=|\/>/)
    // Two conversions of the same text now give the same bytes (the feed's ETag stays).
    expect(
      cleanFeedHtml(converted(list('check', [item([text('zrobione')], { checked: true })]))),
    ).toBe(clean)
  })

  it('leaves meaningful markup as it is', () => {
    const raw = converted(
      paragraph(text('Zwykły'), text(' pogrubiony', 1)),
      heading('h2', text('Nagłówek')),
      quote(text('cytat')),
      paragraph(link('https://bip.example/a?x=1&y=2', [text('link')]), linebreak, text('dalej')),
      { ...paragraph(text('na środku')), format: 'center' },
    )
    expect(cleanFeedHtml(raw)).toBe(
      '<p>Zwykły<strong> pogrubiony</strong></p><h2>Nagłówek</h2><blockquote>cytat</blockquote>' +
        '<p><a href="https://bip.example/a?x=1&amp;y=2">link</a><br>dalej</p>' +
        '<p style="text-align: center;">na środku</p>',
    )
  })
})
