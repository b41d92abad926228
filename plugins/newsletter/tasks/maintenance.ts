import type { TaskConfig } from 'payload'

import { NEWSLETTER_MAINTENANCE_TASK } from '../constants'
import { resumeHeldCampaigns, resumeStalledCampaigns } from '../sending/holds'
import { purgeUnconfirmed } from '../subscription/subscription'

/**
 * Campaigns whose worker died are resumed, and those the mail server stopped once it takes mail
 * again; addresses never confirmed within a week are forgotten.
 */
export const newsletterMaintenanceTask: TaskConfig<{
  input: object
  output: { purged: number; resumed: number }
}> = {
  slug: NEWSLETTER_MAINTENANCE_TASK,
  label: 'Newsletter: wznowienia i porządki',
  handler: async ({ req }) => ({
    output: {
      purged: await purgeUnconfirmed(req.payload),
      resumed:
        (await resumeStalledCampaigns(req.payload)) +
        (await resumeHeldCampaigns(req.payload)).resumed,
    },
  }),
  outputSchema: [
    { name: 'purged', type: 'number', required: true },
    { name: 'resumed', type: 'number', required: true },
  ],
  retries: 1,
}
