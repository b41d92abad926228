/**
 * Warnings about what a Facebook group's automatic moderation tends to hold for review: link shorteners, many links, all caps, many hashtags, many emoji
 * and a phone number in the first line. Advice for the editor before the hand-over, never a block.
 * Every rule and threshold lives in this file; the texts are the fan-out's translations.
 */
import { type FanoutT, plural, polishT } from '../i18n'

export const GROUP_LINT = {
  maxLinks: 2,
  maxHashtags: 5,
  maxEmoji: 8,
  capsRatio: 0.6,
  capsMinLetters: 20,
  shorteners: [
    'bit.ly',
    'tinyurl.com',
    'goo.gl',
    't.co',
    'ow.ly',
    'is.gd',
    'buff.ly',
    'cutt.ly',
    'rebrand.ly',
    'shorturl.at',
    'tiny.cc',
    'rb.gy',
    't.ly',
    's.id',
  ],
} as const

export type GroupLintLimits = {
  maxLinks: number
  maxHashtags: number
  maxEmoji: number
  capsRatio: number
  capsMinLetters: number
  shorteners: readonly string[]
}

export type LintWarning = {
  rule: 'shortener' | 'links' | 'caps' | 'hashtags' | 'emoji' | 'phone_first_line'
  /** Polish, tells the editor what to change. */
  message: string
}

// ---- text scanning -----------------------------------------------------------------------------

/** http(s) addresses and bare `www.` hosts, up to the first space or quote. */
const URL_PATTERN = /(?:\bhttps?:\/\/|(?<![\p{L}\p{N}@./-])www\.)[^\s<>"'„”“«»]+/giu
/** Punctuation that ends the sentence around an address rather than the address itself. */
const URL_TAIL = /[.,;:!?)\]}'"…]+$/u
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu
/** A hashtag has at least one letter; `#1` is not linked by Facebook. */
const HASHTAG_PATTERN = /(?<![\p{L}\p{N}_&#/])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu

const findUrls = (text: string): string[] =>
  [...text.matchAll(URL_PATTERN)].map((m) => m[0].replace(URL_TAIL, ''))

const hostOf = (url: string): string => {
  const withoutScheme = url.replace(/^https?:\/\//i, '')
  const host = withoutScheme
    .split(/[/?#]/, 1)[0]
    .replace(/^[^@]*@/, '')
    .replace(/:\d+$/, '')
  return host.toLowerCase().replace(/\.$/, '')
}

const isShortener = (host: string, shorteners: readonly string[]): string | null =>
  shorteners.find((s) => host === s || host.endsWith(`.${s}`)) ?? null

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Shortened links are often pasted without a scheme: `bit.ly/abc`. */
const bareShortenerHosts = (text: string, shorteners: readonly string[]): string[] => {
  if (!shorteners.length) return []
  const hosts = shorteners.map(escapeRegExp).join('|')
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}@./_-])(?:[a-z0-9-]+\\.)*(?:${hosts})/[^\\s]+`,
    'giu',
  )
  return [...text.matchAll(pattern)].map((m) => hostOf(m[0]))
}

/** Pictographs, plus flags (regional indicator pairs) and keycaps (1️⃣), which are not pictographic. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u

const emojiCount = (text: string): number => {
  // One grapheme is one emoji for the reader, even a family or a flag of several code points.
  const segmenter = new Intl.Segmenter('pl', { granularity: 'grapheme' })
  let count = 0
  for (const { segment } of segmenter.segment(text)) if (EMOJI.test(segment)) count += 1
  return count
}

/**
 * Polish phone numbers: mobile `123 456 789`, `123-456-789`, landline `12 345 67 89`,
 * `(12) 345 67 89`, optionally after `+48` / `0048` (then also without separators). Dates
 * (`12.05.2025`, `2025-05-12`), case references (`OR-03.0003.417.2025`) and postal codes
 * (`34-100`) have other digit groups and do not match. Digits or digit groups glued on either side
 * (longer numbers, amounts) are excluded by the look-arounds.
 */
const SEP = '[ \\u00A0-]'
const MOBILE = `\\d{3}${SEP}\\d{3}${SEP}\\d{3}`
const LANDLINE = `(?:\\(\\d{2}\\)${SEP}?|\\d{2}${SEP})\\d{3}${SEP}\\d{2}${SEP}\\d{2}`
const WITH_PREFIX = `(?:\\+|00)48${SEP}?(?:\\d{3}${SEP}?\\d{3}${SEP}?\\d{3}|\\(?\\d{2}\\)?${SEP}?\\d{3}${SEP}?\\d{2}${SEP}?\\d{2})`
const PHONE_PATTERN = new RegExp(
  `(?<![\\d+])(?<!\\d[.,/ \\u00A0-])(?:${WITH_PREFIX}|${MOBILE}|${LANDLINE})(?!\\d)(?![.,/ \\u00A0-]\\d)(?!\\s*(?:zł|pln|złotych|mln|tys)(?!\\p{L}))`,
  'iu',
)

const firstLine = (text: string): string =>
  text.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''

// ---- the rules ---------------------------------------------------------------------------------

export const lintGroupPost = (
  text: string,
  limits: Partial<GroupLintLimits> = GROUP_LINT,
  t: FanoutT = polishT,
): LintWarning[] => {
  if (typeof text !== 'string' || text.trim() === '') return []
  const l: GroupLintLimits = { ...GROUP_LINT, ...limits }
  const warnings: LintWarning[] = []
  const urls = findUrls(text)

  // Link shorteners hide where a link leads; moderation holds them.
  const shortened = new Set<string>()
  for (const host of [...urls.map(hostOf), ...bareShortenerHosts(text, l.shorteners)]) {
    const shortener = isShortener(host, l.shorteners)
    if (shortener) shortened.add(shortener)
  }
  if (shortened.size) {
    warnings.push({
      message: t('fanout:lintShortener', { list: [...shortened].join(', ') }),
      rule: 'shortener',
    })
  }

  // Many links: the same address twice is still one link for the reader.
  const distinct = new Set(
    urls.map((url) =>
      url
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/+$/, ''),
    ),
  )
  if (distinct.size > l.maxLinks) {
    warnings.push({
      message: t('fanout:lintLinks', {
        links: plural(t, 'fanout:linkCount', distinct.size),
        max: plural(t, 'fanout:moreLinks', l.maxLinks),
      }),
      rule: 'links',
    })
  }

  // All caps, counted on the words only: addresses, e-mails and hashtags do not count.
  const words = text
    .replace(URL_PATTERN, ' ')
    .replace(EMAIL_PATTERN, ' ')
    .replace(HASHTAG_PATTERN, ' ')
  const upper = (words.match(/\p{Lu}|\p{Lt}/gu) ?? []).length
  const letters = upper + (words.match(/\p{Ll}/gu) ?? []).length
  if (letters >= l.capsMinLetters && letters > 0 && upper / letters >= l.capsRatio) {
    warnings.push({
      message: t('fanout:lintCaps', { percent: Math.round((upper / letters) * 100) }),
      rule: 'caps',
    })
  }

  const hashtags = (text.replace(URL_PATTERN, ' ').match(HASHTAG_PATTERN) ?? []).length
  if (hashtags > l.maxHashtags) {
    warnings.push({
      message: t('fanout:lintHashtags', {
        hashtags: plural(t, 'fanout:hashtagCount', hashtags),
        max: l.maxHashtags,
      }),
      rule: 'hashtags',
    })
  }

  const emoji = emojiCount(text)
  if (emoji > l.maxEmoji) {
    warnings.push({
      message: t('fanout:lintEmoji', { emoji, max: l.maxEmoji }),
      rule: 'emoji',
    })
  }

  const phone = PHONE_PATTERN.exec(firstLine(text).replace(URL_PATTERN, ' '))
  if (phone) {
    warnings.push({
      message: t('fanout:lintPhone', { phone: phone[0] }),
      rule: 'phone_first_line',
    })
  }

  return warnings
}
