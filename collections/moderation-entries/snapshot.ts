import type { Field } from 'payload'

import { label } from '../../src/domain/labels'
import { validateHttpUrl } from '../../src/domain/validators'
import { dateTimeAdmin, staffReadField } from '../../src/fields/field-options'

/** The removed comment and its author, kept privately for complaints. */
export const snapshotField: Field = {
  name: 'snapshot',
  type: 'group',
  access: staffReadField,
  admin: {
    description: label(
      'Migawka treści – tylko dla osób zatwierdzających i administratorów, na potrzeby skarg; nigdy nie jest publikowana. Usuwana po roku (chyba że skarga jest w toku).',
      'Private snapshot for complaints; never published. Cleared after a year unless a complaint is open.',
    ),
  },
  label: label('Migawka treści (poufna)', 'Content snapshot (private)'),
  fields: [
    { name: 'text', type: 'textarea', label: label('Treść komentarza', 'Comment text') },
    {
      type: 'row',
      fields: [
        { name: 'authorName', type: 'text', label: label('Autor', 'Author') },
        {
          name: 'authorProfileUrl',
          type: 'text',
          label: label('Adres profilu autora', 'Author’s profile URL'),
          validate: validateHttpUrl,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'commentUrl',
          type: 'text',
          label: label('Adres komentarza', 'Comment URL'),
          validate: validateHttpUrl,
        },
        {
          name: 'postedAt',
          type: 'date',
          admin: dateTimeAdmin,
          label: label('Napisano', 'Written at'),
        },
      ],
    },
    {
      name: 'commentId',
      type: 'text',
      admin: { readOnly: true },
      label: label('Identyfikator komentarza (Facebook)', 'Comment id (Facebook)'),
    },
  ],
}
