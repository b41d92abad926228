import type { CollectionConfig } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { labels } from '../../../src/domain/translate'
import { AUDIT_LOG, AUDITED_COLLECTIONS } from '../constants'
import { USERS } from '../../../src/domain/slugs'
import { type AuditTranslationKeys, inBothLanguages } from '../translations'

const nobody = () => false
const l = labels<AuditTranslationKeys>()

/**
 * The audit log: every state change of posts, BIP entries, deliveries, discussion rules, the
 * moderation register and channel settings, with who, when and what. Approvers and admins read it;
 * nobody writes, corrects or deletes it through the API or the admin — only the audit hooks and
 * the fan-out engine append to it.
 */
export const auditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: { plural: l('audit:log'), singular: l('audit:change') },
  admin: {
    defaultColumns: ['at', 'documentCollection', 'documentTitle', 'summary', 'actor'],
    description: inBothLanguages('description'),
    group: inBothLanguages('group'),
    hidden: ({ user }) => !isStaff(user),
    listSearchableFields: ['summary', 'documentTitle', 'actor', 'documentId'],
    useAsTitle: 'summary',
  },
  defaultSort: '-at',
  access: { create: nobody, delete: nobody, read: ({ req }) => isStaff(req.user), update: nobody },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'at',
          type: 'date',
          admin: {
            date: { displayFormat: 'd MMMM yyyy, HH:mm:ss', pickerAppearance: 'dayAndTime' },
          },
          index: true,
          label: l('audit:at'),
          required: true,
        },
        // Not `collection`: Mongoose reserves that path name.
        {
          name: 'documentCollection',
          type: 'select',
          index: true,
          label: l('audit:documentCollection'),
          options: [...AUDITED_COLLECTIONS],
          required: true,
        },
        {
          name: 'operation',
          type: 'select',
          label: l('audit:action'),
          options: [
            { label: l('audit:operation-create'), value: 'create' },
            { label: l('audit:operation-update'), value: 'update' },
            { label: l('audit:operation-delete'), value: 'delete' },
          ],
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documentId',
          type: 'text',
          index: true,
          label: l('audit:documentId'),
          required: true,
        },
        { name: 'documentTitle', type: 'text', label: l('audit:document') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'field',
          type: 'text',
          admin: {
            description: inBothLanguages('fieldHelp'),
          },
          label: l('audit:field'),
        },
        { name: 'from', type: 'text', label: l('audit:from') },
        { name: 'to', type: 'text', label: l('audit:to') },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: l('audit:summary'),
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'actor',
          type: 'text',
          admin: {
            description: inBothLanguages('actorHelp'),
          },
          label: l('audit:actor'),
          required: true,
        },
        {
          name: 'user',
          type: 'relationship',
          index: true,
          label: l('audit:user'),
          relationTo: USERS,
        },
      ],
    },
  ],
  timestamps: true,
}
