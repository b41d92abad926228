import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { CAMPAIGNS, RECIPIENTS, SUBSCRIBERS } from '../constants'
import { readOnly } from './read-only'

export const RECIPIENT_STATES = [
  option('sending', 'W trakcie wysyłki', 'Sending'),
  option('sent', 'Wysłana', 'Sent'),
  option('retry', 'Ponowna próba (błąd tymczasowy)', 'Retrying (temporary error)'),
  option('bounced', 'Odrzucona – adres nie istnieje', 'Bounced'),
  option('failed', 'Nie wysłano', 'Failed'),
  option(
    'uncertain',
    'Przerwano w chwili wysyłki – nie wiadomo, czy dotarła',
    'Interrupted while sending – outcome unknown',
  ),
] as const

/** One message to one subscriber; its unique key is the claim that keeps it from being sent twice. */
export const recipientsCollection: CollectionConfig = {
  slug: RECIPIENTS,
  labels: {
    plural: label('Adresaci wysyłek', 'Campaign recipients'),
    singular: label('Adresat wysyłki', 'Campaign recipient'),
  },
  access: { ...readOnly, read: staffOnly },
  // Listed for staff (filtered from a campaign's progress), written by the engine only.
  admin: {
    defaultColumns: ['subscriber', 'campaign', 'state', 'attempts', 'sentAt', 'reply'],
    group: label('Newsletter', 'Newsletter'),
  },
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      index: true,
      label: label('Wysyłka', 'Campaign'),
      relationTo: CAMPAIGNS,
      required: true,
    },
    {
      name: 'subscriber',
      type: 'relationship',
      index: true,
      label: label('Subskrybent', 'Subscriber'),
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
      label: label('Stan', 'State'),
      options: [...RECIPIENT_STATES],
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('Próby', 'Attempts') },
    // Attempts the mail server refused for reasons of its own (login, relay…): numbered like every attempt, never counted towards giving up.
    {
      name: 'heldAttempts',
      type: 'number',
      defaultValue: 0,
      label: label('Próby wstrzymane przez serwer', 'Attempts held by the server'),
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: label('Następna próba', 'Next attempt'),
    },
    {
      name: 'claimedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: label('Podjęto wysyłkę', 'Claimed at'),
    },
    { name: 'reply', type: 'text', label: label('Odpowiedź serwera', 'Server reply') },
    { name: 'messageId', type: 'text', label: label('Identyfikator wiadomości', 'Message-ID') },
    {
      name: 'sentAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: label('Wysłano', 'Sent at'),
    },
  ],
  // claimedAt and sentAt say when; Payload's own timestamps would add two indexed writes to every message.
  timestamps: false,
}
