import type { TaskConfig } from 'payload'

import { checkBipUrls } from '../engine/bip-check'
import { processDelivery } from '../engine/process'
import { sweep } from '../engine/sweep'

/** One delivery. Its own failures are settled by the engine; a throw here is unexpected and retried. */
export const deliverTask: TaskConfig<{ input: { deliveryId: number | string }; output: { outcome: string } }> = {
  slug: 'fanoutDeliver',
  label: 'Wysyłka wpisu do kanału',
  handler: async ({ input, req }) => ({ output: { outcome: await processDelivery(req.payload, input.deliveryId) } }),
  inputSchema: [{ name: 'deliveryId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: 5, backoff: { delay: 5_000, type: 'exponential' } },
}

export const sweepTask: TaskConfig<{ input: object; output: { dead: number; released: number; repaired: number; requeued: number } }> = {
  slug: 'fanoutSweep',
  label: 'Kontrola kolejki publikacji',
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
  slug: 'bipUrlCheck',
  label: 'Sprawdzenie adresów BIP',
  handler: async ({ req }) => ({ output: { checked: await checkBipUrls(req.payload) } }),
  outputSchema: [{ name: 'checked', type: 'number', required: true }],
  retries: 1,
}
