import type { EmailAdapter } from 'payload'

import { DEV_MAILBOX } from '../constants'
import type { DevMailboxOptions } from '../types'
import { keptMessage } from './kept-message'

/** Payload's e-mail adapter that keeps every message in the dev mailbox instead of sending it. */
export const devMailboxAdapter =
  ({ fromAddress, fromName }: DevMailboxOptions): EmailAdapter<{ id: number | string }> =>
  ({ payload }) => ({
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    name: 'dev-mailbox',
    sendEmail: async (message) => {
      const doc = await payload.create({
        collection: DEV_MAILBOX,
        data: keptMessage(message, { address: fromAddress, name: fromName }, new Date()),
        overrideAccess: true,
      })
      payload.logger.info(`Dev mailbox: kept “${doc.subject}” for ${doc.to}`)
      return { id: doc.id }
    },
  })
