'use client'

import type { TextFieldClientComponent } from 'payload'

import { TextField, useAuth } from '@payloadcms/ui'

import { isAdmin } from '../../../src/access/roles'

/**
 * A read-only text field only admins see. (Not `admin.condition`: a condition would also make the
 * column nullable in SQL, and the scheduler needs the value.)
 */
export const AdminOnlyTextField: TextFieldClientComponent = (props) => {
  const { user } = useAuth()
  return isAdmin(user) ? <TextField {...props} readOnly /> : null
}
