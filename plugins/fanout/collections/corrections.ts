import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { inUsersUnits, isStaff } from '../../../src/access/roles'
import { USERS } from '../../../src/domain/slugs'
import { CORRECTIONS } from '../constants'
import { applyApprovedCorrection, decideCorrection } from '../hooks/corrections'
import { bothLanguages, fanoutLabel, fanoutOption } from '../i18n'

/** Read as `{ pl, en }` by the audit log and the post's panel. */
export const CORRECTION_STATES = [
  { label: bothLanguages((f) => f.correction.statePending), value: 'pending' },
  { label: bothLanguages((f) => f.correction.stateApproved), value: 'approved' },
  { label: bothLanguages((f) => f.correction.stateRejected), value: 'rejected' },
] as const

/** Written by the engine only: people act through `decision` (and its `comment`). */
const engineOnly = { create: () => false, update: () => false }

const when = (name: string, key: Parameters<typeof fanoutLabel>[0]): Field => ({
  name,
  type: 'date',
  access: engineOnly,
  admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
  label: fanoutLabel(key),
})

/**
 * Corrections after publication: editing a published post proposes one (the post stays as
 * residents know it), approvers decide by the unit's rules, and an approved correction changes the
 * post and reaches every channel that carried it, once (see `outbox/corrections.ts`).
 */
export const corrections = (
  postsSlug: CollectionSlug,
  unitsSlug: CollectionSlug,
): CollectionConfig => ({
  slug: CORRECTIONS,
  labels: {
    plural: fanoutLabel('fanout:correction:plural'),
    singular: fanoutLabel('fanout:correction:singular'),
  },
  admin: {
    defaultColumns: ['post', 'state', 'proposedBy', 'proposedAt', 'decidedAt'],
    group: bothLanguages((f) => f.label.distribution),
    hidden: ({ user }) => !isStaff(user),
  },
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) =>
      isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'unit') : false,
    update: ({ req }) => isStaff(req.user),
  },
  hooks: { afterChange: [applyApprovedCorrection], beforeChange: [decideCorrection] },
  fields: [
    {
      name: 'post',
      type: 'relationship',
      access: engineOnly,
      index: true,
      label: fanoutLabel('fanout:label:post'),
      relationTo: postsSlug,
      required: true,
    },
    {
      name: 'unit',
      type: 'relationship',
      access: engineOnly,
      index: true,
      label: fanoutLabel('fanout:label:unit'),
      relationTo: unitsSlug,
    },
    {
      name: 'state',
      type: 'select',
      access: engineOnly,
      defaultValue: 'pending',
      index: true,
      label: fanoutLabel('fanout:label:state'),
      options: [...CORRECTION_STATES],
      required: true,
    },
    {
      name: 'decision',
      type: 'select',
      admin: { hidden: true },
      options: [
        fanoutOption('approve', 'fanout:correction:approve'),
        fanoutOption('reject', 'fanout:correction:reject'),
      ],
      virtual: true,
    },
    { name: 'comment', type: 'textarea', label: fanoutLabel('fanout:correction:comment') },
    {
      name: 'proposedBy',
      type: 'relationship',
      access: engineOnly,
      label: fanoutLabel('fanout:correction:proposedBy'),
      relationTo: USERS,
    },
    when('proposedAt', 'fanout:correction:proposedAt'),
    {
      name: 'approvedBy',
      type: 'relationship',
      access: engineOnly,
      hasMany: true,
      label: fanoutLabel('fanout:correction:approvedBy'),
      relationTo: USERS,
    },
    when('decidedAt', 'fanout:correction:decidedAt'),
    // Content as stored on the post: `previous` what residents saw, `proposed` the correction.
    {
      name: 'changed',
      type: 'json',
      access: engineOnly,
      label: fanoutLabel('fanout:correction:changed'),
    },
    { name: 'previous', type: 'json', access: engineOnly, admin: { hidden: true } },
    { name: 'proposed', type: 'json', access: engineOnly, admin: { hidden: true } },
    { name: 'approvals', type: 'json', access: engineOnly, admin: { hidden: true } },
    // Per channel: the action taken, or why none was needed (`outbox/corrections.ts`).
    {
      name: 'plan',
      type: 'json',
      access: engineOnly,
      label: fanoutLabel('fanout:correction:plan'),
    },
  ],
})
