/**
 * Where Facebook folds a post behind "… Zobacz więcej" in the feed. Facebook does not publish the
 * rule and it varies by device; this is the rule the preview uses, matching what the desktop and
 * mobile feeds show for text-only posts: the text is folded after its 5th line or at 480
 * characters, whichever comes first, moved back to the last space so no word is split. A text
 * that fits entirely is not folded. Lengths count Unicode code points, as Facebook's counter does.
 */
export const SEE_MORE: SeeMoreLimits = { maxChars: 480, maxLines: 5 }

export type SeeMoreLimits = { maxChars: number; maxLines: number }

export type SeeMore = {
  /** What the feed shows before "… Zobacz więcej". */
  visible: string
  /** What a reader sees only after clicking; empty when nothing is folded. */
  hidden: string
  /** Code points shown before the fold (the whole text when nothing is folded). */
  cutAt: number
}

export const seeMoreCut = (text: string, limits: SeeMoreLimits = SEE_MORE): SeeMore => {
  const chars = [...(typeof text === 'string' ? text : '')]
  // The end of the last allowed line, if the text has more lines than allowed.
  let lineEnd = chars.length
  let lines = 1
  for (let i = 0; i < chars.length; i += 1) {
    if (chars[i] !== '\n') continue
    if (lines === limits.maxLines) {
      lineEnd = i
      break
    }
    lines += 1
  }
  let cutAt = Math.min(lineEnd, limits.maxChars)
  if (cutAt >= chars.length) return { cutAt: chars.length, hidden: '', visible: chars.join('') }
  // Inside a word: go back to the space before it (a single huge word is cut where it is).
  if (cutAt < lineEnd && !/\s/u.test(chars[cutAt])) {
    let i = cutAt
    while (i > 0 && !/\s/u.test(chars[i - 1])) i -= 1
    if (i > 0) cutAt = i
  }
  return {
    cutAt,
    hidden: chars.slice(cutAt).join('').replace(/^\s+/u, ''),
    visible: chars.slice(0, cutAt).join('').trimEnd(),
  }
}
