import type { AccessibilityStatement } from '../payload-types'
import { option } from './labels'

/**
 * The accessibility statement (deklaracja dostępności) required of a public body's website by the
 * act of 4 April 2019 on digital accessibility (art. 10-11) in the structure of the Minister's
 * technical conditions. What the office writes lives in the `accessibility-statement` global; the
 * statutory texts (request and complaint procedure) live here, so nobody can weaken them by edit.
 */

export const STATEMENT_STATUSES = [
  option('compliant', 'zgodna', 'compliant'),
  option('partially_compliant', 'częściowo zgodna', 'partially compliant'),
  option('non_compliant', 'niezgodna', 'not compliant'),
] as const
export type StatementStatus = (typeof STATEMENT_STATUSES)[number]['value']

export const ASSESSMENT_METHODS = [
  option('self_assessment', 'samoocena przeprowadzona przez podmiot publiczny', 'self-assessment'),
  option('external', 'badanie przeprowadzone przez podmiot zewnętrzny', 'external audit'),
] as const
/** The global as stored; on a fresh install nothing has been saved, so every field may be missing. */
export type StoredStatement = Partial<AccessibilityStatement>

/** The statement as the page shows it: fallbacks applied, empty list rows dropped. */
export type Statement = {
  apps: string[]
  architecture: string[]
  assessment: string
  contact: { email: null | string; person: null | string; phone: null | string }
  entityName: string
  exemptions: string[]
  nonCompliant: { content: string; reason: null | string }[]
  officeAddress: string[]
  preparedOn: null | string
  reviewedOn: null | string
  signLanguage: string[]
  sitePublishedOn: null | string
  siteUpdatedOn: null | string
  siteUrl: string
  status: StatementStatus
  statusLabel: string
}

/** Plain text as paragraphs: blank lines separate them, single line breaks stay inside. */
export const paragraphsOf = (text: null | string | undefined): string[] =>
  (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)

/** A stored date as the calendar day in Warsaw, `RRRR-MM-DD` as the technical conditions ask. */
export const statementDay = (iso: null | string | undefined): null | string => {
  if (!iso) return null
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return null
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(at)
}

const text = (value: null | string | undefined) => value?.trim() || null

/**
 * The statement to publish. The entity and the site default to the gmina's name and the public
 * address, so a fresh install already publishes a statement naming who is responsible.
 */
export const resolveStatement = (
  stored: null | StoredStatement | undefined,
  fallback: { entityName: string; siteUrl: string },
): Statement => {
  const s = stored ?? {}
  const status = s.status ?? 'partially_compliant'
  const method = s.assessmentMethod ?? 'self_assessment'
  const auditor = text(s.auditor)
  const entityName = text(s.entityName) ?? fallback.entityName
  return {
    apps: paragraphsOf(s.apps),
    architecture: paragraphsOf(s.architecture),
    assessment:
      method === 'external'
        ? `Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot zewnętrzny${auditor ? `: ${auditor}` : ''}.`
        : 'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny.',
    contact: {
      email: text(s.contactEmail),
      person: text(s.contactPerson),
      phone: text(s.contactPhone),
    },
    entityName,
    exemptions: (s.exemptions ?? []).map((e) => text(e.content)).filter((e): e is string => !!e),
    nonCompliant: (s.nonCompliant ?? []).flatMap((row) => {
      const content = text(row.content)
      return content ? [{ content, reason: text(row.reason) }] : []
    }),
    officeAddress: paragraphsOf(s.officeAddress),
    preparedOn: statementDay(s.preparedOn),
    reviewedOn: statementDay(s.reviewedOn),
    signLanguage: paragraphsOf(s.signLanguage),
    sitePublishedOn: statementDay(s.sitePublishedOn),
    siteUpdatedOn: statementDay(s.siteUpdatedOn),
    siteUrl: text(s.siteUrl) ?? fallback.siteUrl,
    status,
    statusLabel: STATEMENT_STATUSES.find((o) => o.value === status)!.label.pl,
  }
}

/** The Rzecznik Praw Obywatelskich, where a complaint goes once the procedure is exhausted. */
export const OMBUDSMAN = {
  address: 'Biuro Rzecznika Praw Obywatelskich, al. Solidarności 77, 00-090 Warszawa',
  name: 'Rzecznik Praw Obywatelskich',
  url: 'https://www.rpo.gov.pl/',
} as const

/**
 * The request and complaint procedure in the wording of art. 18-19 of the act (the template's
 * "Procedura wnioskowo-skargowa"); the page adds the contact and the Ombudsman's address.
 */
export const PROCEDURE = [
  'Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej, aplikacji mobilnej lub jakiegoś ich elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp.',
  'Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub aplikację mobilną chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.',
  'Podmiot publiczny powinien zrealizować żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje o tym wnoszącego żądanie, kiedy realizacja żądania będzie możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.',
  'W przypadku, gdy podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej, aplikacji mobilnej lub elementu strony internetowej lub aplikacji mobilnej. Skargę składa się do podmiotu publicznego, tą samą drogą co żądanie.',
] as const
export const OMBUDSMAN_STEP =
  'Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich:'
