/**
 * Shortens text to a length limit the way an editor would: at a sentence or paragraph end near
 * the limit, else between words, never inside a word. Lengths count Unicode code points, so a
 * Polish letter or an emoji is never split in half (cuts only happen at spaces and line breaks,
 * so multi-code-point emoji and combining marks stay whole too).
 */

/** A sentence or paragraph end counts only within this last share of the allowed length. */
const SENTENCE_WINDOW = 0.3

const SENTENCE_END = new Set(['.', '!', '?', '…'])
/** Closing quotes and brackets that belong to the sentence before them. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']'])
/** Punctuation that must not dangle before the ellipsis. */
const DANGLING = /[\s,;:\-–—([{„“"'‘«/\\&+*•·.]+$/u

/**
 * Abbreviations after which a full stop is not a sentence end (`ul. Długa`, `godz. 17`). Lower
 * case; compared with the word before the dot.
 */
const ABBREVIATIONS = new Set([
  'al',
  'art',
  'dr',
  'godz',
  'im',
  'in',
  'inż',
  'itd',
  'itp',
  'ks',
  'mgr',
  'min',
  'np',
  'nr',
  'ok',
  'os',
  'pkt',
  'pl',
  'poz',
  'prof',
  'r',
  'tel',
  'tj',
  'tys',
  'tzn',
  'tzw',
  'ul',
  'ust',
  'wg',
  'zob',
  'św',
])

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch)

/** The word (letters only) that ends right before index `dot`. */
const wordBefore = (chars: string[], dot: number): { word: string; lineStart: boolean } => {
  let i = dot
  while (i > 0 && !isSpace(chars[i - 1])) i -= 1
  const word = chars.slice(i, dot).join('')
  let j = i - 1
  while (j >= 0 && chars[j] !== '\n' && isSpace(chars[j])) j -= 1
  return { lineStart: j < 0 || chars[j] === '\n', word }
}

/**
 * If a sentence ends at index `i` (the punctuation mark), returns how many code points the
 * sentence keeps (up to and including closing quotes); otherwise -1.
 */
const sentenceEndAt = (chars: string[], i: number): number => {
  if (!SENTENCE_END.has(chars[i])) return -1
  let end = i + 1
  while (end < chars.length && (SENTENCE_END.has(chars[end]) || CLOSERS.has(chars[end]))) end += 1
  if (end < chars.length && !isSpace(chars[end])) return -1
  if (chars[i] === '.') {
    const { lineStart, word } = wordBefore(chars, i)
    const bare = word.replace(/^[("'„“«]+/u, '')
    if (ABBREVIATIONS.has(bare.toLocaleLowerCase('pl-PL'))) return -1
    // `1. ` at the start of a line is a list number, not a sentence.
    if (lineStart && /^\d{1,3}$/.test(bare)) return -1
    // A lower-case word after the dot means the sentence goes on (`ok. godz. 10`, `m.in. szkoły`).
    let next = end
    while (next < chars.length && isSpace(chars[next]) && chars[next] !== '\n') next += 1
    if (next < chars.length && chars[next] !== '\n' && /\p{Ll}/u.test(chars[next])) return -1
  }
  return end
}

/** A last line that is only a list marker (`1.`, `•`, `☐`) says nothing on its own. */
const LONE_MARKER = /\n[ \t]*(?:\d{1,3}[.)]?|[•☐☑▪◦*-])[ \t]*$/u

const finish = (kept: string, ellipsis: string): string => {
  const trimmed = kept.replace(DANGLING, '').replace(LONE_MARKER, '').replace(DANGLING, '')
  if (trimmed === '') return ''
  // `…` already says the text goes on; `?…` and `!…` are correct Polish, `.…` is not.
  return trimmed.endsWith('…') && ellipsis === '…' ? trimmed : trimmed + ellipsis
}

export const cutCleanly = (text: string, max: number, ellipsis = '…'): string => {
  if (typeof text !== 'string') return ''
  const chars = [...text]
  const limit = Number.isFinite(max) ? Math.floor(max) : 0
  if (chars.length <= limit) return text
  const trimmedEnd = text.trimEnd()
  if ([...trimmedEnd].length <= limit) return trimmedEnd

  const budget = limit - [...ellipsis].length
  if (budget <= 0) return ''

  // 1. A sentence end or line break in the last part of the allowed length.
  const windowStart = Math.floor(budget * (1 - SENTENCE_WINDOW))
  let best = -1
  for (let i = 0; i < budget; i += 1) {
    if (chars[i] === '\n' && i >= windowStart) best = Math.max(best, i)
    const end = sentenceEndAt(chars, i)
    if (end !== -1 && end <= budget && end >= windowStart) best = Math.max(best, end)
  }
  if (best > 0) {
    const result = finish(chars.slice(0, best).join(''), ellipsis)
    if (result !== '') return result
  }

  // 2. The last word boundary: a space or line break at or before the budget.
  for (let i = budget; i > 0; i -= 1) {
    if (isSpace(chars[i])) {
      const result = finish(chars.slice(0, i).join(''), ellipsis)
      if (result !== '') return result
    }
  }
  // A single word longer than the limit (a long address): nothing can be kept whole.
  return ''
}
