import type { CollectionConfig } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { AUDIT_LOG, AUDITED_COLLECTIONS } from '../constants'
import { USERS } from '../../../src/domain/slugs'

const nobody = () => false

/**
 * The audit log: every state change of posts, BIP entries, deliveries, discussion rules, the
 * moderation register and channel settings, with who, when and what. Approvers and admins read it;
 * nobody writes, corrects or deletes it through the API or the admin — only the audit hooks and
 * the fan-out engine append to it.
 */
export const auditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: { plural: label('Dziennik zmian', 'Audit log'), singular: label('Zmiana', 'Change') },
  admin: {
    defaultColumns: ['at', 'documentCollection', 'documentTitle', 'summary', 'actor'],
    description: label(
      'Kto, kiedy i co zmienił: stany wpisów, wpisów BIP, publikacji w kanałach, zasad dyskusji, rejestru moderacji, skarg i ustawień kanałów. Dziennika nie można edytować ani usuwać.',
      'Who changed what and when. The log cannot be edited or deleted.',
    ),
    group: label('Przejrzystość', 'Transparency'),
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
          label: label('Kiedy', 'When'),
          required: true,
        },
        // Not `collection`: Mongoose reserves that path name.
        {
          name: 'documentCollection',
          type: 'select',
          index: true,
          label: label('Rodzaj dokumentu', 'Collection'),
          options: [...AUDITED_COLLECTIONS],
          required: true,
        },
        {
          name: 'operation',
          type: 'select',
          label: label('Operacja', 'Operation'),
          options: [
            option('create', 'Utworzenie', 'Create'),
            option('update', 'Zmiana', 'Update'),
            option('delete', 'Usunięcie', 'Delete'),
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
          label: label('Identyfikator dokumentu', 'Document id'),
          required: true,
        },
        { name: 'documentTitle', type: 'text', label: label('Dokument', 'Document') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'field',
          type: 'text',
          admin: {
            description: label(
              'Pole stanu, jeśli stan się zmienił.',
              'The state field, when the state changed.',
            ),
          },
          label: label('Pole', 'Field'),
        },
        { name: 'from', type: 'text', label: label('Z', 'From') },
        { name: 'to', type: 'text', label: label('Na', 'To') },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: label('Co zmieniono', 'What changed'),
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'actor',
          type: 'text',
          admin: {
            description: label(
              'Osoba albo „system” / identyfikator procesu roboczego.',
              'A person, or "system" / the worker id.',
            ),
          },
          label: label('Kto', 'Who'),
          required: true,
        },
        {
          name: 'user',
          type: 'relationship',
          index: true,
          label: label('Konto użytkownika', 'User account'),
          relationTo: USERS,
        },
      ],
    },
  ],
  timestamps: true,
}
