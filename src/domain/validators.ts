import type { PayloadRequest } from 'payload'

import { normalizeBipUrl } from './bip-url'
import { say } from './labels'

type Ctx = { req: PayloadRequest }

/** Payload field validator for an optional http(s) URL, with the reason in the editor's language. */
export const validateHttpUrl = (value: null | string | undefined, { req }: Ctx): string | true => {
  if (!value) return true
  const check = normalizeBipUrl(value)
  if (check.ok) return true
  return check.reason === 'protocol'
    ? say(
        req,
        'Adres musi zaczynać się od http:// lub https://.',
        'The address must start with http:// or https://.',
      )
    : say(
        req,
        'To nie jest poprawny adres strony (np. https://bip.gmina.pl/wpis/123).',
        'This is not a valid web address.',
      )
}

export const validateSlug = (value: null | string | undefined, { req }: Ctx): string | true =>
  !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
    ? true
    : say(
        req,
        'Adres (slug) może zawierać tylko małe litery bez polskich znaków, cyfry i myślniki.',
        'The slug may contain only lower-case letters, digits and hyphens.',
      )
