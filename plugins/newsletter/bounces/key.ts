import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

/** The VERP signing key, derived from Payload's secret: one secret less to configure and rotate. */
export const verpKey = (payload: Pick<Payload, 'secret'>) =>
  createHmac('sha256', payload.secret).update('herold-newsletter-verp').digest('hex')
