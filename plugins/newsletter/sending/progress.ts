import type { Payload } from 'payload'

import { CAMPAIGNS, RECIPIENTS } from '../constants'
import type { CampaignDoc } from '../types'

/** Counts per recipient state, for the admin's progress view. */
const RECIPIENT_STATE_VALUES = [
  'sent',
  'sending',
  'retry',
  'bounced',
  'failed',
  'uncertain',
] as const
type Counts = Record<(typeof RECIPIENT_STATE_VALUES)[number], number>

/** How many of a campaign's messages are in each state, counted from the per-recipient records. */
export const countStates = async (payload: Payload, campaignId: number | string): Promise<Counts> =>
  Object.fromEntries(
    await Promise.all(
      RECIPIENT_STATE_VALUES.map(async (state) => [
        state,
        (
          await payload.db.count({
            collection: RECIPIENTS,
            where: { and: [{ campaign: { equals: campaignId } }, { state: { equals: state } }] },
          })
        ).totalDocs,
      ]),
    ),
  ) as Counts

/** Counts per recipient state, live, for the admin's progress view. */
export const campaignProgress = async (payload: Payload, campaignId: number | string) => {
  const campaign = (await payload.db.findOne({
    collection: CAMPAIGNS,
    where: { id: { equals: campaignId } },
  })) as CampaignDoc | null
  if (!campaign) return null
  return {
    ...(await countStates(payload, campaignId)),
    finishedAt: campaign.finishedAt ?? null,
    held: campaign.state === 'needs_action' ? (campaign.hold?.reason ?? null) : null,
    state: campaign.state,
    total: campaign.total ?? 0,
  }
}
