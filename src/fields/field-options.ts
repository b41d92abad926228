import type { FieldAccess } from 'payload'

import { isStaff } from '../access/roles'

/** Written by the collection's hooks only, never by a request. */
export const systemField = { create: () => false, update: () => false }

/** Readable by staff only. */
export const staffReadField: { read: FieldAccess } = { read: ({ req }) => isStaff(req.user) }

/** A date with its time, as the admin shows dates everywhere. */
export const dateTimeAdmin = {
  date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' as const },
}
