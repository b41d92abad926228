import type { CollectionConfig } from 'payload'

import { adminsOnly, isAdmin, roleOf } from '../src/access/roles'
import { label, option } from '../src/domain/labels'

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
    // Lock an account for 10 minutes after 5 wrong passwords: the admin is on the open internet.
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
    tokenExpiration: 8 * 60 * 60,
  },
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
