/** One event of a calendar feed. */
export type IcsEvent = {
  description: string
  lastModified?: Date
  start: Date
  status: 'CONFIRMED' | 'TENTATIVE'
  summary: string
  uid: string
  url: string
}

export type IcsCalendar = { events: readonly IcsEvent[]; name: string; now: Date; prodId: string }

const CRLF = '\r\n'
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/** A UTC date-time (RFC 5545 3.3.5, form #2): `20261207T083000Z`. */
export const utcDateTime = (at: Date): string =>
  at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')

/**
 * A content line folded (RFC 5545 3.1): no line longer than 75 octets, each continuation starting
 * with one space, never splitting a character's UTF-8 bytes.
 */
export const foldLine = (line: string): string => {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // Continuation lines carry the leading space within their 75 octets.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join(`${CRLF} `)
}

const eventLines = (event: IcsEvent, stamp: string): string[] => [
  'BEGIN:VEVENT',
  `UID:${escapeText(event.uid)}`,
  `DTSTAMP:${stamp}`,
  `DTSTART:${utcDateTime(event.start)}`,
  `SUMMARY:${escapeText(event.summary)}`,
  `DESCRIPTION:${escapeText(event.description)}`,
  // A URI value, not TEXT: its commas and semicolons stay as they are.
  `URL:${event.url}`,
  `STATUS:${event.status}`,
  ...(event.lastModified ? [`LAST-MODIFIED:${utcDateTime(event.lastModified)}`] : []),
  'END:VEVENT',
]

/** An iCalendar file (RFC 5545) of the events, with CRLF line ends and folded lines. */
export const renderIcs = ({ events, name, now, prodId }: IcsCalendar): string => {
  const stamp = utcDateTime(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
