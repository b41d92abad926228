import { findCaseReferences } from './case-reference'

/**
 * "Czy to nie powinno być w BIP?" — a deliberately simple heuristic for the BIP-versus-social
 * report (comparing the two sources shows what belongs in BIP). A post classified as
 * local news is flagged for a person to review when its text carries
 *
 * 1. a case reference (znak sprawy) — the mark of an official matter handled under the office
 *    instruction; only references whose cell symbol has a letter count (`OR-03.0003.417.2025`),
 *    so dotted dates and version numbers do not; or
 * 2. the name of an official act or of an announcement the law puts in BIP: zarządzenie, uchwała,
 *    obwieszczenie, zawiadomienie, decyzja, przetarg, zamówienie publiczne, nabór na stanowisko,
 *    otwarty konkurs ofert, konsultacje społeczne, sesja rady, petycja, plan zagospodarowania
 *    przestrzennego — in any grammatical case, as whole words (so "zdecydowaliśmy" is not
 *    "decyzja" and "uchwalić" is not "uchwała").
 *
 * It flags, it does not decide: a school's "decyzja dyrektora o dniu wolnym" is flagged and a
 * person judges. Nothing here reads the meaning of the text.
 */
const TERMS: readonly { label: string; pattern: string }[] = [
  { label: 'zarządzenie', pattern: 'zarządze(?:nie|nia|niu|niem|niach|niami|ń)' },
  { label: 'uchwała', pattern: 'uchwał(?:a|y|ę|ą|e|om|ami|ach)?' },
  { label: 'obwieszczenie', pattern: 'obwieszcze(?:nie|nia|niu|niem|niach|ń)' },
  { label: 'zawiadomienie', pattern: 'zawiadomie(?:nie|nia|niu|niem|niach|ń)' },
  { label: 'decyzja', pattern: 'decyzj(?:a|i|ę|ą|e|om|ami|ach)' },
  {
    label: 'przetarg',
    pattern: 'przetarg(?:u|iem|i|ów|ach|ami|ow(?:y|a|e|ą|ej|ego|emu|ym|ymi|ych))?',
  },
  { label: 'zamówienie publiczne', pattern: 'zamówie(?:nie|nia|niu|niem|ń) publiczn\\p{L}*' },
  {
    label: 'nabór na stanowisko',
    pattern:
      '(?:nab[oó]r(?:u|ze)? na (?:wolne )?stanowisk\\p{L}*|woln\\p{L}* stanowisk\\p{L}* urzędnicz\\p{L}*)',
  },
  { label: 'otwarty konkurs ofert', pattern: 'otwart\\p{L}* konkurs\\p{L}* ofert' },
  { label: 'konsultacje społeczne', pattern: 'konsultacj\\p{L}* społeczn\\p{L}*' },
  { label: 'sesja rady', pattern: 'sesj(?:a|i|ę|ą|e) rady' },
  { label: 'petycja', pattern: 'petycj(?:a|i|ę|ą|e|om|ami|ach)' },
  { label: 'plan zagospodarowania przestrzennego', pattern: 'zagospodarowania przestrzennego' },
]

const MATCHERS = TERMS.map((t) => ({
  label: t.label,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])${t.pattern}(?![\\p{L}\\p{N}])`, 'u'),
}))

export type BipSuspicion = { caseReferences: string[]; terms: string[] }

/** What in the text suggests an official matter; null when nothing does. */
export const bipSuspicion = (text: string): BipSuspicion | null => {
  const flat = text.replace(/\s+/g, ' ').toLocaleLowerCase('pl-PL')
  const terms = MATCHERS.filter((m) => m.regex.test(flat)).map((m) => m.label)
  const caseReferences = [
    ...new Set(findCaseReferences(text).filter((ref) => /\p{L}/u.test(ref.split('.')[0]))),
  ]
  return terms.length || caseReferences.length ? { caseReferences, terms } : null
}

/** The reason a person reads in the report, e.g. "znak sprawy OR.152.1.2025; uchwała". */
export const describeSuspicion = (s: BipSuspicion) =>
  [...s.caseReferences.map((r) => `znak sprawy ${r}`), ...s.terms].join('; ')
