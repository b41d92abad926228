import type { CollectionConfig } from 'payload'

import { label } from '../../../src/domain/labels'
import { POSTS, USERS } from '../../../src/domain/slugs'
import { ACCOUNTS } from '../../fanout/exports/slugs'
import { NOTIFICATION_KINDS, NOTIFICATIONS } from '../constants'

const nobody = () => false

/**
 * One notification for one person. Only the plugin writes them (its hooks, the read endpoint);
 * each user reads their own. The admin shows them under the bell, not in the navigation.
 */
export const notificationsCollection: CollectionConfig = {
  slug: NOTIFICATIONS,
  labels: {
    plural: label('Powiadomienia', 'Notifications'),
    singular: label('Powiadomienie', 'Notification'),
  },
  admin: { hidden: true, useAsTitle: 'title' },
  defaultSort: '-createdAt',
  access: {
    create: nobody,
    delete: nobody,
    read: ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false),
    update: nobody,
  },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      index: true,
      label: label('Odbiorca', 'Recipient'),
      relationTo: USERS,
      required: true,
    },
    {
      name: 'kind',
      type: 'select',
      label: label('Rodzaj', 'Kind'),
      options: NOTIFICATION_KINDS.map((kind) => ({ label: kind, value: kind })),
      required: true,
    },
    { name: 'title', type: 'text', label: label('Tytuł', 'Title'), required: true },
    { name: 'detail', type: 'textarea', label: label('Szczegóły', 'Details') },
    { name: 'post', type: 'relationship', label: label('Wpis', 'Post'), relationTo: POSTS },
    {
      name: 'account',
      type: 'relationship',
      label: label('Kanał', 'Channel'),
      relationTo: ACCOUNTS,
    },
    // kind:subject:event:recipient – the same event never notifies a person twice.
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'readAt', type: 'date', index: true, label: label('Przeczytano', 'Read at') },
    { name: 'emailedAt', type: 'date', label: label('Wysłano e-mailem', 'E-mailed at') },
  ],
}
