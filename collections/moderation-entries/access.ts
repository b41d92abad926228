import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isStaff } from '../../src/access/roles'

export const access: CollectionConfig['access'] = {
  create: ({ req }) => isStaff(req.user),
  delete: () => false,
  // The entry itself is public; its private parts are guarded field by field.
  read: () => true,
  update: ({ req }) => isAdmin(req.user),
}

export const staffOnlyField: { create?: FieldAccess; read: FieldAccess; update?: FieldAccess } = {
  read: ({ req }) => isStaff(req.user),
}
export const systemField = { create: () => false, update: () => false }
