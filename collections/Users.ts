import type { CollectionConfig } from 'payload'

import { adminsOnly, isAdmin, roleOf } from '../src/access/roles'
import { forgetSuccessfulLogin, forgotPasswordEndpoint, guardLogin } from '../src/auth/login-guard'
import { label, option } from '../src/domain/labels'
import { serverUrlIsHttps } from '../src/server/same-origin'

export const ROLE_OPTIONS = [
  option('admin', 'Administrator (zespół komunikacji)', 'Admin (communication team)'),
  option('approver', 'Zatwierdzający (rzecznik, sekretarz)', 'Approver (spokesperson, secretary)'),
  option('editor', 'Redaktor jednostki', 'Unit editor'),
] as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { plural: label('Użytkownicy', 'Users'), singular: label('Użytkownik', 'User') },
  admin: {
    defaultColumns: ['name', 'email', 'role', 'units'],
    group: label('Administracja', 'Administration'),
    useAsTitle: 'name',
  },
  auth: {
    // Payload takes one value for the instance: Secure when SERVER_URL is https. Behind a TLS
    // proxy without SERVER_URL, the API route adds it per request (src/server/api-guard.ts).
    cookies: { secure: serverUrlIsHttps() },
    // No lock on the account: anyone knowing a staff e-mail could lock its owner out. Failed
    // logins are limited per client instead (src/auth/login-guard.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
  },
  endpoints: [forgotPasswordEndpoint('users')],
  hooks: { afterLogin: [forgetSuccessfulLogin], beforeOperation: [guardLogin] },
  access: {
    admin: ({ req }) => !!req.user,
    create: adminsOnly,
    delete: adminsOnly,
    // Staff see colleagues (to assign posts and read the approval log); editors see themselves.
    read: ({ req }) => {
      const role = roleOf(req.user)
      if (role === 'admin' || role === 'approver') return true
      return req.user ? { id: { equals: req.user.id } } : false
    },
    update: ({ req }) => (isAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false),
    // Nothing is locked any more, but Payload's unlock endpoint stays admins' only (its default is any staff).
    unlock: adminsOnly,
  },
  fields: [
    { name: 'name', type: 'text', label: label('Imię i nazwisko', 'Full name'), required: true },
    {
      name: 'role',
      type: 'select',
      access: { create: ({ req }) => isAdmin(req.user), update: ({ req }) => isAdmin(req.user) },
      defaultValue: 'editor',
      label: label('Rola', 'Role'),
      options: [...ROLE_OPTIONS],
      required: true,
      saveToJWT: true,
    },
    {
      name: 'units',
      type: 'relationship',
      access: { create: ({ req }) => isAdmin(req.user), update: ({ req }) => isAdmin(req.user) },
      admin: {
        description: label(
          'Jednostki, w imieniu których użytkownik pisze wpisy.',
          'Units this user writes posts for.',
        ),
      },
      hasMany: true,
      label: label('Jednostki', 'Units'),
      relationTo: 'units',
      saveToJWT: true,
    },
    {
      name: 'position',
      type: 'text',
      label: label('Stanowisko', 'Position'),
    },
  ],
}
