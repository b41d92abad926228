'use client'

import type { TextFieldClientComponent } from 'payload'

import { PasswordField } from '@payloadcms/ui'

/**
 * The current password on one's own account, asked for when the e-mail or the password changes.
 * A masked input that the browser may fill; it is checked only by the server (Users'
 * `confirmCredentialChange`), so a save that changes neither never asks for it.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField
    autoComplete="current-password"
    field={field}
    path={path ?? field.name}
    validate={() => true}
  />
)
