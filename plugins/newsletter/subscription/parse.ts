import { CATEGORIES } from '../../../src/domain/taxonomy'
import { type NewsletterT, newsletterPolish } from '../translate'
import type { Preferences } from '../types'
import { isValidEmail, normalizeEmail } from './email-address'

// The check matches what the subscribers' email field stores, so the form's message is the one residents see.
export { isValidEmail, normalizeEmail }

export type SubscribeInput = {
  categories?: unknown
  consent?: unknown
  digest?: unknown
  email?: unknown
  units?: unknown
  urgentAlerts?: unknown
}
export type FieldErrors = Partial<Record<'consent' | 'email' | 'preferences', string>>

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null || value === '' ? [] : [value]).map(String)
const truthy = (value: unknown) =>
  value === true || value === 'on' || value === 'true' || value === '1'

/** Validates what the form sent; unknown units or categories are refused rather than dropped. */
export const parseSubscription = (
  input: SubscribeInput,
  unitIds: (number | string)[],
  t: NewsletterT = newsletterPolish,
): { email: string; errors: FieldErrors; preferences: Preferences } => {
  const errors: FieldErrors = {}
  const email = normalizeEmail(input.email)
  if (!email) errors.email = t('newsletter:form-noEmail')
  else if (!isValidEmail(email)) errors.email = t('newsletter:form-badEmail')
  if (!truthy(input.consent)) errors.consent = t('newsletter:form-noConsent')
  const categories = list(input.categories)
  // Ids arrive as text from forms; the relationship wants them as the database has them (numbers on SQL).
  const units = list(input.units).map((u) => unitIds.find((id) => String(id) === u) ?? u)
  const digest = (
    typeof input.digest === 'string' ? input.digest : 'weekly'
  ) as Preferences['digest']
  if (
    categories.some((c) => !CATEGORIES.some((k) => k.value === c)) ||
    units.some((u) => !unitIds.some((id) => String(id) === String(u))) ||
    !['daily', 'off', 'weekly'].includes(digest)
  ) {
    errors.preferences = t('newsletter:form-unknownChoice')
  }
  const urgentAlerts = input.urgentAlerts === undefined ? false : truthy(input.urgentAlerts)
  if (!errors.preferences && digest === 'off' && !urgentAlerts)
    errors.preferences = t('newsletter:form-nothingChosen')
  return { email, errors, preferences: { categories, digest, units, urgentAlerts } }
}
