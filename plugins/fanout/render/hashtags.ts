/**
 * Hashtags from category names. Facebook hashtags are letters and digits only (Polish letters
 * work), so words are joined in PascalCase: 'Sesje rady' → '#SesjeRady'.
 */

const capitalize = (word: string): string => {
  const [first = '', ...rest] = [...word]
  return first.toLocaleUpperCase('pl-PL') + rest.join('')
}

export const toHashtag = (words: string): string => {
  if (typeof words !== 'string') return ''
  const parts = words
    .normalize('NFC')
    // An apostrophe joins a word rather than splitting it.
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
  const body = parts.map(capitalize).join('')
  // Facebook does not link a hashtag made only of digits.
  if (!/\p{L}/u.test(body)) return ''
  return `#${body}`
}

export const uniqueHashtags = (tags: string[], max = 5): string[] => {
  const limit = typeof max === 'number' && !Number.isNaN(max) ? Math.max(0, Math.floor(max)) : 0
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of Array.isArray(tags) ? tags : []) {
    if (out.length >= limit) break
    if (typeof raw !== 'string') continue
    const tag = raw.trim()
    const key = tag.replace(/^#+/, '').normalize('NFC').toLocaleLowerCase('pl-PL')
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  return out
}
