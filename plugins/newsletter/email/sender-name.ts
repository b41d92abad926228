import type { Payload } from 'payload'

import { officeName } from '../../fanout/exports/server'
import { newsletterOptions } from '../context'

/** Who newsletter emails come from: the gmina's office, or the sender name the options give. */
export const senderName = async (payload: Payload) =>
  (await officeName(payload)) ?? newsletterOptions(payload).senderName
