import type { Field } from 'payload'

import { label, option } from '../../src/domain/labels'
import { COMPLAINT_STATES } from '../../src/domain/moderation'
import { MODERATION_ENTRIES, UNITS, USERS } from '../../src/domain/slugs'
import { auditTrailField } from '../../src/fields/audit-trail'
import { dateTimeAdmin, staffReadField, systemField } from '../../src/fields/field-options'
import { hiddenField } from './access'

export const COMPLAINT_SOURCES = [
  option('form', 'Formularz na stronie', 'Website form'),
  option('staff', 'Wpisana przez urząd (e-mail, pismo, ePUAP)', 'Entered by the office'),
] as const

export const fields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'number',
        type: 'number',
        access: systemField,
        admin: { readOnly: true },
        index: true,
        label: label('Nr skargi', 'Complaint no.'),
        unique: true,
      },
      {
        name: 'entry',
        type: 'relationship',
        admin: {
          description: label(
            'Wpis w rejestrze moderacji, którego dotyczy skarga.',
            'The register entry complained about.',
          ),
        },
        index: true,
        label: label('Wpis w rejestrze', 'Register entry'),
        relationTo: MODERATION_ENTRIES,
        required: true,
      },
      {
        name: 'unit',
        type: 'relationship',
        access: systemField,
        admin: { hidden: true },
        index: true,
        relationTo: UNITS,
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'name',
        type: 'text',
        access: staffReadField,
        label: label('Imię i nazwisko (nieobowiązkowe)', 'Name (optional)'),
        maxLength: 200,
      },
      {
        name: 'email',
        type: 'email',
        access: staffReadField,
        admin: {
          description: label(
            'Na ten adres wysyłamy odpowiedź.',
            'The answer goes to this address.',
          ),
        },
        label: label('E-mail skarżącego', 'Complainant’s e-mail'),
        required: true,
      },
    ],
  },
  {
    name: 'message',
    type: 'textarea',
    label: label('Treść skargi', 'Complaint'),
    maxLength: 5000,
    required: true,
  },
  {
    name: 'state',
    type: 'select',
    admin: { position: 'sidebar' },
    defaultValue: 'received',
    index: true,
    label: label('Stan', 'State'),
    options: [...COMPLAINT_STATES],
    required: true,
  },
  {
    name: 'answer',
    type: 'textarea',
    admin: {
      description: label(
        'Uzasadnienie decyzji. Wysyłane skarżącemu e-mailem w chwili zapisania decyzji „Uwzględniona” lub „Nieuwzględniona”; potem nie można go zmienić.',
        'The reasons, e-mailed to the complainant when the decision is saved; fixed afterwards.',
      ),
    },
    label: label('Odpowiedź', 'Answer'),
    maxLength: 10000,
  },
  {
    type: 'row',
    fields: [
      {
        name: 'receivedAt',
        type: 'date',
        access: { update: () => false },
        admin: { ...dateTimeAdmin, position: 'sidebar' },
        label: label('Wpłynęła', 'Received at'),
      },
      {
        name: 'decidedAt',
        type: 'date',
        access: systemField,
        admin: { ...dateTimeAdmin, position: 'sidebar', readOnly: true },
        label: label('Rozstrzygnięta', 'Decided at'),
      },
    ],
  },
  {
    name: 'decidedBy',
    type: 'relationship',
    access: systemField,
    admin: { position: 'sidebar', readOnly: true },
    label: label('Rozstrzygnął(-ęła)', 'Decided by'),
    relationTo: USERS,
  },
  {
    name: 'source',
    type: 'select',
    access: systemField,
    admin: { position: 'sidebar', readOnly: true },
    label: label('Źródło', 'Source'),
    options: [...COMPLAINT_SOURCES],
  },
  {
    name: 'answerEmail',
    type: 'group',
    access: { ...systemField, ...staffReadField },
    admin: { position: 'sidebar', readOnly: true },
    label: label('Wysłanie odpowiedzi', 'Answer e-mail'),
    fields: [
      { name: 'sentAt', type: 'date', admin: dateTimeAdmin, label: label('Wysłano', 'Sent at') },
      { name: 'attempts', type: 'number', label: label('Próby', 'Attempts') },
      { name: 'lastError', type: 'text', label: label('Błąd', 'Error') },
    ],
  },
  // A keyed hash of the sender's address: counts submissions per visitor (rate limit), identifies nobody.
  { name: 'ipHash', type: 'text', access: hiddenField, admin: { hidden: true }, index: true },
  auditTrailField(
    'history',
    { plural: label('Przebieg', 'History'), singular: label('Zdarzenie', 'Event') },
    [
      {
        name: 'at',
        type: 'date',
        admin: dateTimeAdmin,
        label: label('Kiedy', 'When'),
        required: true,
      },
      { name: 'by', type: 'relationship', label: label('Kto', 'Who'), relationTo: USERS },
      { name: 'what', type: 'text', label: label('Co', 'What'), required: true },
    ],
  ),
]
