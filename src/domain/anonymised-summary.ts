/**
 * The public summary of a moderation act must not identify the resident (RODO; the register
 * documents decisions, it does not pillory anyone): no e-mail addresses, no web addresses (profile links above
 * all), no @handles, no phone numbers and none of the names the office knows from the snapshot.
 */

export type PersonalDataKind = 'email' | 'handle' | 'name' | 'phone' | 'url'
export type PersonalDataFinding = { kind: PersonalDataKind; match: string }

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu
// Scheme or www. addresses, and bare domains of the platforms where residents have profiles.
const URL_LIKE =
  /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/\S*/giu
const SOCIAL_DOMAIN =
  /\b(?:[a-z0-9-]+\.)*(?:facebook\.com|fb\.com|fb\.me|m\.me|instagram\.com|x\.com|twitter\.com|tiktok\.com|youtube\.com|youtu\.be|linkedin\.com|threads\.net|bsky\.app|t\.me|wa\.me)\b/giu
// A handle starts after a space or punctuation (an e-mail address has letters before its @).
const HANDLE = /(?<![\p{L}\p{N}_.@-])@[\p{L}\p{N}_.]{2,}/gu
// Polish numbers: 9 digits, optionally grouped 3-3-3 or 2-3-2-2, optionally after +48 / 0048.
const PHONE =
  /(?<![\p{N}])(?:(?:\+|00)48[\s-]?)?(?:\d{3}[\s-]?\d{3}[\s-]?\d{3}|\d{2}[\s-]\d{3}[\s-]\d{2}[\s-]\d{2})(?![\p{N}])/gu

/** Lower case without Polish diacritics, so that "Łukasz" and "lukasz" compare equal. */
const fold = (text: string) =>
  text
    .toLocaleLowerCase('pl-PL')
    .replace(/ł/g, 'l')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')

/**
 * Parts of a person's name worth looking for, as stems: Polish declines names
 * ("Kowalski" → "Kowalskiego"), so the last letter of longer parts is left open.
 */
const nameStems = (names: readonly (null | string | undefined)[]) =>
  names
    .flatMap((name) => (name ?? '').split(/[\s,.;:()"'„”]+/u))
    .map((part) => fold(part.replace(/[^\p{L}-]/gu, '')))
    .filter((part) => part.length >= 3)
    .map((part) => (part.length >= 5 ? part.slice(0, -1) : part))

const collect = (
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  into: PersonalDataFinding[],
) => {
  for (const m of text.matchAll(pattern)) into.push({ kind, match: m[0] })
}

export const findPersonalData = (
  text: null | string | undefined,
  options: { names?: readonly (null | string | undefined)[] } = {},
): PersonalDataFinding[] => {
  if (!text) return []
  const found: PersonalDataFinding[] = []
  collect(text, EMAIL, 'email', found)
  // Addresses inside an e-mail are already reported; look for the rest in what is left.
  const rest = text.replace(EMAIL, ' ')
  collect(rest, URL_LIKE, 'url', found)
  const withoutUrls = rest.replace(URL_LIKE, ' ')
  collect(withoutUrls, SOCIAL_DOMAIN, 'url', found)
  collect(withoutUrls, HANDLE, 'handle', found)
  collect(withoutUrls, PHONE, 'phone', found)
  const stems = nameStems(options.names ?? [])
  if (stems.length) {
    for (const word of withoutUrls.split(/[^\p{L}-]+/u).filter(Boolean)) {
      if (stems.some((stem) => fold(word).startsWith(stem)))
        found.push({ kind: 'name', match: word })
    }
  }
  return found
}

const WHAT: Record<PersonalDataKind, string> = {
  email: 'adres e-mail',
  handle: 'oznaczenie osoby (@…)',
  name: 'imię lub nazwisko autora',
  phone: 'numer telefonu',
  url: 'adres internetowy (np. profilu)',
}

/** Field validator message in Polish, or true when the summary is anonymous. */
export const checkAnonymisedSummary = (
  text: null | string | undefined,
  names: readonly (null | string | undefined)[] = [],
): string | true => {
  const found = findPersonalData(text, { names })
  if (!found.length) return true
  const listed = [...new Set(found.map((f) => `${WHAT[f.kind]}: „${f.match}”`))].join('; ')
  return `Publiczne podsumowanie nie może wskazywać mieszkańca. Usuń z niego: ${listed}. Opisz tylko, co zrobiono i którą zasadę naruszono.`
}
