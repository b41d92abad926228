import type { CollectionConfig, CollectionSlug, FieldAccess } from 'payload'

import { isAdmin, staffOnly } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import { SUBSCRIBERS } from '../constants'
import { SOFT_BOUNCE_DAYS } from '../sending/soft-bounces'
import { newToken } from '../subscription/tokens'

export const SUBSCRIBER_STATES = [
  option('pending', 'Oczekuje na potwierdzenie', 'Pending confirmation'),
  option('confirmed', 'Potwierdzony', 'Confirmed'),
  option('unsubscribed', 'Wypisany', 'Unsubscribed'),
  option('bounced', 'Adres odrzucony przez serwer', 'Bounced'),
] as const

export const BOUNCE_KINDS = [
  option('hard', 'Adres nie istnieje', 'Hard bounce'),
  option('soft', 'Skrzynka chwilowo nie przyjmuje poczty', 'Soft bounce'),
  option('delivered', 'Doręczono po odrzuceniach', 'Delivered after bounces'),
] as const

export const DIGEST_FREQUENCIES = [
  option('daily', 'Codziennie', 'Daily'),
  option('weekly', 'Raz w tygodniu', 'Weekly'),
  option('off', 'Bez wydania zbiorczego', 'No digest'),
] as const

export const CONSENT_SOURCES = [
  option('form', 'Formularz na stronie', 'Website form'),
  option('admin', 'Wpisany przez urząd', 'Entered by the office'),
] as const

/** Tokens are in residents' links only: nobody reads them through the API, staff included. */
const hidden: { create: FieldAccess; read: FieldAccess; update: FieldAccess } = {
  create: () => false,
  read: () => false,
  update: () => false,
}

/**
 * Newsletter subscribers. Personal data under RODO: readable by approvers and admins only,
 * never by anonymous users or unit editors; the consent is recorded with the text's version.
 */
export const subscribers = (units: CollectionSlug): CollectionConfig => ({
  slug: SUBSCRIBERS,
  labels: {
    plural: label('Subskrybenci newslettera', 'Newsletter subscribers'),
    singular: label('Subskrybent', 'Subscriber'),
  },
  admin: {
    defaultColumns: [
      'email',
      'state',
      'preferences.digest',
      'preferences.urgentAlerts',
      'confirmedAt',
    ],
    group: label('Newsletter', 'Newsletter'),
    useAsTitle: 'email',
  },
  access: {
    create: staffOnly,
    delete: ({ req }) => isAdmin(req.user),
    read: staffOnly,
    update: staffOnly,
  },
  hooks: {
    beforeChange: [
      ({ data, operation }) => {
        if (typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
        // Every subscriber has a link token from the start, whoever created it (form, admin, import).
        if (operation === 'create' && !data.manageToken) data.manageToken = newToken()
        return data
      },
    ],
  },
  fields: [
    {
      name: 'privacy',
      type: 'ui',
      admin: {
        components: { Field: '/plugins/newsletter/exports/client#SubscriberPrivacy' },
      },
      label: label('RODO', 'GDPR'),
    },
    {
      name: 'email',
      type: 'email',
      index: true,
      label: label('Adres e-mail', 'Email'),
      required: true,
      unique: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          defaultValue: 'pending',
          index: true,
          label: label('Stan', 'State'),
          options: [...SUBSCRIBER_STATES],
          required: true,
        },
        {
          name: 'confirmedAt',
          type: 'date',
          admin: { readOnly: true },
          label: label('Potwierdzono', 'Confirmed at'),
        },
        {
          name: 'unsubscribedAt',
          type: 'date',
          admin: { readOnly: true },
          label: label('Wypisano', 'Unsubscribed at'),
        },
      ],
    },
    {
      name: 'preferences',
      type: 'group',
      label: label('Preferencje', 'Preferences'),
      fields: [
        {
          name: 'units',
          type: 'relationship',
          admin: { description: label('Puste: wszystkie jednostki.', 'Empty: all units.') },
          hasMany: true,
          label: label('Jednostki', 'Units'),
          relationTo: units,
        },
        {
          name: 'categories',
          type: 'select',
          admin: { description: label('Puste: wszystkie kategorie.', 'Empty: all categories.') },
          hasMany: true,
          label: label('Kategorie', 'Categories'),
          options: [...CATEGORIES],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'digest',
              type: 'select',
              defaultValue: 'weekly',
              label: label('Wydanie zbiorcze', 'Digest'),
              options: [...DIGEST_FREQUENCIES],
              required: true,
            },
            {
              name: 'urgentAlerts',
              type: 'checkbox',
              defaultValue: true,
              label: label('Pilne komunikaty od razu', 'Urgent alerts immediately'),
            },
          ],
        },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { readOnly: true },
      label: label('Zgoda', 'Consent'),
      fields: [
        {
          name: 'textVersion',
          type: 'number',
          label: label('Wersja treści zgody', 'Consent text version'),
        },
        {
          name: 'at',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('Kiedy', 'When'),
        },
        {
          name: 'source',
          type: 'select',
          label: label('Źródło', 'Source'),
          options: [...CONSENT_SOURCES],
        },
        {
          name: 'ipHash',
          type: 'text',
          admin: {
            description: label(
              'Skrót HMAC-SHA-256 adresu IP, nie sam adres.',
              'HMAC-SHA-256 of the IP address, not the address.',
            ),
          },
          label: label('Skrót adresu IP', 'IP hash'),
        },
      ],
    },
    {
      name: 'bounce',
      type: 'group',
      admin: { condition: (data) => data?.state === 'bounced', readOnly: true },
      label: label('Odrzucenie', 'Bounce'),
      fields: [
        { name: 'at', type: 'date', label: label('Kiedy', 'When') },
        { name: 'reply', type: 'text', label: label('Odpowiedź serwera', 'Server reply') },
      ],
    },
    // Written by the sending engine only (see sending/soft-bounces.ts): what each refusal of the address meant.
    {
      name: 'softBounceDays',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: {
        description: label(
          `Dni z miękkim odrzuceniem (np. pełna skrzynka) od ostatniego doręczenia; po ${SOFT_BOUNCE_DAYS} adres uznaje się za odrzucony.`,
          `Days with a soft bounce (e.g. mailbox full) since the last delivery; after ${SOFT_BOUNCE_DAYS} the address counts as bounced.`,
        ),
        readOnly: true,
      },
      defaultValue: 0,
      label: label('Dni z miękkim odrzuceniem', 'Soft bounce days'),
    },
    {
      name: 'bounceHistory',
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: { condition: (data) => Boolean(data?.bounceHistory?.length), readOnly: true },
      label: label('Historia odrzuceń', 'Bounce history'),
      labels: { plural: label('Zdarzenia', 'Events'), singular: label('Zdarzenie', 'Event') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'at',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: label('Kiedy', 'When'),
              required: true,
            },
            {
              name: 'kind',
              type: 'select',
              label: label('Rodzaj', 'Kind'),
              options: [...BOUNCE_KINDS],
              required: true,
            },
          ],
        },
        { name: 'reply', type: 'text', label: label('Odpowiedź serwera', 'Server reply') },
        { name: 'decision', type: 'text', label: label('Decyzja', 'Decision'), required: true },
      ],
    },
    // Unguessable tokens (32 random bytes, base64url) for the links in emails; see subscription/tokens.ts.
    {
      name: 'manageToken',
      type: 'text',
      access: hidden,
      admin: { hidden: true },
      index: true,
      unique: true,
    },
    { name: 'confirmToken', type: 'text', access: hidden, admin: { hidden: true }, index: true },
    { name: 'confirmationSentAt', type: 'date', access: hidden, admin: { hidden: true } },
  ],
  timestamps: true,
})
