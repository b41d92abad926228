import type { GlobalConfig } from 'payload'

import { adminsOnly, anyone, isAdmin } from '../src/access/roles'
import { ASSESSMENT_METHODS, STATEMENT_STATUSES } from '../src/domain/accessibility-statement'
import { label } from '../src/domain/labels'
import { ACCESSIBILITY_STATEMENT } from '../src/domain/slugs'

const paragraphs = label(
  'Akapity oddzielaj pustą linią.',
  'Separate paragraphs with an empty line.',
)

/**
 * The accessibility statement published at /deklaracja-dostepnosci: what the office must say of
 * its site under the act on digital accessibility. Admins keep it; residents read it. The
 * statutory request and complaint procedure is not editable (src/domain/accessibility-statement.ts).
 */
export const AccessibilityStatement: GlobalConfig = {
  slug: ACCESSIBILITY_STATEMENT,
  label: label('Deklaracja dostępności', 'Accessibility statement'),
  admin: {
    // Residents read it on the site; in the admin it is the admins' to keep.
    hidden: ({ user }) => !isAdmin(user),
    description: label(
      'Deklaracja dostępności serwisu wymagana ustawą z 4 kwietnia 2019 r. o dostępności cyfrowej. Przeglądaj ją i aktualizuj co najmniej raz w roku (do 31 marca) i po każdej istotnej zmianie serwisu. Procedurę wnioskowo-skargową strona dodaje sama, w brzmieniu ustawy.',
      'The accessibility statement required by the act of 4 April 2019 on digital accessibility. Review it at least yearly (by 31 March) and after every significant change of the site. The page adds the statutory request and complaint procedure itself.',
    ),
    group: label('Przejrzystość', 'Transparency'),
  },
  access: { read: anyone, update: adminsOnly },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'entityName',
          type: 'text',
          admin: {
            description: label(
              'Puste: nazwa urzędu z jednostek.',
              "Empty: the office unit's name.",
            ),
          },
          label: label('Nazwa podmiotu publicznego', 'Public body'),
        },
        {
          name: 'siteUrl',
          type: 'text',
          admin: {
            description: label(
              'Puste: publiczny adres tej instancji.',
              "Empty: this instance's public address.",
            ),
          },
          label: label('Adres serwisu', 'Site address'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sitePublishedOn',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: label('Data publikacji serwisu', 'Site published on'),
        },
        {
          name: 'siteUpdatedOn',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: label('Data ostatniej istotnej aktualizacji', 'Last significant update'),
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'partially_compliant',
      label: label('Status zgodności z ustawą', 'Compliance status'),
      options: [...STATEMENT_STATUSES],
      required: true,
    },
    {
      name: 'nonCompliant',
      type: 'array',
      admin: {
        description: label(
          'Treści niedostępne i powód każdej z nich.',
          'Inaccessible content and the reason for each.',
        ),
      },
      label: label('Treści niedostępne', 'Non-compliant content'),
      labels: { plural: label('Treści', 'Items'), singular: label('Treść', 'Item') },
      fields: [
        {
          name: 'content',
          type: 'textarea',
          label: label('Co jest niedostępne', 'What is not accessible'),
          required: true,
        },
        { name: 'reason', type: 'textarea', label: label('Powód', 'Reason') },
      ],
    },
    {
      name: 'exemptions',
      type: 'array',
      admin: {
        description: label(
          'Treści wyłączone spod ustawy (art. 3 ust. 4), np. dokumenty opublikowane przed 23 września 2018 r.',
          'Content exempt from the act (art. 3(4)), e.g. documents published before 23 September 2018.',
        ),
      },
      label: label('Wyłączenia', 'Exemptions'),
      labels: {
        plural: label('Wyłączenia', 'Exemptions'),
        singular: label('Wyłączenie', 'Exemption'),
      },
      fields: [
        {
          name: 'content',
          type: 'textarea',
          label: label('Treść wyłączona', 'Exempt content'),
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preparedOn',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: label('Data sporządzenia deklaracji', 'Statement prepared on'),
          required: true,
        },
        {
          name: 'reviewedOn',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: label('Data ostatniego przeglądu', 'Last reviewed on'),
        },
      ],
    },
    {
      name: 'assessmentMethod',
      type: 'select',
      defaultValue: 'self_assessment',
      label: label('Sposób oceny dostępności', 'Assessment method'),
      options: [...ASSESSMENT_METHODS],
      required: true,
    },
    {
      name: 'auditor',
      type: 'text',
      admin: { condition: (data) => data?.assessmentMethod === 'external' },
      label: label('Podmiot, który przeprowadził badanie', 'Who carried out the audit'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactPerson',
          type: 'text',
          label: label('Osoba do kontaktu', 'Contact person'),
          required: true,
        },
        {
          name: 'contactEmail',
          type: 'email',
          label: label('E-mail', 'E-mail'),
          required: true,
        },
        {
          name: 'contactPhone',
          type: 'text',
          label: label('Telefon', 'Phone'),
          required: true,
        },
      ],
    },
    {
      name: 'officeAddress',
      type: 'textarea',
      admin: { description: paragraphs },
      label: label('Dane teleadresowe siedziby', 'Office address'),
    },
    {
      name: 'architecture',
      type: 'textarea',
      admin: {
        description: label(
          'Wejścia, podjazdy, windy, toalety, miejsca parkingowe, pętla indukcyjna, pies asystujący… Akapity oddzielaj pustą linią.',
          'Entrances, ramps, lifts, toilets, parking, induction loop, assistance dogs… Separate paragraphs with an empty line.',
        ),
      },
      label: label('Dostępność architektoniczna', 'Architectural accessibility'),
    },
    {
      name: 'signLanguage',
      type: 'textarea',
      admin: { description: paragraphs },
      label: label('Tłumacz języka migowego', 'Sign-language interpreter'),
    },
    {
      name: 'apps',
      type: 'textarea',
      admin: { description: paragraphs },
      label: label('Aplikacje mobilne', 'Mobile apps'),
    },
  ],
}
