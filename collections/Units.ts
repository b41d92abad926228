import type { CollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { adminsOnly, anyone } from '../src/access/roles'
import { label } from '../src/domain/labels'
import { keepProfileHistory } from '../src/domain/official-profiles'
import { slugify } from '../src/domain/slug'
import { MEDIA, UNITS, USERS } from '../src/domain/slugs'
import { CHANNELS, PROFILE_PLATFORMS, UNIT_KINDS } from '../src/domain/taxonomy'
import { validateHttpUrl, validateSlug } from '../src/domain/validators'

export const Units: CollectionConfig = {
  slug: UNITS,
  labels: { plural: label('Jednostki', 'Units'), singular: label('Jednostka', 'Unit') },
  admin: {
    defaultColumns: ['name', 'kind', 'trusted', 'approvalLevels'],
    group: label('Administracja', 'Administration'),
    useAsTitle: 'name',
  },
  // Names, contacts and official profiles of public units are public information.
  access: { create: adminsOnly, delete: adminsOnly, read: anyone, update: adminsOnly },
  hooks: {
    beforeValidate: [
      ({ data }) => {
        if (data && !data.slug && data.name) data.slug = slugify(data.name)
        return data
      },
    ],
    beforeChange: [
      ({ data, originalDoc, req }) => {
        // Saves that leave the profiles alone (e.g. a changed contact) have nothing to check.
        if (!data || !('officialProfiles' in data)) return data
        const check = keepProfileHistory(originalDoc?.officialProfiles, data.officialProfiles, {
          at: new Date().toISOString(),
          by: req.user?.id ?? null,
        })
        if (!check.ok)
          throw new ValidationError({
            collection: UNITS,
            errors: [{ message: check.message, path: 'officialProfiles' }],
            req,
          })
        data.officialProfiles = check.profiles
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Nazwa', 'Name'), required: true },
    {
      name: 'slug',
      type: 'text',
      admin: {
        description: label(
          'Tworzony z nazwy, używany w adresach kanałów RSS.',
          'Made from the name; used in feed URLs.',
        ),
        position: 'sidebar',
      },
      index: true,
      label: label('Adres (slug)', 'Slug'),
      unique: true,
      validate: validateSlug,
    },
    {
      name: 'kind',
      type: 'select',
      label: label('Rodzaj jednostki', 'Kind'),
      options: [...UNIT_KINDS],
      required: true,
    },
    {
      // The gmina's coat of arms belongs to its office: the admin's login page, the browser tab's
      // icon and the residents' site show it next to the office's name.
      name: 'coatOfArms',
      type: 'upload',
      admin: {
        condition: (data) => data?.kind === 'office',
        description: label(
          'Pokazywany na stronie logowania, jako ikona karty przeglądarki i na stronie dla mieszkańców.',
          'Shown on the login page, as the browser tab icon and on the residents’ site.',
        ),
      },
      label: label('Herb gminy', 'Coat of arms'),
      relationTo: MEDIA,
    },
    {
      name: 'parent',
      type: 'relationship',
      label: label('Jednostka nadrzędna', 'Parent unit'),
      relationTo: UNITS,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Kontakt', 'Contact'),
      fields: [
        { name: 'email', type: 'email', label: label('E-mail', 'Email') },
        { name: 'phone', type: 'text', label: label('Telefon', 'Phone') },
        { name: 'address', type: 'textarea', label: label('Adres', 'Address') },
      ],
    },
    {
      type: 'collapsible',
      label: label('Publikacja', 'Publishing'),
      fields: [
        {
          name: 'trusted',
          type: 'checkbox',
          admin: {
            description: label(
              'Wpisy jednostki zaufanej są zatwierdzane automatycznie po wysłaniu (jak jednostki wskazane przez gminę w grupie mieszkańców).',
              "A trusted unit's posts are approved automatically when submitted.",
            ),
          },
          defaultValue: false,
          label: label('Jednostka zaufana', 'Trusted unit'),
        },
        {
          name: 'approvalLevels',
          type: 'number',
          admin: {
            description: label(
              'Ile różnych osób musi zatwierdzić wpis (0–2).',
              'How many different people must approve a post (0–2).',
            ),
            step: 1,
          },
          defaultValue: 1,
          label: label('Wymagane akceptacje', 'Required approvals'),
          max: 2,
          min: 0,
          required: true,
        },
        {
          name: 'defaultChannels',
          type: 'select',
          admin: {
            description: label(
              'Podpowiadane w nowych wpisach jednostki.',
              "Proposed for the unit's new posts.",
            ),
          },
          defaultValue: ['fanpage', 'rss', 'newsletter'],
          hasMany: true,
          label: label('Domyślne kanały', 'Default channels'),
          options: [...CHANNELS],
        },
      ],
    },
    {
      name: 'officialProfiles',
      type: 'array',
      admin: {
        description: label(
          'Profile należą do jednostki, nie do osoby: zostają po zmianie kadencji. Na stronie /oficjalne-profile są tylko profile zweryfikowane. Zakończony profil oznacz datą „do” (zostanie w historii), zamiast go usuwać.',
          'Profiles belong to the unit, not a person, and survive a change of term. Only verified profiles are listed on /oficjalne-profile. Close a profile with an end date (it stays in the history) rather than deleting it.',
        ),
        initCollapsed: true,
      },
      label: label('Oficjalne profile', 'Official profiles'),
      labels: { plural: label('Profile', 'Profiles'), singular: label('Profil', 'Profile') },
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
            { name: 'handle', type: 'text', label: label('Nazwa profilu', 'Handle') },
          ],
        },
        {
          name: 'url',
          type: 'text',
          label: label('Adres', 'URL'),
          required: true,
          validate: validateHttpUrl,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'verified',
              type: 'checkbox',
              defaultValue: false,
              label: label('Zweryfikowany', 'Verified'),
            },
            { name: 'since', type: 'date', label: label('Od', 'Since') },
            { name: 'until', type: 'date', label: label('Do', 'Until') },
          ],
        },
        { name: 'note', type: 'text', label: label('Uwagi', 'Note') },
        {
          name: 'handovers',
          type: 'array',
          admin: {
            description: label(
              'Każde przekazanie profilu (np. nowej radzie po kadencji albo nowemu administratorowi) zostaje w historii na stronie oficjalnych profili; zapisanego przekazania nie można zmienić ani usunąć.',
              'Each handover of the profile (e.g. to the next council, or a new administrator) stays in its public history; a recorded handover cannot be changed or removed.',
            ),
            initCollapsed: true,
          },
          label: label('Przekazania profilu', 'Handovers'),
          labels: {
            plural: label('Przekazania', 'Handovers'),
            singular: label('Przekazanie', 'Handover'),
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'at',
                  type: 'date',
                  label: label('Data przekazania', 'Date'),
                  required: true,
                },
                {
                  name: 'from',
                  type: 'text',
                  admin: { placeholder: 'np. Rada Dzielnicy XIII kadencji 2019–2024' },
                  label: label('Kto przekazał', 'Handed over by'),
                  required: true,
                },
                {
                  name: 'to',
                  type: 'text',
                  admin: { placeholder: 'np. Rada Dzielnicy XIII kadencji 2024–2029' },
                  label: label('Komu przekazano', 'Handed over to'),
                  required: true,
                },
              ],
            },
            {
              name: 'note',
              type: 'textarea',
              label: label(
                'Uwagi (np. zmiana haseł, nowi administratorzy)',
                'Note (e.g. passwords changed, new administrators)',
              ),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'recordedAt',
                  type: 'date',
                  access: { create: () => false, update: () => false },
                  admin: {
                    date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' },
                    readOnly: true,
                  },
                  label: label('Zapisano', 'Recorded at'),
                },
                // Who keeps the record is for the office to know, not part of the public history.
                {
                  name: 'recordedBy',
                  type: 'relationship',
                  access: {
                    create: () => false,
                    read: ({ req }) => !!req.user,
                    update: () => false,
                  },
                  admin: { readOnly: true },
                  label: label('Zapisał(a)', 'Recorded by'),
                  relationTo: USERS,
                },
              ],
            },
          ],
        },
      ],
      validate: (rows: unknown) => {
        const list = (rows ?? []) as { since?: string; until?: string }[]
        const bad = list.findIndex(
          (p) => p.since && p.until && new Date(p.until) < new Date(p.since),
        )
        return bad < 0 ? true : `Profil nr ${bad + 1}: data „do” jest wcześniejsza niż „od”.`
      },
    },
  ],
}
