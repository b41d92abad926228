import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { CAMPAIGNS, RECIPIENTS, SUBSCRIBERS } from '../constants'
import { readOnly } from './read-only'
import { both, l } from '../labels'

export const RECIPIENT_STATES = [
  { label: l('newsletter:recipient-sending'), value: 'sending' },
  { label: l('newsletter:recipient-sent'), value: 'sent' },
  { label: l('newsletter:recipient-retrying'), value: 'retry' },
  { label: l('newsletter:recipient-bounced'), value: 'bounced' },
  { label: l('newsletter:recipient-failed'), value: 'failed' },
  { label: l('newsletter:recipient-uncertain'), value: 'uncertain' },
] as const

/** One message to one subscriber; its unique key is the claim that keeps it from being sent twice. */
export const recipientsCollection: CollectionConfig = {
  slug: RECIPIENTS,
  labels: {
    plural: l('newsletter:recipient-campaignRecipients'),
    singular: l('newsletter:recipient-campaignRecipient'),
  },
  access: { ...readOnly, read: staffOnly },
  // Listed for staff (filtered from a campaign's progress), written by the engine only.
  admin: {
    defaultColumns: ['subscriber', 'campaign', 'state', 'attempts', 'sentAt', 'reply'],
    group: both('group'),
  },
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      index: true,
      label: l('newsletter:recipient-campaign'),
      relationTo: CAMPAIGNS,
      required: true,
    },
    {
      name: 'subscriber',
      type: 'relationship',
      index: true,
      label: l('newsletter:recipient-subscriber'),
      relationTo: SUBSCRIBERS,
    },
    {
      name: 'key',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    // Not indexed: every message writes its state twice, and lookups by state go through the campaign's index.
    {
      name: 'state',
      type: 'select',
      label: l('newsletter:recipient-state'),
      options: [...RECIPIENT_STATES],
      required: true,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: l('newsletter:recipient-attempts'),
    },
    // Attempts the mail server refused for reasons of its own (login, relay…): numbered like every attempt, never counted towards giving up.
    {
      name: 'heldAttempts',
      type: 'number',
      defaultValue: 0,
      label: l('newsletter:recipient-heldAttempts'),
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: l('newsletter:recipient-nextAttempt'),
    },
    {
      name: 'claimedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: l('newsletter:recipient-claimedAt'),
    },
    { name: 'reply', type: 'text', label: l('newsletter:recipient-serverReply') },
    { name: 'messageId', type: 'text', label: l('newsletter:recipient-messageId') },
    {
      name: 'sentAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: l('newsletter:recipient-sentAt'),
    },
  ],
  // claimedAt and sentAt say when; Payload's own timestamps would add two indexed writes to every message.
  timestamps: false,
}
