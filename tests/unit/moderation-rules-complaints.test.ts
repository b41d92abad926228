import { describe, expect, it } from 'vitest'

import { complaintErrorsFrom, parseComplaintForm } from '../../src/domain/complaint-form'
import {
  monthLabel,
  monthOf,
  monthRange,
  monthsBetween,
  parseMonth,
} from '../../src/domain/register-month'
import { rulePoints } from '../../src/domain/rule-points'
import { renderAnswer } from '../../src/moderation/complaint-email'
import { lexicalParagraphs } from '../../src/seed/lexical'

describe('register months', () => {
  it('parses only real months', () => {
    expect(parseMonth('2025-05')).toEqual({ month: 5, year: 2025 })
    for (const bad of ['2025-13', '2025-5', '25-05', '2025-05-01', '', null])
      expect(parseMonth(bad)).toBeNull()
  })

  it('cuts months at midnight in Warsaw, summer and winter time', () => {
    expect(monthRange('2025-06')).toEqual({
      from: new Date('2025-05-31T22:00:00Z'),
      to: new Date('2025-06-30T22:00:00Z'),
    })
    expect(monthRange('2025-01')).toEqual({
      from: new Date('2024-12-31T23:00:00Z'),
      to: new Date('2025-01-31T23:00:00Z'),
    })
    // October: starts in summer time, ends in winter time.
    expect(monthRange('2025-10')).toEqual({
      from: new Date('2025-09-30T22:00:00Z'),
      to: new Date('2025-10-31T23:00:00Z'),
    })
    expect(monthRange('2025-12')?.to).toEqual(new Date('2025-12-31T23:00:00Z'))
    expect(monthRange('nope')).toBeNull()
  })

  it('puts an instant in its Warsaw month', () => {
    expect(monthOf('2025-05-31T22:30:00Z')).toBe('2025-06')
    expect(monthOf('2025-05-31T21:30:00Z')).toBe('2025-05')
  })

  it('lists months newest first, with Polish names', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual([
      '2025-02',
      '2025-01',
      '2024-12',
      '2024-11',
    ])
    expect(monthsBetween('2025-03', '2025-02')).toEqual([])
    expect(monthLabel('2025-05')).toBe('maj 2025')
  })
})

describe('rulePoints', () => {
  const item = (text: string, children: unknown[] = []) => ({
    children: [{ text, type: 'text' }, ...children],
    type: 'listitem',
  })

  it('numbers the paragraphs of a text without lists', () => {
    expect(rulePoints(lexicalParagraphs('Pierwsza zasada.', '  ', 'Druga zasada.'))).toEqual([
      { number: 1, text: 'Pierwsza zasada.' },
      { number: 2, text: 'Druga zasada.' },
    ])
  })

  it('numbers the items of every top-level list when there are lists, keeping nested items with their point', () => {
    const state = {
      root: {
        children: [
          { children: [{ text: 'Wstęp.', type: 'text' }], type: 'paragraph' },
          {
            children: [item('Bez wulgaryzmów.'), item('Bez spamu', [])],
            listType: 'number',
            type: 'list',
          },
          { children: [{ text: 'Ponadto:', type: 'text' }], type: 'paragraph' },
          {
            children: [
              item('Bez danych osobowych', [
                { children: [item('także w zdjęciach')], listType: 'bullet', type: 'list' },
              ]),
            ],
            listType: 'bullet',
            type: 'list',
          },
        ],
        type: 'root',
      },
    }
    expect(rulePoints(state)).toEqual([
      { number: 1, text: 'Bez wulgaryzmów.' },
      { number: 2, text: 'Bez spamu' },
      { number: 3, text: 'Bez danych osobowych\n  • także w zdjęciach' },
    ])
    expect(rulePoints(JSON.stringify(state))).toHaveLength(3)
  })

  it('gives nothing for what is not a rules text', () => {
    expect(rulePoints(null)).toEqual([])
    expect(rulePoints('not json')).toEqual([])
    expect(rulePoints({ root: { children: 'x' } })).toEqual([])
  })
})

describe('parseComplaintForm', () => {
  const valid = {
    email: ' Ola@Example.PL ',
    entry: '17',
    message: '  Mój komentarz był rzeczowy.  ',
    name: '',
  }

  it('normalises a valid complaint', () => {
    expect(parseComplaintForm(valid)).toEqual({
      ok: true,
      values: {
        email: 'ola@example.pl',
        entryNumber: 17,
        message: 'Mój komentarz był rzeczowy.',
        name: null,
      },
    })
    expect(parseComplaintForm({ ...valid, entry: 'Nr. 17' })).toMatchObject({
      ok: true,
      values: { entryNumber: 17 },
    })
    expect(
      parseComplaintForm({ ...valid, entry: '#17', message: 'a\r\nb\rc długa treść' }),
    ).toMatchObject({ values: { message: 'a\nb\nc długa treść' } })
  })

  it('names every problem at once, and treats a filled trap field as a bot', () => {
    expect(
      parseComplaintForm({ email: 'x@y', entry: '0', message: 'krótko', name: 'n'.repeat(201) }),
    ).toEqual({ errors: ['entry', 'email', 'message', 'name'], ok: false })
    expect(parseComplaintForm({ ...valid, entry: '17abc' })).toEqual({
      errors: ['entry'],
      ok: false,
    })
    expect(parseComplaintForm({ ...valid, message: 'x'.repeat(5001) })).toEqual({
      errors: ['message'],
      ok: false,
    })
    expect(parseComplaintForm({ ...valid, website: 'http://spam.example' })).toEqual({
      errors: ['spam'],
      ok: false,
    })
    expect(parseComplaintForm({})).toEqual({ errors: ['entry', 'email', 'message'], ok: false })
    expect(parseComplaintForm({ email: 42, entry: ['1'], message: { a: 1 } })).toEqual({
      errors: ['entry', 'email', 'message'],
      ok: false,
    })
  })

  it('reads error codes back from the URL, ignoring unknown ones', () => {
    expect(complaintErrorsFrom('email,limit,<script>')).toEqual(['email', 'limit'])
    expect(complaintErrorsFrom(null)).toEqual([])
  })
})

describe('renderAnswer', () => {
  const input = {
    answer: 'Komentarz <b>nie</b> naruszał zasad.\n\nPrzywróciliśmy go.',
    complaintNumber: 4,
    entry: {
      action: 'comment_removed',
      channelName: 'Fanpage urzędu',
      number: 17,
      occurredAt: '2025-05-31T22:30:00.000Z',
    },
    name: 'Ola',
    receivedAt: '2025-06-02T08:00:00.000Z',
    rulesSlug: 'fanpage',
    signature: 'Referat Organizacyjny',
    siteUrl: 'https://gmina.example',
    state: 'upheld' as const,
  }

  it('says the same in the text and the HTML part, in Polish, with the register and rules links', () => {
    const { html, subject, text } = renderAnswer(input)
    expect(subject).toBe('Odpowiedź na skargę nr 4 – skarga uwzględniona')
    expect(text).toContain('Dzień dobry, Ola,')
    // The act's date is the gmina's: 00:30 on 1 June in Warsaw.
    expect(text).toContain(
      'dotyczącą wpisu nr 17 w rejestrze moderacji: usunięcie komentarza (Fanpage urzędu, 1 czerwca 2025).',
    )
    expect(text).toContain('Decyzja: Skarga została uwzględniona.')
    expect(text).toContain('https://gmina.example/rejestr-moderacji?nr=17')
    expect(text).toContain('https://gmina.example/zasady-dyskusji/fanpage')
    expect(html).toContain('<p>Komentarz &lt;b&gt;nie&lt;/b&gt; naruszał zasad.</p>')
    expect(html).toContain('<p>Przywróciliśmy go.</p>')
    expect(html).not.toContain('<b>nie</b>')
    expect(renderAnswer({ ...input, name: null, state: 'rejected' }).text).toMatch(
      /^Dzień dobry,\n[^]*Decyzja: Skarga nie została uwzględniona\./,
    )
  })
})
