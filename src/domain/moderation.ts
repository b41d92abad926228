import { option, valuesOf } from './labels'

/** What the office did on a profile; every such act goes into the public moderation register. */
export const MODERATION_ACTIONS = [
  option('comment_removed', 'Usunięcie komentarza', 'Comment removed'),
  option('comment_hidden', 'Ukrycie komentarza', 'Comment hidden'),
  option('user_blocked', 'Zablokowanie użytkownika', 'User blocked'),
  option('user_unblocked', 'Odblokowanie użytkownika', 'User unblocked'),
] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]['value']
export const MODERATION_ACTION_VALUES = valuesOf(MODERATION_ACTIONS)

/** Lifting a block breaks no rule; every other act must cite the rule that was broken. */
export const actionNeedsRule = (action: null | string | undefined) => action !== 'user_unblocked'

/** Complaints (skargi) about a removal or a block. */
export const COMPLAINT_STATES = [
  option('received', 'Wpłynęła', 'Received'),
  option('under_review', 'W rozpatrzeniu', 'Under review'),
  option('upheld', 'Uwzględniona', 'Upheld'),
  option('rejected', 'Nieuwzględniona', 'Rejected'),
] as const
export type ComplaintState = (typeof COMPLAINT_STATES)[number]['value']
export const COMPLAINT_STATE_VALUES = valuesOf(COMPLAINT_STATES)
export const isDecided = (state: null | string | undefined) =>
  state === 'upheld' || state === 'rejected'

/** What the register shows about the complaints concerning one entry. */
export const ENTRY_COMPLAINT_OUTCOMES = [
  option('none', 'Brak skarg', 'No complaints'),
  option('pending', 'Skarga w rozpatrzeniu', 'Complaint pending'),
  option('upheld', 'Skarga uwzględniona', 'Complaint upheld'),
  option('rejected', 'Skarga nieuwzględniona', 'Complaint rejected'),
] as const
export type EntryComplaintOutcome = (typeof ENTRY_COMPLAINT_OUTCOMES)[number]['value']

/**
 * One upheld complaint is enough to show that the office was wrong; otherwise an open complaint
 * matters more to the reader than an earlier rejected one.
 */
export const entryComplaintOutcome = (
  states: readonly (null | string | undefined)[],
): EntryComplaintOutcome => {
  if (states.includes('upheld')) return 'upheld'
  if (states.some((s) => s === 'received' || s === 'under_review')) return 'pending'
  if (states.includes('rejected')) return 'rejected'
  return 'none'
}

export type RuleCitation = {
  point: number
  quote?: null | string
  title?: null | string
  version: number
}

const SUMMARY_OPENING: Record<ModerationAction, string> = {
  comment_hidden: 'Ukryto komentarz',
  comment_removed: 'Usunięto komentarz',
  user_blocked: 'Zablokowano użytkownika',
  user_unblocked: 'Odblokowano użytkownika',
}

const QUOTE_MAX = 160

/** Shortens a quoted rule at a word boundary so the summary stays one readable line. */
export const shortQuote = (text: string, max = QUOTE_MAX) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/**
 * The public summary written when staff give none: what was done and which rule it enforced,
 * built only from the action and the rules text, so it can never carry a resident's data.
 */
export const defaultSummary = (action: ModerationAction, rule?: null | RuleCitation): string => {
  const opening = SUMMARY_OPENING[action]
  if (!rule || !actionNeedsRule(action)) return `${opening}.`
  const where = `pkt ${rule.point} zasad dyskusji${rule.title ? ` „${rule.title}”` : ''} (wersja ${rule.version})`
  const reason = action === 'user_blocked' ? `za naruszenie ${where}` : `naruszający ${where}`
  return rule.quote ? `${opening} ${reason}: „${shortQuote(rule.quote)}”.` : `${opening} ${reason}.`
}
