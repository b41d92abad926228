import { describe, expect, it } from 'vitest'

import { parsePreviewInput } from '../../plugins/fanout/rules/preview-input'

const body = {
  root: { children: [], direction: null, format: '', indent: 0, type: 'root', version: 1 },
}

describe('parsePreviewInput: an unsaved post from the form', () => {
  it('takes the form’s values, relations as ids or documents', () => {
    const parsed = parsePreviewInput({
      data: {
        bipReference: { id: 7 },
        body,
        category: 'culture',
        channelCopy: { fanpage: 'Własny tekst', group: '', newsletter: null },
        id: '12',
        images: [3, '4', { id: 5 }],
        informationType: 'public_information',
        lead: 'Lead',
        slug: null,
        title: 'Festyn',
        unit: 2,
      },
    })
    expect(parsed).toEqual({
      ok: true,
      value: {
        bipReference: 7,
        body,
        category: 'culture',
        channelCopy: { fanpage: 'Własny tekst', group: null, newsletter: null },
        id: 12,
        images: [3, 4, 5],
        informationType: 'public_information',
        lead: 'Lead',
        slug: null,
        title: 'Festyn',
        unit: 2,
      },
    })
  })

  it('accepts a new, empty form', () => {
    const parsed = parsePreviewInput({ data: {} })
    expect(parsed.ok && parsed.value).toMatchObject({
      category: 'official',
      images: [],
      informationType: 'local_news',
      title: '',
      unit: null,
    })
  })

  it('names what is wrong', () => {
    const problem = (data: unknown) => {
      const parsed = parsePreviewInput(data)
      return parsed.ok ? null : parsed.problem
    }
    expect(problem('tekst')).toEqual({ key: 'fanout:live:badBody' })
    expect(problem({ data: [] })).toEqual({ key: 'fanout:live:badBody' })
    expect(problem({ data: { title: 5 } })).toEqual({
      key: 'fanout:live:badField',
      vars: { field: 'title' },
    })
    expect(problem({ data: { title: 'x'.repeat(201) } })).toEqual({
      key: 'fanout:live:tooLong',
      vars: { field: 'title', max: 200 },
    })
    expect(problem({ data: { category: 'nosuch' } })?.vars).toEqual({ field: 'category' })
    expect(problem({ data: { unit: -1 } })?.vars).toEqual({ field: 'unit' })
    expect(problem({ data: { unit: '1; drop table' } })?.vars).toEqual({ field: 'unit' })
    expect(problem({ data: { images: 'a' } })?.vars).toEqual({ field: 'images' })
    expect(
      problem({ data: { images: Array.from({ length: 11 }, (_, i) => i + 1) } })?.vars,
    ).toEqual({ field: 'images' })
    expect(problem({ data: { body: { root: 'x' } } })?.vars).toEqual({ field: 'body' })
    expect(problem({ data: { channelCopy: { fanpage: 'x'.repeat(5001) } } })?.vars).toEqual({
      field: 'channelCopy.fanpage',
      max: 5000,
    })
  })
})
