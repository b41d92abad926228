import type { CollectionConfig, CollectionSlug } from 'payload'

import { inUsersUnits, isAdmin, isStaff } from '../../../src/access/roles'
import { CHANNELS } from '../../../src/domain/taxonomy'
import { DELIVERY_STATES } from '../delivery/states'
import { reachField } from '../reach/fields'
import { ACCOUNTS, ATTEMPTS, CORRECTIONS, DELIVERIES } from '../constants'
import { CORRECTION_ACTIONS } from '../rules/correction-actions'
import { bothLanguages, fanoutLabel, fanoutOption } from '../i18n'

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
    plural: fanoutLabel('fanout:label:deliveries'),
    singular: fanoutLabel('fanout:label:delivery'),
  },
  admin: {
    defaultColumns: ['post', 'channel', 'state', 'attempts', 'sentAt', 'reason'],
    group: bothLanguages((f) => f.label.distribution),
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
      label: fanoutLabel('fanout:label:post'),
      relationTo: postsSlug,
      required: true,
    },
    {
      name: 'unit',
      type: 'relationship',
      index: true,
      label: fanoutLabel('fanout:label:unit'),
      relationTo: unitsSlug,
    },
    {
      name: 'channel',
      type: 'select',
      index: true,
      label: fanoutLabel('fanout:label:channel'),
      options: [...CHANNELS],
      required: true,
    },
    {
      name: 'account',
      type: 'relationship',
      label: fanoutLabel('fanout:label:channelAccount'),
      relationTo: ACCOUNTS,
    },
    // A correction's delivery: the copy already out is corrected (`correctionAction`), not sent anew.
    {
      name: 'correction',
      type: 'relationship',
      index: true,
      label: fanoutLabel('fanout:correction:singular'),
      relationTo: CORRECTIONS,
    },
    {
      name: 'correctionAction',
      type: 'select',
      label: fanoutLabel('fanout:correction:action'),
      options: CORRECTION_ACTIONS.map((action) =>
        fanoutOption(action, `fanout:correction:action-${action}`),
      ),
    },
    {
      name: 'state',
      type: 'select',
      index: true,
      label: fanoutLabel('fanout:label:state'),
      options: [...DELIVERY_STATES],
      required: true,
    },
    { name: 'reason', type: 'text', label: fanoutLabel('fanout:label:whyWhatToDo') },
    {
      name: 'priority',
      type: 'number',
      admin: { description: fanoutLabel('fanout:label:priorityHint') },
      defaultValue: 1,
      index: true,
      label: fanoutLabel('fanout:label:priority'),
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: fanoutLabel('fanout:label:attempts'),
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      index: true,
      label: fanoutLabel('fanout:label:nextAttempt'),
    },
    {
      name: 'leaseUntil',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      label: fanoutLabel('fanout:label:leasedUntil'),
    },
    {
      name: 'queuedAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      label: fanoutLabel('fanout:label:queuedAt'),
    },
    { name: 'lastError', type: 'textarea', label: fanoutLabel('fanout:label:lastError') },
    { name: 'lastErrorCode', type: 'text', label: fanoutLabel('fanout:label:errorCode') },
    {
      name: 'externalId',
      type: 'text',
      index: true,
      label: fanoutLabel('fanout:label:externalId'),
    },
    { name: 'externalUrl', type: 'text', label: fanoutLabel('fanout:label:copyUrl') },
    {
      name: 'sentAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      index: true,
      label: fanoutLabel('fanout:label:sentAt'),
    },
    { name: 'text', type: 'textarea', label: fanoutLabel('fanout:label:copyText') },
    { name: 'payload', type: 'json', label: fanoutLabel('fanout:label:payloadSent') },
    {
      name: 'lint',
      type: 'json',
      label: fanoutLabel('fanout:label:groupModerationWarnings'),
    },
    {
      name: 'flag',
      type: 'select',
      label: fanoutLabel('fanout:label:flag'),
      options: [fanoutOption('bip_withdrawn', 'fanout:label:flagBipWithdrawn')],
    },
    {
      name: 'withdrawal',
      type: 'select',
      index: true,
      label: fanoutLabel('fanout:label:withdrawal'),
      options: [
        fanoutOption('takedown', 'fanout:label:bipWithdrawalTakedown'),
        fanoutOption('task', 'fanout:label:bipWithdrawalTask'),
      ],
    },
    {
      name: 'takenDownAt',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
      label: fanoutLabel('fanout:label:takenDownAt'),
    },
    reachField,
    {
      name: 'attemptLog',
      type: 'join',
      collection: ATTEMPTS,
      label: fanoutLabel('fanout:label:attemptLog'),
      on: 'delivery',
    },
  ],
})

export const deliveryAttempts: CollectionConfig = {
  slug: ATTEMPTS,
  labels: {
    plural: fanoutLabel('fanout:label:deliveryAttempts'),
    singular: fanoutLabel('fanout:label:deliveryAttempt'),
  },
  admin: {
    defaultColumns: ['delivery', 'number', 'outcome', 'startedAt'],
    group: bothLanguages((f) => f.label.distribution),
    // The claims behind each send are internal: approvers read them in their delivery's attempt log.
    hidden: ({ user }) => !isAdmin(user),
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
        fanoutOption('sent', 'fanout:label:sent'),
        fanoutOption('already_sent', 'fanout:label:alreadySent'),
        fanoutOption('retry', 'fanout:label:retry'),
        fanoutOption('wait', 'fanout:label:rateLimited'),
        fanoutOption('needs_action', 'fanout:label:needsAction'),
        fanoutOption('failed', 'fanout:label:failed'),
      ],
    },
    { name: 'error', type: 'textarea' },
  ],
}
