import type { Payload } from 'payload'

import { RECIPIENTS, SUBSCRIBERS } from '../../plugins/newsletter/exports/slugs'

/** A subscriber stored directly, as after double opt-in (the opt-in itself is tested over HTTP). */
export const createSubscriber = (
  payload: Payload,
  email: string,
  preferences: Record<string, unknown> = {},
  state: 'confirmed' | 'pending' | 'unsubscribed' | 'bounced' = 'confirmed',
) =>
  payload.create({
    collection: SUBSCRIBERS,
    data: { email, preferences: { digest: 'off', urgentAlerts: false, ...preferences }, state },
    overrideAccess: true,
  })

/** Every recipient record of a campaign. */
export const findRecipients = async (payload: Payload, campaignId: number | string) =>
  (
    await payload.find({
      collection: RECIPIENTS,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      where: { campaign: { equals: campaignId } },
    })
  ).docs
