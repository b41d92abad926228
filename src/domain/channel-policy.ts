import { polishLabelOf, valuesOf } from './labels'
import { CATEGORIES, CHANNELS, type Category, type Channel } from './taxonomy'

/**
 * Per-category channel policy: channels a post of the category must reach and channels it must not
 * use. Seed 002: information about consultations is to reach every channel the gmina runs.
 */
export type PolicyRow = {
  category: Category | string
  forbidden?: (Channel | string)[] | null
  reason?: null | string
  required?: (Channel | string)[] | null
}

export const ALL_CHANNELS: Channel[] = valuesOf(CHANNELS)

export const DEFAULT_CHANNEL_POLICY: PolicyRow[] = [
  {
    category: 'consultations',
    forbidden: [],
    reason:
      'Konsultacje społeczne muszą dotrzeć do wszystkich mieszkańców – każdym kanałem, którym gmina się z nimi komunikuje.',
    required: [...ALL_CHANNELS],
  },
]

/** The stored policy, or the default when nobody has saved one yet (an empty saved list means "no rules"). */
export const resolvePolicy = (
  stored: null | undefined | { rules?: null | PolicyRow[]; updatedAt?: null | string },
): PolicyRow[] => (stored?.updatedAt ? (stored.rules ?? []) : DEFAULT_CHANNEL_POLICY)

export const policyFor = (rows: readonly PolicyRow[], category: null | string | undefined) =>
  (category ? rows.find((r) => r.category === category) : undefined) ?? null

export type PolicyCheck = { forbidden: string[]; missing: string[]; reason: null | string }

/** Which required channels a post lacks and which forbidden ones it has, in the order channels are listed. */
export const checkChannelPolicy = (
  rows: readonly PolicyRow[],
  category: null | string | undefined,
  channels: null | readonly string[] | undefined,
): PolicyCheck => {
  const row = policyFor(rows, category)
  const chosen = new Set(channels ?? [])
  const ordered = (list: null | readonly string[] | undefined) =>
    ALL_CHANNELS.filter((c) => (list ?? []).includes(c))
  return {
    forbidden: ordered(row?.forbidden).filter((c) => chosen.has(c)),
    missing: ordered(row?.required).filter((c) => !chosen.has(c)),
    reason: row?.reason?.trim() || null,
  }
}

const names = (channels: readonly string[]) => {
  const quoted = channels.map((c) => `„${polishLabelOf(CHANNELS, c)}”`)
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(', ')} i ${quoted.at(-1)}`
    : quoted.join('')
}
const categoryName = (category: null | string | undefined) => polishLabelOf(CATEGORIES, category)

/** The refusal an approver reads, naming the channels to add or remove; null when the post complies. */
export const channelPolicyProblem = (
  rows: readonly PolicyRow[],
  category: null | string | undefined,
  channels: null | readonly string[] | undefined,
): null | string => {
  const check = checkChannelPolicy(rows, category, channels)
  if (!check.missing.length && !check.forbidden.length) return null
  const parts = [
    check.missing.length
      ? `dodaj ${check.missing.length === 1 ? 'kanał' : 'kanały'} ${names(check.missing)}`
      : '',
    check.forbidden.length
      ? `usuń ${check.forbidden.length === 1 ? 'kanał' : 'kanały'} ${names(check.forbidden)}`
      : '',
  ].filter(Boolean)
  // No colon: the admin's error toast would cut the message there into a list.
  return `Wpis z kategorii „${categoryName(category)}” nie spełnia zasad kanałów publikacji – ${parts.join('; ')}.${check.reason ? ` ${check.reason}` : ''}`
}

/** What the editor reads under the channels field: the policy of the chosen category, or null. */
export const describePolicy = (
  rows: readonly PolicyRow[],
  category: null | string | undefined,
): null | string => {
  const row = policyFor(rows, category)
  const check = checkChannelPolicy(rows, category, [])
  const forbidden = ALL_CHANNELS.filter((c) => (row?.forbidden ?? []).includes(c))
  if (!row || (!check.missing.length && !forbidden.length)) return null
  const parts = [
    check.missing.length ? `wymagane kanały: ${names(check.missing)}` : '',
    forbidden.length ? `niedozwolone kanały: ${names(forbidden)}` : '',
  ].filter(Boolean)
  return `Kategoria „${categoryName(category)}” – ${parts.join('; ')}.${check.reason ? ` ${check.reason}` : ''}`
}

/** Admin-side validation of the policy itself: one row per category, no channel both required and forbidden. */
export const validatePolicyRows = (
  rows: null | readonly PolicyRow[] | undefined,
): string | true => {
  const seen = new Set<string>()
  for (const [i, row] of (rows ?? []).entries()) {
    if (seen.has(row.category))
      return `Kategoria „${categoryName(row.category)}” występuje więcej niż raz (wiersz ${i + 1}). Połącz te wiersze w jeden.`
    seen.add(row.category)
    const both = ALL_CHANNELS.filter(
      (c) => (row.required ?? []).includes(c) && (row.forbidden ?? []).includes(c),
    )
    if (both.length)
      return `Kategoria „${categoryName(row.category)}”: ${names(both)} nie może być jednocześnie wymagany i niedozwolony.`
  }
  return true
}
