import type { CollectionConfig, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { belongsToUnit, idOf, inUsersUnits, isAdmin, isStaff, roleOf } from '../src/access/roles'
import { BIP_STATES, BIP_TRACKED } from '../src/domain/bip-entry'
import { normalizeBipUrl } from '../src/domain/bip-url'
import { checkCaseReference } from '../src/domain/case-reference'
import { describeChanges } from '../src/domain/change-summary'
import { label, say } from '../src/domain/labels'
import { BIP_REFERENCES, UNITS, USERS } from '../src/domain/slugs'
import { appendRows, auditTrailField } from '../src/fields/audit-trail'

export const BipReferences: CollectionConfig = {
  slug: BIP_REFERENCES,
  labels: { plural: label('Wpisy BIP', 'BIP entries'), singular: label('Wpis BIP', 'BIP entry') },
  admin: {
    defaultColumns: ['title', 'caseReference', 'producingUnit', 'state', 'publishedAt'],
    description: label(
      'Odnośniki do wpisów w Biuletynie Informacji Publicznej. Informacja publiczna trafia do mediów społecznościowych dopiero po publikacji w BIP.',
      'References to Public Information Bulletin entries. Public information reaches social media only after its BIP entry is published.',
    ),
    group: label('Treści', 'Content'),
    useAsTitle: 'title',
  },
  access: {
    create: ({ req }) => !!req.user,
    delete: ({ req }) => isAdmin(req.user),
    read: ({ req }) => {
      if (isStaff(req.user)) return true
      const published = { state: { equals: 'published' } }
      if (!req.user) return published
      return { or: [published, inUsersUnits(req.user, 'producingUnit')] }
    },
    // Editors may correct their own unit's entries until they are published; then approvers take over.
    update: ({ req }) => {
      if (isStaff(req.user)) return true
      if (!req.user) return false
      return { and: [inUsersUnits(req.user, 'producingUnit'), { state: { equals: 'draft' } }] }
    },
  },
  hooks: {
    beforeChange: [
      ({ data, operation, originalDoc, req }) => {
        const user = req.user
        if (roleOf(user) === 'editor') {
          if (!belongsToUnit(user, data.producingUnit ?? originalDoc?.producingUnit)) {
            throw new APIError(
              say(
                req,
                'Możesz dodawać wpisy BIP tylko dla swoich jednostek.',
                'You may add BIP entries only for your own units.',
              ),
              403,
              undefined,
              true,
            )
          }
          const state = data.state ?? originalDoc?.state ?? 'draft'
          if (state !== 'draft') {
            throw new APIError(
              say(
                req,
                'Stan wpisu BIP zmienia osoba zatwierdzająca.',
                'Only an approver changes the state of a BIP entry.',
              ),
              403,
              undefined,
              true,
            )
          }
        }
        if (operation === 'create' && user) data.enteredBy = user.id
        if (data.state === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
          data.publishedAt = new Date().toISOString()
        }
        const what =
          operation === 'create'
            ? 'utworzono wpis'
            : describeChanges(originalDoc ?? {}, { ...originalDoc, ...data }, BIP_TRACKED)
        data.changeRegister = what
          ? appendRows(originalDoc?.changeRegister, [
              { at: new Date().toISOString(), by: idOf(user), what },
            ])
          : originalDoc?.changeRegister
        return data
      },
    ],
  },
  fields: [
    {
      name: 'url',
      type: 'text',
      admin: {
        description: label(
          'Adres wpisu w BIP, np. https://bip.wislotki.pl/wpis/123.',
          'The BIP entry URL.',
        ),
      },
      hooks: {
        beforeValidate: [
          ({ value }) =>
            typeof value === 'string'
              ? ((normalizeBipUrl(value) as { value?: string }).value ?? value)
              : value,
        ],
      },
      index: true,
      label: label('Adres w BIP', 'BIP URL'),
      required: true,
      validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) => {
        if (!value) return say(req, 'Podaj adres wpisu w BIP.', 'Enter the BIP entry URL.')
        const check = normalizeBipUrl(value)
        if (check.ok) return true
        return check.reason === 'protocol'
          ? say(
              req,
              'Adres BIP musi zaczynać się od http:// lub https://.',
              'The BIP URL must start with http:// or https://.',
            )
          : say(
              req,
              'To nie jest poprawny adres wpisu w BIP (np. https://bip.gmina.pl/wpis/123).',
              'This is not a valid BIP URL.',
            )
      },
    },
    { name: 'title', type: 'text', label: label('Tytuł wpisu w BIP', 'Title'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'caseReference',
          type: 'text',
          admin: {
            description: label(
              'Np. OR-03.0003.417.2025 lub DAR-BPM-III.152.1.2019.',
              'E.g. OR-03.0003.417.2025.',
            ),
          },
          hooks: {
            beforeValidate: [
              ({ value }) =>
                typeof value === 'string' && value.trim()
                  ? ((checkCaseReference(value) as { value?: string }).value ?? value.trim())
                  : value || null,
            ],
          },
          index: true,
          label: label('Znak sprawy', 'Case reference'),
          validate: (value: null | string | undefined, { req }: { req: PayloadRequest }) => {
            if (!value) return true
            const check = checkCaseReference(value)
            if (check.ok) return true
            return check.reason === 'year'
              ? say(
                  req,
                  'Rok w znaku sprawy jest nieprawidłowy.',
                  'The year in the case reference is invalid.',
                )
              : say(
                  req,
                  'Znak sprawy ma niepoprawny format. Oczekiwany: symbol komórki, klasa JRWA, numer sprawy i rok, oddzielone kropkami, np. OR-03.0003.417.2025.',
                  'The case reference is malformed. Expected: cell symbol, JRWA class, case number and year separated by dots, e.g. OR-03.0003.417.2025.',
                )
          },
        },
        {
          name: 'producingUnit',
          type: 'relationship',
          label: label('Jednostka wytwarzająca', 'Producing unit'),
          relationTo: UNITS,
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'producedAt',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Data wytworzenia', 'Produced at'),
        },
        {
          name: 'publishedAt',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Data publikacji w BIP', 'Published in BIP at'),
          validate: (
            value: Date | null | string | undefined,
            { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
          ) => {
            const produced = (siblingData as { producedAt?: string }).producedAt
            return value && produced && new Date(value) < new Date(produced)
              ? say(
                  req,
                  'Data publikacji nie może być wcześniejsza niż data wytworzenia.',
                  'Publication cannot precede production.',
                )
              : true
          },
        },
      ],
    },
    {
      name: 'responsiblePerson',
      type: 'text',
      label: label('Osoba odpowiedzialna za treść', 'Responsible person'),
    },
    {
      name: 'state',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'draft',
      index: true,
      label: label('Stan', 'State'),
      options: [...BIP_STATES],
      required: true,
    },
    {
      name: 'enteredBy',
      type: 'relationship',
      // Who entered it is for staff and the unit's own people, like the change register.
      access: { create: () => false, read: ({ req }) => !!req.user, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Wprowadził(a)', 'Entered by'),
      relationTo: USERS,
    },
    {
      name: 'lastCheck',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Ostatnie sprawdzenie adresu', 'Last URL check'),
      fields: [
        {
          name: 'checkedAt',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Kiedy', 'When'),
        },
        { name: 'httpStatus', type: 'number', label: label('Status HTTP', 'HTTP status') },
        { name: 'error', type: 'text', label: label('Błąd', 'Error') },
      ],
    },
    auditTrailField(
      'changeRegister',
      { plural: label('Rejestr zmian', 'Change register'), singular: label('Zmiana', 'Change') },
      [
        {
          name: 'at',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Kiedy', 'When'),
          required: true,
        },
        { name: 'by', type: 'relationship', label: label('Kto', 'Who'), relationTo: USERS },
        {
          name: 'what',
          type: 'text',
          label: label('Co zmieniono', 'What changed'),
          required: true,
        },
      ],
    ),
  ],
}
