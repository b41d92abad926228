/**
 * An editor's own text for one channel (`channelCopy` on a post) replaces the title, lead and body
 * of that channel's copy. The links that make a copy accountable are not the editor's to drop or
 * to move: the renderer always appends the footer (unit, BIP link, discussion rules, hashtags), so
 * any of those links or footer lines pasted into the override are removed here rather than
 * repeated. What is left is tidied; an override with no words left counts as none.
 */

export type ForcedLinks = {
  /** Addresses the renderer appends itself (the BIP entry, the post, the rules page). */
  urls: (null | string | undefined)[]
  /** Starts of the footer's lines as the renderer writes them ("Oficjalna publikacja w BIP:"). */
  footerLabels: string[]
}

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The editor's text without the forced links and footer lines; null when nothing remains. */
export const cleanCopyOverride = (override: unknown, forced: ForcedLinks): null | string => {
  if (typeof override !== 'string') return null
  const urls = forced.urls
    .filter((u): u is string => typeof u === 'string' && u.trim() !== '')
    .map((u) => u.trim())
  const labels = forced.footerLabels.map((l) => l.trim().toLocaleLowerCase('pl-PL')).filter(Boolean)
  let text = override.replace(/\r\n?/g, '\n')
  for (const url of urls) {
    // The address with or without its scheme or a trailing slash, as an editor might paste it.
    const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '')
    text = text.replace(new RegExp(`(?:https?:\\/\\/)?${escapeRegExp(bare)}\\/?`, 'gi'), '')
  }
  const kept = text
    .split('\n')
    .filter((line) => {
      const lower = line.trim().toLocaleLowerCase('pl-PL')
      return !labels.some((label) => lower.startsWith(label))
    })
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return /[\p{L}\p{N}]/u.test(kept) ? kept : null
}
