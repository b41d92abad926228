import { domainToASCII } from 'node:url'

/**
 * The one spelling of an address we store and compare: trimmed, lower-cased, the domain in its
 * ASCII (punycode) form, so "Jan@Gmina.PL " and "jan@gmina.pl" are one subscriber and an address
 * at a Polish-lettered domain can be stored and mailed. Anything but text is the empty address.
 */
export const normalizeEmail = (value: unknown): string => {
  if (typeof value !== 'string') return ''
  const trimmed = value.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  const domain = trimmed.slice(at + 1)
  if (at < 0 || /^\p{ASCII}*$/u.test(domain)) return trimmed
  const ascii = domainToASCII(domain)
  return ascii ? `${trimmed.slice(0, at)}@${ascii}` : trimmed
}

// Exactly the shape Payload's email field accepts, so that an address the form lets through is never
// refused by the database afterwards with a generic English error: no dot at either end of the
// local part or two in a row, ASCII letters only, a dotted domain ending in letters.
const STORABLE =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** A normalised address we can store and send to (RFC 5321 lengths: 64 before the @, 254 in all). */
export const isValidEmail = (email: string) =>
  email.length <= 254 && email.indexOf('@') <= 64 && STORABLE.test(email)
