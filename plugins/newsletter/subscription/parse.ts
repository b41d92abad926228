import { CATEGORIES } from '../../../src/domain/taxonomy'
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
): { email: string; errors: FieldErrors; preferences: Preferences } => {
  const errors: FieldErrors = {}
  const email = normalizeEmail(input.email)
  if (!email) errors.email = 'Podaj adres e-mail.'
  else if (!isValidEmail(email))
    errors.email = 'To nie wygląda na adres e-mail. Sprawdź, czy ma postać nazwa@domena.pl.'
  if (!truthy(input.consent))
    errors.consent = 'Zaznacz zgodę – bez niej nie możemy wysyłać wiadomości.'
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
    errors.preferences =
      'Wybrano nieznaną jednostkę, kategorię lub częstotliwość. Odśwież stronę i wybierz ponownie.'
  }
  const urgentAlerts = input.urgentAlerts === undefined ? false : truthy(input.urgentAlerts)
  if (!errors.preferences && digest === 'off' && !urgentAlerts)
    errors.preferences = 'Wybierz wydanie zbiorcze albo pilne komunikaty – inaczej nie wyślemy nic.'
  return { email, errors, preferences: { categories, digest, units, urgentAlerts } }
}
