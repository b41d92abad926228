import type { CollectionConfig, CollectionSlug, FieldAccess } from 'payload'

import { isAdmin, staffOnly } from '../../../src/access/roles'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import { translator } from '../../../src/domain/translate'
import { SUBSCRIBERS } from '../constants'
import { SOFT_BOUNCE_DAYS } from '../sending/soft-bounces'
import { newToken } from '../subscription/tokens'
import type { NewsletterTranslationKeys } from '../translations'
import { both, l } from '../labels'

export const SUBSCRIBER_STATES = [
  { label: l('newsletter:subscriber-pendingConfirmation'), value: 'pending' },
  { label: l('newsletter:subscriber-confirmed'), value: 'confirmed' },
  { label: l('newsletter:subscriber-unsubscribed'), value: 'unsubscribed' },
  { label: l('newsletter:subscriber-bounced'), value: 'bounced' },
] as const

export const BOUNCE_KINDS = [
  { label: l('newsletter:subscriber-hardBounce'), value: 'hard' },
  { label: l('newsletter:subscriber-softBounce'), value: 'soft' },
  { label: l('newsletter:subscriber-deliveredAfterBounces'), value: 'delivered' },
  { label: l('newsletter:subscriber-complaint'), value: 'complaint' },
  { label: l('newsletter:subscriber-reportIgnored'), value: 'ignored' },
] as const

export const DIGEST_FREQUENCIES = [
  { label: l('newsletter:subscriber-daily'), value: 'daily' },
  { label: l('newsletter:subscriber-weekly'), value: 'weekly' },
  { label: l('newsletter:subscriber-noDigest'), value: 'off' },
] as const

export const CONSENT_SOURCES = [
  { label: l('newsletter:subscriber-websiteForm'), value: 'form' },
  { label: l('newsletter:subscriber-enteredByOffice'), value: 'admin' },
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
    plural: l('newsletter:subscriber-newsletterSubscribers'),
    singular: l('newsletter:subscriber-subscriber'),
  },
  admin: {
    defaultColumns: [
      'email',
      'state',
      'preferences.digest',
      'preferences.urgentAlerts',
      'confirmedAt',
    ],
    group: both('group'),
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
      label: both('subscriber-gdpr'),
    },
    {
      name: 'email',
      type: 'email',
      index: true,
      label: l('newsletter:subscriber-email'),
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
          label: l('newsletter:subscriber-state'),
          options: [...SUBSCRIBER_STATES],
          required: true,
        },
        {
          name: 'confirmedAt',
          type: 'date',
          admin: { readOnly: true },
          label: l('newsletter:subscriber-confirmedAt'),
        },
        {
          name: 'unsubscribedAt',
          type: 'date',
          admin: { readOnly: true },
          label: l('newsletter:subscriber-unsubscribedAt'),
        },
      ],
    },
    {
      name: 'preferences',
      type: 'group',
      label: l('newsletter:subscriber-preferences'),
      fields: [
        {
          name: 'units',
          type: 'relationship',
          admin: { description: l('newsletter:subscriber-emptyAllUnits') },
          hasMany: true,
          label: l('newsletter:subscriber-units'),
          relationTo: units,
        },
        {
          name: 'categories',
          type: 'select',
          admin: { description: l('newsletter:subscriber-emptyAllCategories') },
          hasMany: true,
          label: l('newsletter:subscriber-categories'),
          options: [...CATEGORIES],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'digest',
              type: 'select',
              defaultValue: 'weekly',
              label: l('newsletter:subscriber-digest'),
              options: [...DIGEST_FREQUENCIES],
              required: true,
            },
            {
              name: 'urgentAlerts',
              type: 'checkbox',
              defaultValue: true,
              label: l('newsletter:subscriber-urgentAlerts'),
            },
          ],
        },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { readOnly: true },
      label: l('newsletter:subscriber-consent'),
      fields: [
        {
          name: 'textVersion',
          type: 'number',
          label: l('newsletter:subscriber-consentTextVersion'),
        },
        {
          name: 'at',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('newsletter:subscriber-when'),
        },
        {
          name: 'source',
          type: 'select',
          label: l('newsletter:subscriber-source'),
          options: [...CONSENT_SOURCES],
        },
        {
          name: 'ipHash',
          type: 'text',
          admin: {
            description: l('newsletter:subscriber-ipHashHelp'),
          },
          label: l('newsletter:subscriber-ipHash'),
        },
      ],
    },
    {
      name: 'bounce',
      type: 'group',
      admin: { condition: (data) => data?.state === 'bounced', readOnly: true },
      label: l('newsletter:subscriber-bounce'),
      fields: [
        { name: 'at', type: 'date', label: l('newsletter:subscriber-when') },
        { name: 'reply', type: 'text', label: l('newsletter:subscriber-serverReply') },
      ],
    },
    // Written by the sending engine and the bounce mailbox only (see sending/soft-bounces.ts, bounces/): what each refusal of the address meant.
    {
      name: 'softBounceDays',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: {
        description: ({ i18n }) =>
          translator<NewsletterTranslationKeys>(i18n)('newsletter:subscriber-softBounceDaysHelp', {
            days: SOFT_BOUNCE_DAYS,
          }),
        readOnly: true,
      },
      defaultValue: 0,
      label: l('newsletter:subscriber-softBounceDays'),
    },
    {
      name: 'bounceHistory',
      type: 'array',
      access: { create: () => false, update: () => false },
      admin: { condition: (data) => Boolean(data?.bounceHistory?.length), readOnly: true },
      label: l('newsletter:subscriber-bounceHistory'),
      labels: {
        plural: l('newsletter:subscriber-events'),
        singular: l('newsletter:subscriber-event'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'at',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: l('newsletter:subscriber-when'),
              required: true,
            },
            {
              name: 'kind',
              type: 'select',
              label: l('newsletter:subscriber-kind'),
              options: [...BOUNCE_KINDS],
              required: true,
            },
          ],
        },
        { name: 'reply', type: 'text', label: l('newsletter:subscriber-serverReply') },
        {
          name: 'decision',
          type: 'text',
          label: l('newsletter:subscriber-decision'),
          required: true,
        },
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
