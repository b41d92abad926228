import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '../../src/access/roles'

export const access: CollectionConfig['access'] = {
  create: ({ req }) => isStaff(req.user),
  delete: () => false,
  // The entry itself is public; its private parts are guarded field by field.
  read: () => true,
  update: ({ req }) => isAdmin(req.user),
}
