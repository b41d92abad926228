/**
 * Case references (znak sprawy) as the office instruction (instrukcja kancelaryjna) builds them:
 * the cell symbol, optionally with sub-cells joined by hyphens (`OR-03`, `DAR-BPM-III`), then the
 * JRWA class (1-4 digits), the case number (optionally with a sub-number) and the year, joined by
 * dots: `OR-03.0003.417.2025`, `DAR-BPM-III.152.1.2019`, `ZP.271.1.2.2024`.
 */
const CELL = '[A-ZĄĆĘŁŃÓŚŹŻ0-9]{1,12}(?:-[A-ZĄĆĘŁŃÓŚŹŻ0-9]{1,12}){0,4}'
const CASE_REFERENCE = new RegExp(`^${CELL}\\.\\d{1,4}(?:\\.\\d{1,6}){1,2}\\.(\\d{4})$`, 'u')

/** Editors type references in many ways; spaces and lower case are not meaningful. */
export const normalizeCaseReference = (value: string): string =>
  value.trim().replace(/\s+/g, '').toLocaleUpperCase('pl-PL')

export type CaseReferenceCheck =
  { ok: true; value: string } | { ok: false; reason: 'format' | 'year' }

export const checkCaseReference = (raw: string, now: Date = new Date()): CaseReferenceCheck => {
  const value = normalizeCaseReference(raw)
  const match = CASE_REFERENCE.exec(value)
  if (!match) return { ok: false, reason: 'format' }
  // JRWA-based references started in 1999; a reference from next year is a typo.
  const year = Number(match[1])
  if (year < 1999 || year > now.getUTCFullYear() + 1) return { ok: false, reason: 'year' }
  return { ok: true, value }
}

/** Finds things that look like case references inside free text (used by reports later). */
export const findCaseReferences = (text: string): string[] => {
  const pattern = new RegExp(`${CELL}\\.\\d{1,4}(?:\\.\\d{1,6}){1,2}\\.\\d{4}`, 'gu')
  return [...text.toLocaleUpperCase('pl-PL').matchAll(pattern)].map((m) => m[0])
}
