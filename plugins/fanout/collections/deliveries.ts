import type { CollectionConfig, CollectionSlug } from 'payload'

import { inUsersUnits, isStaff } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { CHANNELS } from '../../../src/domain/taxonomy'
import { DELIVERY_STATES } from '../delivery/states'
import { reachField } from '../reach/fields'
import { ACCOUNTS, ATTEMPTS, DELIVERIES } from '../constants'

const readAccess: NonNullable<CollectionConfig['access']>['read'] = ({ req }) =>
  isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'unit') : false

/**
 * The outbox: one record per post and channel account. Only the engine writes it; people act on it
 * through the plugin's endpoints (retry, record a group post, take down a copy).
 */
export const deliveries = (
  postsSlug: CollectionSlug,
  unitsSlug: CollectionSlug,
): CollectionConfig => ({
  slug: DELIVERIES,
  labels: {
    plural: label('Publikacje w kanałach', 'Deliveries'),
    singular: label('Publikacja w kanale', 'Delivery'),
  },
  admin: {
    defaultColumns: ['post', 'channel', 'state', 'attempts', 'sentAt', 'reason'],
    group: label('Dystrybucja', 'Distribution'),
    useAsTitle: 'key',
  },
  access: { create: () => false, delete: () => false, read: readAccess, update: () => false },
  fields: [
    {
      name: 'key',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    {
      name: 'post',
      type: 'relationship',
      index: true,
      label: label('Wpis', 'Post'),
      relationTo: postsSlug,
      required: true,
    },
    {
      name: 'unit',
      type: 'relationship',
      index: true,
      label: label('Jednostka', 'Unit'),
      relationTo: unitsSlug,
    },
    {
      name: 'channel',
      type: 'select',
      index: true,
      label: label('Kanał', 'Channel'),
      options: [...CHANNELS],
      required: true,
    },
    {
      name: 'account',
      type: 'relationship',
      label: label('Konto kanału', 'Channel account'),
      relationTo: ACCOUNTS,
    },
    {
      name: 'state',
      type: 'select',
      index: true,
      label: label('Stan', 'State'),
      options: [...DELIVERY_STATES],
      required: true,
    },
    { name: 'reason', type: 'text', label: label('Dlaczego / co zrobić', 'Why / what to do') },
    {
      name: 'priority',
      type: 'number',
      admin: { description: label('0 = pilny komunikat', '0 = urgent') },
      defaultValue: 1,
      index: true,
      label: label('Priorytet', 'Priority'),
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('Próby', 'Attempts') },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      index: true,
      label: label('Następna próba', 'Next attempt'),
    },
    {
      name: 'leaseUntil',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      label: label('Zajęta do', 'Leased until'),
    },
    {
      name: 'queuedAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      label: label('W kolejce od', 'Queued at'),
    },
    { name: 'lastError', type: 'textarea', label: label('Ostatni błąd', 'Last error') },
    { name: 'lastErrorCode', type: 'text', label: label('Kod błędu', 'Error code') },
    {
      name: 'externalId',
      type: 'text',
      index: true,
      label: label('Identyfikator w kanale', 'External id'),
    },
    { name: 'externalUrl', type: 'text', label: label('Adres kopii', 'Copy URL') },
    {
      name: 'sentAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      index: true,
      label: label('Opublikowano', 'Sent at'),
    },
    { name: 'text', type: 'textarea', label: label('Treść kopii', 'Copy text') },
    { name: 'payload', type: 'json', label: label('Wysłane dane', 'Payload sent') },
    {
      name: 'lint',
      type: 'json',
      label: label('Ostrzeżenia moderacji grupy', 'Group moderation warnings'),
    },
    {
      name: 'flag',
      type: 'select',
      label: label('Oznaczenie', 'Flag'),
      options: [
        option(
          'bip_withdrawn',
          'Wpis BIP wycofany – rozważ usunięcie kopii',
          'BIP entry withdrawn – consider taking the copy down',
        ),
      ],
    },
    {
      name: 'takenDownAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      label: label('Kopię usunięto', 'Taken down at'),
    },
    reachField,
    {
      name: 'attemptLog',
      type: 'join',
      collection: ATTEMPTS,
      label: label('Próby wysyłki', 'Attempts'),
      on: 'delivery',
    },
  ],
})

export const deliveryAttempts: CollectionConfig = {
  slug: ATTEMPTS,
  labels: {
    plural: label('Próby wysyłki', 'Delivery attempts'),
    singular: label('Próba wysyłki', 'Delivery attempt'),
  },
  admin: {
    defaultColumns: ['delivery', 'number', 'outcome', 'startedAt'],
    group: label('Dystrybucja', 'Distribution'),
    hidden: ({ user }) => !isStaff(user),
  },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) => isStaff(req.user),
    update: () => false,
  },
  fields: [
    // `${delivery}:${number}` is unique: inserting it is how a worker claims an attempt, on every database.
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'delivery', type: 'relationship', index: true, relationTo: DELIVERIES, required: true },
    { name: 'number', type: 'number', required: true },
    { name: 'worker', type: 'text' },
    {
      name: 'startedAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'outcome',
      type: 'select',
      options: [
        option('sent', 'Opublikowano', 'Sent'),
        option('already_sent', 'Już była opublikowana', 'Already sent'),
        option('retry', 'Ponowienie', 'Retry'),
        option('wait', 'Limit – czekanie', 'Rate limited'),
        option('needs_action', 'Wymaga działania', 'Needs action'),
        option('failed', 'Błąd', 'Failed'),
      ],
    },
    { name: 'error', type: 'textarea' },
  ],
}
