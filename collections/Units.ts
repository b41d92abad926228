import type { CollectionConfig } from 'payload'

import { adminsOnly, anyone } from '../src/access/roles'
import { label } from '../src/domain/labels'
import { slugify } from '../src/domain/slug'
import { CHANNELS, PROFILE_PLATFORMS, UNIT_KINDS } from '../src/domain/taxonomy'
import { validateHttpUrl, validateSlug } from '../src/domain/validators'

export const Units: CollectionConfig = {
  slug: 'units',
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
  },
  fields: [
    { name: 'name', type: 'text', label: label('Nazwa', 'Name'), required: true },
    {
      name: 'slug',
      type: 'text',
      admin: { description: label('Tworzony z nazwy, używany w adresach kanałów RSS.', 'Made from the name; used in feed URLs.'), position: 'sidebar' },
      index: true,
      label: label('Adres (slug)', 'Slug'),
      unique: true,
      validate: validateSlug,
    },
    { name: 'kind', type: 'select', label: label('Rodzaj jednostki', 'Kind'), options: [...UNIT_KINDS], required: true },
    {
      name: 'parent',
      type: 'relationship',
      label: label('Jednostka nadrzędna', 'Parent unit'),
      relationTo: 'units',
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
            description: label('Ile różnych osób musi zatwierdzić wpis (0–2).', 'How many different people must approve a post (0–2).'),
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
          admin: { description: label('Podpowiadane w nowych wpisach jednostki.', "Proposed for the unit's new posts.") },
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
          'Profile należą do jednostki, nie do osoby: zostają po zmianie kadencji. Zakończony profil oznacz datą „do”, zamiast go usuwać.',
          'Profiles belong to the unit, not a person, and survive a change of term. Close a profile with an end date rather than deleting it.',
        ),
        initCollapsed: true,
      },
      label: label('Oficjalne profile', 'Official profiles'),
      labels: { plural: label('Profile', 'Profiles'), singular: label('Profil', 'Profile') },
      fields: [
        { type: 'row', fields: [
          { name: 'platform', type: 'select', label: label('Platforma', 'Platform'), options: [...PROFILE_PLATFORMS], required: true },
          { name: 'handle', type: 'text', label: label('Nazwa profilu', 'Handle') },
        ] },
        { name: 'url', type: 'text', label: label('Adres', 'URL'), required: true, validate: validateHttpUrl },
        { type: 'row', fields: [
          { name: 'verified', type: 'checkbox', defaultValue: false, label: label('Zweryfikowany', 'Verified') },
          { name: 'since', type: 'date', label: label('Od', 'Since') },
          { name: 'until', type: 'date', label: label('Do', 'Until') },
        ] },
        { name: 'note', type: 'text', label: label('Uwagi (np. przekazanie po kadencji)', 'Note (e.g. handover after a term)') },
      ],
      validate: (rows: unknown) => {
        const list = (rows ?? []) as { since?: string; until?: string }[]
        const bad = list.findIndex((p) => p.since && p.until && new Date(p.until) < new Date(p.since))
        return bad < 0 ? true : `Profil nr ${bad + 1}: data „do” jest wcześniejsza niż „od”.`
      },
    },
  ],
}
