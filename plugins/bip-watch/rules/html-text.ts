const NAMED: Record<string, string> = {
  Aacute: 'Á',
  aacute: 'á',
  amp: '&',
  apos: "'",
  bdquo: '„',
  Eacute: 'É',
  eacute: 'é',
  gt: '>',
  laquo: '«',
  ldquo: '“',
  lt: '<',
  mdash: '—',
  nbsp: ' ',
  ndash: '–',
  Oacute: 'Ó',
  oacute: 'ó',
  quot: '"',
  raquo: '»',
  rdquo: '”',
}

/** Character references as BIP pages use them (numeric ones, the common named ones). */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
    }
    return NAMED[ref] ?? whole
  })

const clean = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()

// Elements whose borders separate a label from its value in the markup BIP systems use.
const BLOCK =
  /<\/?(?:address|article|br|caption|dd|div|dl|dt|footer|h[1-6]|header|li|main|ol|p|section|span|strong|b|table|tbody|td|th|thead|tr|ul)\b[^>]*>/gi

/** The page's text cut into blocks at element borders, without scripts, styles and comments. */
export const textBlocks = (html: string): string[] =>
  html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .split(BLOCK)
    .map(clean)
    .filter(Boolean)

/** The whole visible text of a page, in one line. */
export const pageText = (html: string): string => textBlocks(html).join(' ')

/** The entry's headline: the first `h1`, else the first `h2`, else the document's `title`. */
export const headline = (html: string): null | string => {
  for (const tag of ['h1', 'h2', 'title']) {
    const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html)
    const text = match ? clean(match[1]) : ''
    if (text) return text
  }
  return null
}

/** Text compared loosely: case, quotes, punctuation and spacing do not matter. */
export const looseText = (text: string): string =>
  text
    .toLocaleLowerCase('pl-PL')
    .replace(/[„”“"'’‘«»]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
