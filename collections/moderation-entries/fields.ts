import type { Field, PayloadRequest } from 'payload'

import type { EntryData } from './types'

import { ACCOUNTS } from '../../plugins/fanout/exports/slugs'
import { isStaff } from '../../src/access/roles'
import { checkAnonymisedSummary } from '../../src/domain/anonymised-summary'
import { label, say } from '../../src/domain/labels'
import { ENTRY_COMPLAINT_OUTCOMES, MODERATION_ACTIONS } from '../../src/domain/moderation'
import { COMPLAINTS, UNITS, USERS } from '../../src/domain/slugs'
import { auditTrailField } from '../../src/fields/audit-trail'
import { dateTimeAdmin, staffReadField, systemField } from '../../src/fields/field-options'
import { ruleField } from './rule'
import { snapshotField } from './snapshot'

export const fields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'number',
        type: 'number',
        access: systemField,
        admin: {
          description: label(
            'Nadawany automatycznie; tym numerem mieszkaniec wskazuje wpis w skardze.',
            'Assigned automatically; residents cite it in complaints.',
          ),
          readOnly: true,
        },
        index: true,
        label: label('Nr w rejestrze', 'Register no.'),
        unique: true,
      },
      {
        name: 'occurredAt',
        type: 'date',
        admin: dateTimeAdmin,
        index: true,
        label: label('Kiedy', 'When'),
        required: true,
      },
      {
        name: 'action',
        type: 'select',
        index: true,
        label: label('Działanie', 'Action'),
        options: [...MODERATION_ACTIONS],
        required: true,
      },
    ],
  },
  {
    type: 'collapsible',
    label: label('Kanał lub profil', 'Channel or profile'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'account',
            type: 'relationship',
            access: staffReadField,
            label: label('Konto kanału', 'Channel account'),
            relationTo: ACCOUNTS,
          },
          {
            name: 'unit',
            type: 'relationship',
            label: label('Jednostka (oficjalny profil)', 'Unit (official profile)'),
            relationTo: UNITS,
          },
        ],
      },
      {
        name: 'channelName',
        type: 'text',
        admin: {
          description: label(
            'Nazwa profilu w publicznym rejestrze; pusta – nazwa konta kanału lub jednostki.',
            'Profile name shown publicly; empty: the account’s or unit’s name.',
          ),
        },
        label: label('Nazwa kanału / profilu', 'Channel / profile name'),
      },
      {
        name: 'channelSlug',
        type: 'text',
        access: systemField,
        admin: { hidden: true },
        index: true,
      },
    ],
  },
  ruleField,
  {
    name: 'summary',
    type: 'textarea',
    admin: {
      description: label(
        'Publiczne, bez danych mieszkańca: bez imion i nazwisk, adresów e-mail, adresów profili, @oznaczeń i telefonów. Puste – podsumowanie z działania i zasady.',
        'Public and anonymous: no names, e-mail or profile addresses, @handles or phone numbers. Empty: made from the action and the rule.',
      ),
    },
    label: label('Publiczne podsumowanie', 'Public summary'),
    maxLength: 1000,
    required: true,
    validate: (
      value: null | string | undefined,
      { data, req }: { data: Partial<EntryData>; req: PayloadRequest },
    ) => {
      if (!value?.trim())
        return say(req, 'Wpisz publiczne podsumowanie.', 'Enter the public summary.')
      return checkAnonymisedSummary(value, [data?.snapshot?.authorName as string | undefined])
    },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'decidedBy',
        type: 'relationship',
        access: { ...systemField, ...staffReadField },
        admin: { readOnly: true },
        label: label('Kto zdecydował', 'Decided by'),
        relationTo: USERS,
      },
      {
        name: 'decidedByLabel',
        type: 'text',
        access: systemField,
        admin: {
          description: label(
            'Jak rejestr publiczny nazywa decydującego (funkcja, nie nazwisko).',
            'How the public register names the decider.',
          ),
          readOnly: true,
        },
        label: label('Decyzja (publicznie)', 'Decided by (public)'),
      },
      {
        name: 'complaintOutcome',
        type: 'select',
        access: systemField,
        admin: { readOnly: true },
        defaultValue: 'none',
        index: true,
        label: label('Skargi', 'Complaints'),
        options: [...ENTRY_COMPLAINT_OUTCOMES],
      },
    ],
  },
  snapshotField,
  {
    name: 'correctionReason',
    type: 'textarea',
    admin: {
      condition: (data) => !!data?.id,
      description: label(
        'Wymagany przy każdej korekcie; trafia do historii korekt.',
        'Required for every correction; kept in the corrections trail.',
      ),
    },
    label: label('Powód korekty', 'Reason for the correction'),
    virtual: true,
  },
  // One entry per comment and action, whoever clicks first: the comment action's idempotency key.
  {
    name: 'sourceKey',
    type: 'text',
    access: { ...systemField, read: ({ req }) => isStaff(req.user) },
    admin: { hidden: true },
    index: true,
    unique: true,
  },
  auditTrailField(
    'corrections',
    { plural: label('Korekty', 'Corrections'), singular: label('Korekta', 'Correction') },
    [
      {
        name: 'at',
        type: 'date',
        admin: dateTimeAdmin,
        label: label('Kiedy', 'When'),
        required: true,
      },
      { name: 'by', type: 'relationship', label: label('Kto', 'Who'), relationTo: USERS },
      { name: 'reason', type: 'text', label: label('Powód', 'Reason'), required: true },
      {
        name: 'what',
        type: 'text',
        label: label('Co zmieniono', 'What changed'),
        required: true,
      },
    ],
  ),
  {
    name: 'complaints',
    type: 'join',
    access: { read: staffReadField.read },
    admin: { defaultColumns: ['number', 'state', 'receivedAt', 'decidedAt'] },
    collection: COMPLAINTS,
    label: label('Skargi na ten wpis', 'Complaints about this entry'),
    on: 'entry',
  },
]
