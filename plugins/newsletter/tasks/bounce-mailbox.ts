import type { TaskConfig } from 'payload'

import { readBounceMailbox } from '../bounces/mailbox'
import { BOUNCE_MAILBOX_CRON, NEWSLETTER_BOUNCE_MAILBOX_TASK } from '../constants'

/** Reads the bounce mailbox when one is configured (see bounces/mailbox.ts); otherwise does nothing. */
export const newsletterBounceMailboxTask: TaskConfig<{
  input: object
  output: { processed: number; unrecognised: number }
}> = {
  slug: NEWSLETTER_BOUNCE_MAILBOX_TASK,
  label: 'Newsletter: skrzynka zwrotów',
  handler: async ({ req }) => ({ output: await readBounceMailbox(req.payload) }),
  outputSchema: [
    { name: 'processed', type: 'number', required: true },
    { name: 'unrecognised', type: 'number', required: true },
  ],
  // The next scheduled run tries again; a mail not yet moved is simply read then.
  retries: 0,
  // Once a minute, not with the outbox's upkeep every ten seconds: a login to the mail server each
  // time would be rude to it, and bounces are not urgent. The fan-out puts it on its own queue.
  schedule: [{ cron: BOUNCE_MAILBOX_CRON, queue: 'maintenance' }],
}
