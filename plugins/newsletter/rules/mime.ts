/**
 * Just enough MIME (RFC 2045/2046) to read bounce and abuse reports: headers, nested multiparts,
 * base64 and quoted-printable. An attached message (message/rfc822) stays one part: its own
 * headers are the reported message's, not the report's.
 */

export type Headers = Map<string, string[]>

export type MimePart = {
  body: string
  headers: Headers
  params: Record<string, string>
  type: string
}

/** Header block and body, split at the first empty line. */
export const splitMessage = (raw: string) => {
  const match = /\r?\n\r?\n/.exec(raw)
  return match
    ? { body: raw.slice(match.index + match[0].length), head: raw.slice(0, match.index) }
    : { body: '', head: raw }
}

/** Header fields by lower-case name, folded lines joined. */
export const parseHeaders = (head: string): Headers => {
  const headers: Headers = new Map()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()])
  }
  return headers
}

export const header = (headers: Headers, name: string) => headers.get(name)?.[0] ?? ''

/** "multipart/report; report-type=delivery-status; boundary="x"" as a type and its parameters. */
export const parseContentType = (value: string) => {
  const [type = '', ...rest] = value.split(';')
  const params: Record<string, string> = {}
  for (const param of rest) {
    const eq = param.indexOf('=')
    if (eq > 0)
      params[param.slice(0, eq).trim().toLowerCase()] = param
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1')
  }
  return { params, type: type.trim().toLowerCase() || 'text/plain' }
}

const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

const decode = (body: string, encoding: string) => {
  const cte = encoding.toLowerCase()
  if (cte === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (cte === 'quoted-printable') return decodeQuotedPrintable(body)
  return body
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The parts between the boundary lines, preamble and epilogue left out. */
const splitMultipart = (body: string, boundary: string) => {
  const pieces = body.split(new RegExp(`^--${escape(boundary)}(?:--)?[ \\t]*\\r?$`, 'm'))
  // Without its closing delimiter (a truncated report) the last part is still a part.
  const closed = body.includes(`--${boundary}--`)
  return pieces.slice(1, closed ? -1 : undefined).map((part) => part.replace(/^\r?\n/, ''))
}

/** The message's leaf parts in order (multiparts walked into, at most a few levels deep). */
export const leafParts = (raw: string, depth = 0): MimePart[] => {
  const { body, head } = splitMessage(raw)
  const headers = parseHeaders(head)
  const { params, type } = parseContentType(header(headers, 'content-type'))
  if (type.startsWith('multipart/') && params.boundary && depth < 5)
    return splitMultipart(body, params.boundary).flatMap((part) => leafParts(part, depth + 1))
  return [
    { body: decode(body, header(headers, 'content-transfer-encoding')), headers, params, type },
  ]
}
