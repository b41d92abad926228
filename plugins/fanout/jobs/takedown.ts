import type { TaskConfig } from 'payload'

import { TAKEDOWN_TASK } from '../constants'
import { takeDownCopy } from '../outbox/withdrawal'
// Payload takes a task's label as a plain string: in Polish, the install's language.
import { polishT } from '../i18n'

/** Retries of a Page copy's takedown before it is left to the editors. */
export const TAKEDOWN_RETRIES = 5

/**
 * A Page copy taken down after its BIP entry was withdrawn. Queued in the transaction that
 * withdrew the entry; a temporary Graph failure throws and the queue retries it with backoff,
 * and the last try (`totalTried` counts the failed ones) turns a failure into the editors' task.
 */
export const takeDownTask: TaskConfig<{
  input: { deliveryId: string }
  output: { outcome: string }
}> = {
  slug: TAKEDOWN_TASK,
  label: polishT('fanout:task:takeDown'),
  handler: async ({ input, job, req }) => ({
    output: {
      outcome: await takeDownCopy(
        req.payload,
        input.deliveryId,
        (job.totalTried ?? 0) >= TAKEDOWN_RETRIES,
      ),
    },
  }),
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: TAKEDOWN_RETRIES, backoff: { delay: 30_000, type: 'exponential' } },
}
