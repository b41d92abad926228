import type { CollectionConfig } from 'payload'

import { inUsersUnits, isStaff } from '../../src/access/roles'

export const access: CollectionConfig['access'] = {
  create: ({ req }) => isStaff(req.user),
  // Kept with their outcome: the public register shows it.
  delete: () => false,
  // Editors see complaints about their units' moderation, to help answer them; never the complainant's contact.
  read: ({ req }) => (isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'unit') : false),
  update: ({ req }) => isStaff(req.user),
}

export const hiddenField = { create: () => false, read: () => false, update: () => false }
