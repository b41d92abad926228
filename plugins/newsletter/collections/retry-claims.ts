import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { RETRY_CLAIMS } from '../constants'
import { readOnly } from './read-only'
import { both, l } from '../labels'

/**
 * The claim on one more attempt at a message after a temporary refusal: its unique key
 * `{recipient key}#{attempt}` lets exactly one worker make that attempt (a record's state cannot be
 * changed conditionally on every database, a unique insert can).
 */
export const retryClaimsCollection: CollectionConfig = {
  slug: RETRY_CLAIMS,
  labels: {
    plural: l('newsletter:retry-retryClaims'),
    singular: l('newsletter:retry-retryClaim'),
  },
  access: { ...readOnly, read: staffOnly },
  admin: { group: both('group'), hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'at', type: 'date', required: true },
  ],
  timestamps: false,
}
