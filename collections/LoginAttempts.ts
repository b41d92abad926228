import type { CollectionConfig } from 'payload'

import { adminsOnly } from '../src/access/roles'
import { label } from '../src/domain/labels'
import { LOGIN_ATTEMPTS } from '../src/domain/slugs'

/**
 * Failed logins per client (src/auth/login-guard.ts), in the database so the limit holds across
 * processes and restarts. Written only by the server, below the access rules; the client is kept
 * as a keyed hash of its address, never the address. Kept for the limit's window only.
 */
export const LoginAttempts: CollectionConfig = {
  slug: LOGIN_ATTEMPTS,
  labels: {
    plural: label('Nieudane logowania', 'Failed logins'),
    singular: label('Nieudane logowanie', 'Failed login'),
  },
  admin: { group: label('Administracja', 'Administration'), hidden: true },
  access: { create: () => false, delete: () => false, read: adminsOnly, update: () => false },
  timestamps: false,
  fields: [
    {
      name: 'client',
      type: 'text',
      index: true,
      label: label('Klient (skrót adresu)', 'Client (address hash)'),
      required: true,
    },
    { name: 'at', type: 'date', index: true, label: label('Kiedy', 'When'), required: true },
  ],
}
