import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { USERS } from '../../../src/domain/slugs'
import { PRIVACY_REQUESTS } from '../constants'

/**
 * A register of data-subject requests (RODO art. 15 and 17) handled for newsletter subscribers:
 * who handled which kind of request and when, with no personal data of the subscriber.
 */
export const privacyRequests: CollectionConfig = {
  slug: PRIVACY_REQUESTS,
  labels: {
    plural: label('Wnioski RODO (newsletter)', 'GDPR requests (newsletter)'),
    singular: label('Wniosek RODO', 'GDPR request'),
  },
  access: { create: () => false, delete: () => false, read: staffOnly, update: () => false },
  admin: {
    defaultColumns: ['kind', 'handledBy', 'createdAt'],
    group: label('Newsletter', 'Newsletter'),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: label('Rodzaj', 'Kind'),
      options: [
        option('export', 'Dostęp do danych (art. 15)', 'Access (art. 15)'),
        option('erase', 'Usunięcie danych (art. 17)', 'Erasure (art. 17)'),
      ],
      required: true,
    },
    {
      name: 'handledBy',
      type: 'relationship',
      label: label('Kto wykonał', 'Handled by'),
      relationTo: USERS,
    },
    { name: 'recordsAffected', type: 'number', label: label('Rekordów', 'Records') },
  ],
}
