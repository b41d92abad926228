import type { TaskConfig } from 'payload'

import { NEWSLETTER_BATCH_TASK } from '../constants'
import { BATCH_SIZE } from '../defaults'
import { processCampaignBatch } from '../sending/batch'

/** One batch of a campaign; the batch queues the next one itself. */
export const newsletterBatchTask: TaskConfig<{
  input: { campaignId: string; chain?: null | string }
  output: { done: boolean; sent: number }
}> = {
  slug: NEWSLETTER_BATCH_TASK,
  label: 'Wysyłka newslettera (partia)',
  handler: async ({ input, req }) => ({
    output: await processCampaignBatch(req.payload, input.campaignId, BATCH_SIZE, input.chain),
  }),
  inputSchema: [
    { name: 'campaignId', type: 'text', required: true },
    { name: 'chain', type: 'text' },
  ],
  outputSchema: [
    { name: 'done', type: 'checkbox', required: true },
    { name: 'sent', type: 'number', required: true },
  ],
  // A batch that throws is retried; its claimed-but-unsent recipients wait for the lease to be judged.
  retries: { attempts: 3, backoff: { delay: 10_000, type: 'exponential' } },
}
