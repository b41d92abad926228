import type { Payload } from 'payload'

import { officeName } from '../engine/office'

/** Who newsletter emails come from: the gmina's office, or the configured sender name. */
export const senderName = async (payload: Payload) =>
  (await officeName(payload)) ?? process.env.SMTP_FROM_NAME ?? 'Serwis informacyjny gminy'
