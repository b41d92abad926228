import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { USERS } from '../../../src/domain/slugs'
import { PRIVACY_REQUESTS } from '../constants'
import { both, l } from '../labels'

/**
 * A register of data-subject requests (RODO art. 15 and 17) handled for newsletter subscribers:
 * who handled which kind of request and when, with no personal data of the subscriber.
 */
export const privacyRequests: CollectionConfig = {
  slug: PRIVACY_REQUESTS,
  labels: {
    plural: l('newsletter:privacy-gdprRequests'),
    singular: l('newsletter:privacy-gdprRequest'),
  },
  access: { create: () => false, delete: () => false, read: staffOnly, update: () => false },
  admin: {
    defaultColumns: ['kind', 'handledBy', 'createdAt'],
    group: both('group'),
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: l('newsletter:privacy-kind'),
      options: [
        { label: l('newsletter:privacy-accessArt15'), value: 'export' },
        { label: l('newsletter:privacy-erasureArt17'), value: 'erase' },
      ],
      required: true,
    },
    {
      name: 'handledBy',
      type: 'relationship',
      label: l('newsletter:privacy-handledBy'),
      relationTo: USERS,
    },
    { name: 'recordsAffected', type: 'number', label: l('newsletter:privacy-records') },
  ],
}
