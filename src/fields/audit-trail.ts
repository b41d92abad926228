import type { ArrayField, Field } from 'payload'

import type { Label } from '../domain/labels'

/**
 * An append-only trail stored on the document itself. Nobody can write it through the API
 * (field access), the admin shows it read-only, and only the collection's own hooks append to it.
 */
export const auditTrailField = (
  name: string,
  labels: { plural: Label; singular: Label },
  fields: Field[],
): ArrayField => ({
  name,
  type: 'array',
  // Who decided what is for staff and the unit's own people, not for anonymous readers.
  access: { create: () => false, read: ({ req }) => !!req.user, update: () => false },
  admin: {
    components: { RowLabel: '/src/components/LogRowLabel#LogRowLabel' },
    initCollapsed: true,
    readOnly: true,
  },
  fields,
  label: labels.plural,
  labels,
})

/** The rows already stored plus the new ones; the stored rows are never taken from the request. */
export const appendRows = <T>(stored: null | T[] | undefined, added: T[]): T[] => [
  ...(stored ?? []),
  ...added,
]
