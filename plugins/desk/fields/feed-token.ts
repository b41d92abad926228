import type { Field } from 'payload'

import { FEED_TOKEN_FIELD } from '../constants'

const nobody = () => false

/**
 * On users: the SHA-256 of their calendar feed's secret token. Hidden (never in an answer, never in
 * the admin) and written by nobody through the API: only the feed endpoint sets or clears it, for
 * the signed-in user. A leaked database gives no working feed address.
 */
export const feedTokenField: Field = {
  name: FEED_TOKEN_FIELD,
  type: 'text',
  access: { create: nobody, read: nobody, update: nobody },
  hidden: true,
  index: true,
}
