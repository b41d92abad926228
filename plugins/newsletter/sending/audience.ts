import type { Payload, Where } from 'payload'

import { idOf } from '../../../src/access/roles'
import { RECIPIENTS, SUBSCRIBERS } from '../constants'
import { postsFor } from '../email/messages'
import type { CampaignDoc, CampaignKind, SubscriberRow } from '../types'

/** Who a campaign is for: confirmed subscribers wanting alerts, or this digest. */
const audience = (kind: CampaignKind): Where =>
  kind === 'alert'
    ? {
        and: [{ state: { equals: 'confirmed' } }, { 'preferences.urgentAlerts': { equals: true } }],
      }
    : {
        and: [
          { state: { equals: 'confirmed' } },
          { 'preferences.digest': { equals: kind === 'digest_daily' ? 'daily' : 'weekly' } },
        ],
      }

const prefsOf = (s: SubscriberRow) => ({
  categories: s.preferences?.categories ?? [],
  units: (s.preferences?.units ?? []).map((u) => String(idOf(u))),
  urgentAlerts: s.preferences?.urgentAlerts ?? false,
})

type ReceivedAlerts = Map<string, Set<string>> | null
const NONE: ReadonlySet<string> = new Set()

/** What one subscriber receives from a campaign, or nothing (a digest with nothing for them). */
export const blocksFor = (
  campaign: Pick<CampaignDoc, 'content' | 'kind'>,
  s: SubscriberRow,
  received: ReceivedAlerts,
) =>
  campaign.kind === 'alert'
    ? campaign.content.blocks
    : postsFor(
        campaign.content.blocks,
        prefsOf(s),
        received ? (received.get(String(s.id)) ?? NONE) : undefined,
      )

/** For a digest with urgent posts: which of those alerts each subscriber of a page was actually sent. */
export const receivedAlerts = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'content' | 'kind'>,
  page: SubscriberRow[],
): Promise<ReceivedAlerts> => {
  const alerts = campaign.kind === 'alert' ? undefined : campaign.content.alerts
  if (!alerts) return null
  const received = new Map<string, Set<string>>()
  if (!alerts.length || !page.length) return received
  const postOf = new Map(alerts.map((a) => [String(a.campaign), a.post]))
  const { docs } = await payload.db.find<{
    campaign: number | string | { id: number | string }
    subscriber: number | string | { id: number | string }
  }>({
    collection: RECIPIENTS,
    limit: page.length * alerts.length,
    pagination: false,
    select: { campaign: true, subscriber: true },
    where: {
      and: [
        { campaign: { in: alerts.map((a) => a.campaign) } },
        { subscriber: { in: page.map((s) => s.id) } },
        { state: { equals: 'sent' } },
      ],
    },
  })
  for (const r of docs) {
    const subscriber = String(idOf(r.subscriber))
    if (!received.has(subscriber)) received.set(subscriber, new Set())
    received.get(subscriber)!.add(postOf.get(String(idOf(r.campaign)))!)
  }
  return received
}

/** The next subscribers of an audience after a cursor, read straight from the adapter: only what a message needs. */
export const subscriberPage = async (
  payload: Payload,
  kind: CampaignKind,
  after: null | string,
  limit: number,
) =>
  (
    await payload.db.find<SubscriberRow>({
      collection: SUBSCRIBERS,
      limit,
      pagination: false,
      select: { email: true, manageToken: true, preferences: true },
      sort: 'id',
      where:
        after == null ? audience(kind) : { and: [audience(kind), { id: { greater_than: after } }] },
    })
  ).docs

/** How many subscribers will get something, counted when the campaign starts (its progress total). */
export const countAudience = async (
  payload: Payload,
  campaign: Pick<CampaignDoc, 'content' | 'kind'>,
) => {
  if (campaign.kind === 'alert')
    return (
      await payload.count({
        collection: SUBSCRIBERS,
        overrideAccess: true,
        where: audience('alert'),
      })
    ).totalDocs
  let total = 0
  let after: null | string = null
  for (;;) {
    const page = await subscriberPage(payload, campaign.kind, after, 2000)
    const received = await receivedAlerts(payload, campaign, page)
    total += page.filter((s) => blocksFor(campaign, s, received).length > 0).length
    if (page.length < 2000) return total
    after = String(page[page.length - 1].id)
  }
}
