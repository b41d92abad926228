import { type FanoutT, polishT } from '../i18n'
import { cleanCopyOverride } from './copy-override'
import { cutCleanly } from './cut'

/**
 * The text of a post on Facebook (the Page and the residents' group). Deterministic: the same
 * input gives exactly the same message, which is how an earlier post is recognised by its text.
 * The footer (unit, official source, discussion rules, hashtags) is never cut; when the message
 * is too long, the body gives way first, then the lead, then the title. Its own words come from
 * `t`: the install's language (Polish by default). An editor's `override` for the channel takes
 * the place of title, lead and body; the footer's links stay (`copy-override.ts`).
 */

export type SocialCopyInput = {
  title: string
  lead?: string | null
  bodyText?: string | null
  unitName: string
  hashtags?: string[]
  bipUrl?: string | null
  postUrl?: string | null
  rulesUrl?: string | null
  urgent?: boolean
  maxLength: number
  /** The editor's own text for this channel (`channelCopy`), if any. */
  override?: null | string
}

/** `shortened`: whether the text had to be cut to fit `maxLength`. */
export type SocialCopy = { message: string; link: string | null; shortened: boolean }

const BLOCK_SEPARATOR = '\n\n'

const length = (text: string): number => [...text].length

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Unix line ends, no trailing spaces, at most one blank line in a row, nothing at the edges. */
const tidy = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/** A title is one line. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

const join = (blocks: string[]): string =>
  blocks.filter((block) => block !== '').join(BLOCK_SEPARATOR)

/** What remains for one more block once `others` are in the message. */
const roomFor = (others: string[], maxLength: number): number => {
  const taken = join(others)
  return maxLength - length(taken) - (taken === '' ? 0 : length(BLOCK_SEPARATOR))
}

export const renderSocialCopy = (input: SocialCopyInput, t: FanoutT = polishT): SocialCopy => {
  const maxLength = input.maxLength
  if (typeof maxLength !== 'number' || !Number.isFinite(maxLength) || maxLength <= 0) {
    throw new Error(
      `renderSocialCopy: maxLength must be a positive number, got ${String(maxLength)}`,
    )
  }

  const bipUrl = str(input.bipUrl).trim()
  const postUrl = str(input.postUrl).trim()
  const rulesUrl = str(input.rulesUrl).trim()
  const unitName = oneLine(str(input.unitName))
  const hashtags = (Array.isArray(input.hashtags) ? input.hashtags : [])
    .map((tag) => str(tag).trim())
    .filter(Boolean)

  const footer = [
    unitName ? `— ${unitName}` : '',
    bipUrl ? t('fanout:copy:official', { url: bipUrl }) : '',
    !bipUrl && postUrl ? t('fanout:copy:more', { url: postUrl }) : '',
    rulesUrl ? t('fanout:copy:rules', { url: rulesUrl }) : '',
    hashtags.join(' '),
  ]
    .filter(Boolean)
    .join('\n')

  if (length(footer) > maxLength) {
    throw new Error(
      `renderSocialCopy: the footer alone is ${length(footer)} characters, more than maxLength ${maxLength}; ` +
        'shorten the unit name, the URLs or the hashtags',
    )
  }

  const prefix = input.urgent ? t('fanout:copy:urgent') : ''
  const override = cleanCopyOverride(input.override, {
    footerLabels: [
      t('fanout:copy:official', { url: '' }),
      t('fanout:copy:more', { url: '' }),
      t('fanout:copy:rules', { url: '' }),
    ],
    urls: [bipUrl, postUrl, rulesUrl],
  })
  const titleText = override ? '' : oneLine(str(input.title))
  // Without a title the urgent marker still stands on its own.
  const titleLine = (text: string): string => (text ? prefix + text : prefix.replace(/:\s*$/, ''))
  let title = override ? '' : titleLine(titleText)
  let lead = override ? '' : tidy(str(input.lead))
  let body = override ? prefix + override : tidy(str(input.bodyText))

  const message = (): string => join([title, lead, body, footer])
  const full = message()

  if (length(message()) > maxLength) {
    body = cutCleanly(body, roomFor([title, lead, footer], maxLength))
  }
  if (length(message()) > maxLength) {
    body = ''
    lead = cutCleanly(lead, roomFor([title, footer], maxLength))
  }
  if (length(message()) > maxLength) {
    lead = ''
    const room = roomFor([footer], maxLength)
    const cut = cutCleanly(titleText, room - length(prefix))
    title = cut ? prefix + cut : ''
    if (!title && prefix && length(titleLine('')) <= room) title = titleLine('')
  }

  return { link: bipUrl || postUrl || null, message: message(), shortened: message() !== full }
}
