import { say } from './labels'

/**
 * Which link addresses a rich text may carry: http(s), mailto, tel, relative paths and anchors.
 * Anything else (`javascript:`, `data:text/html`, `vbscript:`…) runs in the reader's browser.
 * The check reads the address the way a browser would, so disguises do not pass: any letter case,
 * leading spaces and control characters, tabs and newlines inside the scheme (`java\tscript:`),
 * HTML character references (`javascript&colon;`, `&#106;avascript:`) for readers that decode the
 * text once more, and backslashes, which browsers read as slashes. Protocol-relative addresses
 * (`//other.site`) are refused: an address of another site says its scheme.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
const MAX_DECODING_ROUNDS = 3

const NAMED_REFERENCES: Record<string, string> = { colon: ':', newline: '\n', sol: '/', tab: '\t' }

const decodeReferencesOnce = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) =>
      String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)),
    )
    .replace(
      /&(colon|newline|sol|tab);/gi,
      (_, name: string) => NAMED_REFERENCES[name.toLowerCase()],
    )

/** The address with references decoded until nothing changes (`&amp;colon;` too). */
const decodeReferences = (text: string) => {
  let current = text
  for (let round = 0; round < MAX_DECODING_ROUNDS; round++) {
    const next = decodeReferencesOnce(current.replace(/&amp;/gi, '&'))
    if (next === current) break
    current = next
  }
  return current
}

/** What the browser parses: no whitespace, control or invisible characters, backslashes as slashes. */
const asParsed = (text: string) =>
  text
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g,
      '',
    )
    .replace(/\\/g, '/')

const isSafeForm = (parsed: string): boolean => {
  if (parsed === '' || parsed.startsWith('#')) return true
  if (parsed.startsWith('//')) return false
  // A colon before the first `/`, `?` or `#` names a scheme (or is a disguise of one).
  const scheme = /^([^/?#]*):/.exec(parsed)?.[1]
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase())
}

/** Whether a link may point at `href`. An empty address is harmless (it links to the page itself). */
export const isSafeHref = (href: string): boolean =>
  isSafeForm(asParsed(href)) && isSafeForm(asParsed(decodeReferences(href)))

type LexicalNode = { children?: unknown; fields?: unknown; text?: unknown; url?: unknown }
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
const MAX_DEPTH = 50

/** The address a Lexical node links to: Payload's link and autolink keep it in `fields.url`, plain Lexical in `url`. */
const addressesOf = (node: LexicalNode): string[] =>
  [isObject(node.fields) ? node.fields.url : undefined, node.url].filter(
    (url): url is string => typeof url === 'string',
  )

const textOf = (node: LexicalNode, depth = 0): string =>
  depth > MAX_DEPTH
    ? ''
    : (typeof node.text === 'string' ? node.text : '') +
      (Array.isArray(node.children)
        ? node.children
            .filter(isObject)
            .map((child) => textOf(child, depth + 1))
            .join('')
        : '')

export type UnsafeLink = { text: string; url: string }

/**
 * Every link of a Lexical editor state whose address is not safe, with its text so the writer can
 * find it: links of every kind (custom or internal, autolinks) and any node carrying an address.
 */
export const unsafeLinksIn = (state: unknown): UnsafeLink[] => {
  const found: UnsafeLink[] = []
  const walk = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > MAX_DEPTH) return
    for (const url of addressesOf(node))
      if (!isSafeHref(url)) found.push({ text: textOf(node).trim(), url })
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1)
  }
  walk(isObject(state) ? state.root : undefined, 0)
  return found
}

/** An address shown in a message: invisible characters made visible, long ones cut. */
export const shownAddress = (url: string, max = 80): string => {
  const visible = JSON.stringify(url).slice(1, -1)
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible
}

/** Why a save is refused, naming each bad link so the writer can find it. */
export const unsafeLinksMessage = (
  req: { i18n?: { language?: string } } | undefined,
  links: UnsafeLink[],
): string => {
  const quoted = (text: string) => say(req, `„${text}”`, `“${text}”`)
  const named = links
    .map(
      (l) =>
        `${quoted(shownAddress(l.url))}${l.text ? ` (${say(req, 'tekst', 'text')}: ${quoted(shownAddress(l.text, 60))})` : ''}`,
    )
    .join(', ')
  return say(
    req,
    `${links.length > 1 ? 'Niedozwolone linki' : 'Niedozwolony link'}: ${named}. Link może prowadzić tylko do adresu zaczynającego się od http://, https://, mailto: lub tel:, do adresu względnego (/…) albo do kotwicy (#…).`,
    `${links.length > 1 ? 'Links not allowed' : 'Link not allowed'}: ${named}. A link may only lead to an address starting with http://, https://, mailto: or tel:, to a relative address (/…) or to an anchor (#…).`,
  )
}
