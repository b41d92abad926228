import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { ValidationError } from 'payload'

import { adminsOnly, isAdmin, roleOf } from '../src/access/roles'
import {
  admitClient,
  forgetAttempt,
  forgetSuccessfulLogin,
  forgotPasswordEndpoint,
  guardLogin,
} from '../src/auth/login-guard'
import { verifyPassword } from '../src/auth/verify-password'
import { needsCurrentPassword } from '../src/domain/credentials'
import { label, option, say } from '../src/domain/labels'
import { UNITS, USERS } from '../src/domain/slugs'
import { serverUrlIsHttps } from '../src/server/same-origin'

export const ROLE_OPTIONS = [
  option('admin', 'Administrator (zespół komunikacji)', 'Admin (communication team)'),
  option('approver', 'Zatwierdzający (rzecznik, sekretarz)', 'Approver (spokesperson, secretary)'),
  option('editor', 'Redaktor jednostki', 'Unit editor'),
] as const

const CURRENT_PASSWORD_LABEL = label('Obecne hasło', 'Current password')

/** One's own e-mail or password changes only with the current password (`needsCurrentPassword`). */
const confirmCredentialChange: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update') return data
  const actorId = req.user?.collection === USERS ? req.user.id : null
  if (
    !needsCurrentPassword({
      actorId,
      emailAfter: data.email,
      emailBefore: originalDoc?.email,
      newPassword: data.password,
      targetId: originalDoc?.id,
    })
  )
    return data
  // The field's label and req.t name it in the top message too: the toast is all some answers carry.
  const refuse = (pl: string, en: string) =>
    new ValidationError(
      {
        collection: USERS,
        errors: [
          { label: CURRENT_PASSWORD_LABEL, message: say(req, pl, en), path: 'currentPassword' },
        ],
        req,
      },
      req.t,
    )
  const current = typeof data.currentPassword === 'string' ? data.currentPassword : ''
  if (!current)
    throw refuse(
      'Podaj obecne hasło, aby zmienić swój adres e-mail lub hasło.',
      'Enter your current password to change your e-mail address or password.',
    )
  // A guess at the current password counts against the client like a failed login: a stolen
  // session must not become a way round the login limit.
  const attempt = req.payloadAPI === 'REST' ? await admitClient(req) : undefined
  // originalDoc is read with hidden fields, so it carries the stored hash and salt.
  if (!(await verifyPassword(current, originalDoc ?? {})))
    throw refuse('Obecne hasło jest nieprawidłowe.', 'The current password is not correct.')
  if (attempt !== undefined) await forgetAttempt(req, attempt)
  return data
}

export const Users: CollectionConfig = {
  slug: USERS,
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
  endpoints: [forgotPasswordEndpoint(USERS)],
  hooks: {
    afterLogin: [forgetSuccessfulLogin],
    beforeChange: [confirmCredentialChange],
    beforeOperation: [guardLogin],
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
    update: ({ req }) =>
      isAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false,
    // Nothing is locked any more, but Payload's unlock endpoint stays admins' only (its default is any staff).
    unlock: adminsOnly,
  },
  fields: [
    {
      name: 'currentPassword',
      type: 'text',
      admin: {
        components: { Field: '/src/components/CurrentPasswordField#CurrentPasswordField' },
        // Only on one's own account: admins change colleagues' details without their password.
        condition: (data, _sibling, { operation, user }) =>
          operation === 'update' && !!user && String(user.id) === String(data?.id),
        // A function, so the admin renders it beside the custom (masked) input.
        description: ({ i18n }) =>
          say(
            { i18n },
            'Wymagane, gdy zmieniasz swój adres e-mail lub hasło.',
            'Required when you change your e-mail address or password.',
          ),
      },
      label: CURRENT_PASSWORD_LABEL,
      // Checked by confirmCredentialChange, never stored.
      virtual: true,
    },
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
      relationTo: UNITS,
      saveToJWT: true,
    },
    {
      name: 'position',
      type: 'text',
      label: label('Stanowisko', 'Position'),
    },
  ],
}
