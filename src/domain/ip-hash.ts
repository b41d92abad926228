import { createHmac } from 'node:crypto'

/** Records keep a keyed hash of a client's address (consents, complaints), never the address itself. */
export const hashIp = (secret: string, ip: string) =>
  createHmac('sha256', secret).update(ip).digest('hex')
