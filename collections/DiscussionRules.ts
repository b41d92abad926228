import type { CollectionConfig } from 'payload'

import { isStaff, staffOnly } from '../src/access/roles'
import { label } from '../src/domain/labels'
import { lexicalHasContent, type LexicalState } from '../src/domain/post-readiness'
import { slugify } from '../src/domain/slug'
import { DISCUSSION_RULES, UNITS } from '../src/domain/slugs'
import { PROFILE_PLATFORMS } from '../src/domain/taxonomy'
import { validateHttpUrl, validateSlug } from '../src/domain/validators'
import { keepPublicationOnSave } from '../src/hooks/keep-publication'

/**
 * Rules of discussion (zasady dyskusji) for a channel or profile: who runs
 * it, who pays for it, the rules, how moderation is documented and where to complain.
 * Payload drafts keep every published version, so earlier versions stay on record.
 */
export const DiscussionRules: CollectionConfig = {
  slug: DISCUSSION_RULES,
  labels: {
    plural: label('Zasady dyskusji', 'Discussion rules'),
    singular: label('Zasady dyskusji', 'Discussion rules'),
  },
  admin: {
    defaultColumns: ['title', 'operator', 'effectiveFrom', 'version', '_status'],
    group: label('Przejrzystość', 'Transparency'),
    useAsTitle: 'title',
  },
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    create: staffOnly,
    delete: ({ req }) => isStaff(req.user) && req.user?.role === 'admin',
    // Drafts are visible only to staff; everybody else reads the published version.
    read: ({ req }) => (isStaff(req.user) ? true : { _status: { equals: 'published' } }),
    readVersions: staffOnly,
    update: staffOnly,
  },
  hooks: {
    // A save never unpublishes by accident: only a save that asks for it (see src/domain/publication.ts).
    beforeOperation: [keepPublicationOnSave],
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && data.title) data.slug = slugify(data.title)
        return data
      },
    ],
    beforeChange: [
      ({ data, originalDoc }) => {
        // A new version number each time a changed text is published, so residents can cite it.
        const publishing = data._status === 'published'
        const wasPublished = originalDoc?._status === 'published'
        const current = originalDoc?.version ?? 0
        if (
          publishing &&
          (!wasPublished || JSON.stringify(data.rules) !== JSON.stringify(originalDoc?.rules))
        ) {
          data.version = current + 1
        } else {
          data.version = current || 1
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', label: label('Tytuł', 'Title'), required: true },
    {
      name: 'slug',
      type: 'text',
      admin: { position: 'sidebar' },
      index: true,
      label: label('Adres (slug)', 'Slug'),
      unique: true,
      validate: validateSlug,
    },
    {
      name: 'governs',
      type: 'array',
      admin: {
        description: label(
          'Kanały i profile, których dotyczą te zasady – także prywatny profil wójta/burmistrza, jeśli służy komunikacji urzędowej.',
          "Channels and profiles these rules govern, including a mayor's personal profile used officially.",
        ),
      },
      label: label('Dotyczy profili', 'Governs profiles'),
      labels: { plural: label('Profile', 'Profiles'), singular: label('Profil', 'Profile') },
      minRows: 1,
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              label: label('Platforma', 'Platform'),
              options: [...PROFILE_PLATFORMS],
              required: true,
            },
            {
              name: 'name',
              type: 'text',
              label: label('Nazwa profilu', 'Profile name'),
              required: true,
            },
          ],
        },
        { name: 'url', type: 'text', label: label('Adres', 'URL'), validate: validateHttpUrl },
        {
          name: 'unit',
          type: 'relationship',
          label: label('Jednostka', 'Unit'),
          relationTo: UNITS,
        },
        {
          name: 'personalProfileUsedOfficially',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            'Prywatny profil osoby pełniącej funkcję, używany urzędowo',
            "A person's own profile used officially",
          ),
        },
      ],
    },
    {
      name: 'operator',
      type: 'text',
      admin: {
        description: label(
          'Kto prowadzi profil (komórka, osoba, firma zewnętrzna).',
          'Who runs the profile.',
        ),
      },
      label: label('Kto prowadzi', 'Run by'),
      required: true,
    },
    {
      name: 'funding',
      type: 'group',
      label: label('Finansowanie', 'Funding'),
      fields: [
        {
          name: 'publiclyFunded',
          type: 'checkbox',
          defaultValue: false,
          label: label('Finansowany ze środków publicznych', 'Paid for with public money'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              type: 'number',
              admin: { condition: (_, sibling) => !!sibling?.publiclyFunded },
              label: label('Kwota (zł)', 'Amount (PLN)'),
              min: 0,
            },
            {
              name: 'period',
              type: 'text',
              admin: {
                condition: (_, sibling) => !!sibling?.publiclyFunded,
                placeholder: 'np. rocznie, 2025',
              },
              label: label('Okres', 'Period'),
            },
          ],
        },
        {
          name: 'details',
          type: 'textarea',
          admin: { condition: (_, sibling) => !!sibling?.publiclyFunded },
          label: label(
            'Z czego opłacany (umowa, wynagrodzenia, reklama)',
            'What the money pays for',
          ),
        },
      ],
    },
    {
      name: 'rules',
      type: 'richText',
      label: label('Zasady dyskusji', 'Rules'),
      required: true,
      validate: (value: LexicalState) =>
        lexicalHasContent(value) ? true : 'Wpisz treść zasad dyskusji.',
    },
    {
      name: 'moderationDocumentation',
      type: 'textarea',
      label: label(
        'Jak dokumentujemy usunięte komentarze i blokady',
        'How removed comments and blocks are documented',
      ),
      required: true,
    },
    {
      name: 'complaints',
      type: 'group',
      label: label('Gdzie złożyć skargę', 'Where to complain'),
      fields: [
        {
          name: 'howTo',
          type: 'textarea',
          label: label(
            'Jak złożyć skargę na usunięcie lub blokadę',
            'How to complain about a removal or a block',
          ),
          required: true,
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: label('E-mail', 'Email') },
            {
              name: 'url',
              type: 'text',
              label: label('Formularz / ePUAP', 'Form / ePUAP'),
              validate: validateHttpUrl,
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveFrom',
          type: 'date',
          label: label('Obowiązuje od', 'Effective from'),
          required: true,
        },
        {
          name: 'version',
          type: 'number',
          access: { create: () => false, update: () => false },
          admin: {
            description: label(
              'Zwiększana przy każdej publikacji zmienionych zasad.',
              'Raised on each publication of changed rules.',
            ),
            readOnly: true,
          },
          label: label('Wersja', 'Version'),
        },
      ],
    },
  ],
}
