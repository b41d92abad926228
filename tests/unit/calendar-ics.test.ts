import { describe, expect, it } from 'vitest'

import { escapeText, foldLine, renderIcs, utcDateTime } from '../../plugins/desk/rules/ics'

const octets = (line: string) => new TextEncoder().encode(line).length
/** RFC 5545 unfolding: a line break followed by one space or tab disappears. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

describe('ICS rendering', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('Sesja; rada, gmina\\wieś\nDruga linia\r\nTrzecia')).toBe(
      'Sesja\\; rada\\, gmina\\\\wieś\\nDruga linia\\nTrzecia',
    )
  })

  it('writes UTC date-times', () => {
    expect(utcDateTime(new Date('2026-12-07T08:30:05.123Z'))).toBe('20261207T083005Z')
  })

  it('folds long lines at 75 octets without splitting a Polish letter', () => {
    const line = `SUMMARY:${'Zażółć gęślą jaźń 🚒 ogłoszenie wójta gminy Wisłotki. '.repeat(4)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75)
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true)
    // No piece ends or starts inside a character (a lone surrogate would be half an emoji).
    for (const part of parts)
      expect(part).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      )
    expect(unfold(folded)).toBe(line)
    expect(foldLine('DTSTART:20261207T083000Z')).toBe('DTSTART:20261207T083000Z')
  })

  it('renders a calendar with one event per post, CRLF line ends', () => {
    const ics = renderIcs({
      events: [
        {
          description: 'Stan: Zatwierdzony\nJednostka: OSP Wisłotki',
          lastModified: new Date('2026-12-01T10:00:00Z'),
          start: new Date('2026-12-07T08:30:00Z'),
          status: 'TENTATIVE',
          summary: 'Ćwiczenia OSP, zbiórka; 8:30',
          uid: 'post-12@herold.example',
          url: 'https://herold.example/admin/collections/posts/12',
        },
      ],
      name: 'Herold – kalendarz publikacji',
      now: new Date('2026-12-06T00:00:00Z'),
      prodId: '-//Herold//Kalendarz publikacji//PL',
    })
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = unfold(ics).split('\r\n')
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Herold//Kalendarz publikacji//PL',
    ])
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VEVENT',
        'UID:post-12@herold.example',
        'DTSTAMP:20261206T000000Z',
        'DTSTART:20261207T083000Z',
        'SUMMARY:Ćwiczenia OSP\\, zbiórka\\; 8:30',
        'DESCRIPTION:Stan: Zatwierdzony\\nJednostka: OSP Wisłotki',
        'URL:https://herold.example/admin/collections/posts/12',
        'STATUS:TENTATIVE',
        'LAST-MODIFIED:20261201T100000Z',
        'END:VEVENT',
      ]),
    )
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })
})
