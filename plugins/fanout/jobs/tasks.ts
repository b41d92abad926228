import type { TaskConfig } from 'payload'

import { BIP_CHECK_TASK, DELIVER_TASK, SWEEP_TASK } from '../constants'
import { checkBipUrls } from '../engine/bip-check'
import { newJobCache, processDelivery } from '../outbox/process'
import { sweep } from '../outbox/sweep'
// Payload takes a task's label as a plain string: in Polish, the install's language.
import { polishT } from '../i18n'

/**
 * The deliveries of one post (or one retried delivery), sent side by side. Their own failures are
 * settled by the engine; a throw here is unexpected, and the whole job is retried (safely: every
 * attempt is claimed, so a retry never sends twice).
 */
export const deliverTask: TaskConfig<{
  input: { deliveryIds: string[] }
  output: { outcomes: string[] }
}> = {
  slug: DELIVER_TASK,
  label: polishT('fanout:task:deliver'),
  handler: async ({ input, req }) => {
    const cache = newJobCache()
    const outcomes = await Promise.all(
      input.deliveryIds.map((id) => processDelivery(req.payload, id, undefined, cache)),
    )
    return { output: { outcomes } }
  },
  inputSchema: [{ name: 'deliveryIds', type: 'json', required: true }],
  outputSchema: [{ name: 'outcomes', type: 'json', required: true }],
  retries: { attempts: 5, backoff: { delay: 5_000, type: 'exponential' } },
}

export const sweepTask: TaskConfig<{
  input: object
  output: { dead: number; released: number; repaired: number; requeued: number }
}> = {
  slug: SWEEP_TASK,
  label: polishT('fanout:task:sweep'),
  handler: async ({ req }) => ({ output: await sweep(req.payload) }),
  outputSchema: [
    { name: 'dead', type: 'number', required: true },
    { name: 'released', type: 'number', required: true },
    { name: 'repaired', type: 'number', required: true },
    { name: 'requeued', type: 'number', required: true },
  ],
  retries: 1,
}

export const bipCheckTask: TaskConfig<{ input: object; output: { checked: number } }> = {
  slug: BIP_CHECK_TASK,
  label: polishT('fanout:task:bipCheck'),
  handler: async ({ req }) => ({ output: { checked: await checkBipUrls(req.payload) } }),
  outputSchema: [{ name: 'checked', type: 'number', required: true }],
  retries: 1,
}
