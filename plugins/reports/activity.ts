import { monthOf } from '../../src/domain/register-month'
import { CHANNELS, type Channel } from '../../src/domain/taxonomy'
import { inPeriod, type ReportPeriod } from './period'
import type { BipRecord, DeliveryRecord, PostRecord, UnitRecord } from './types'
import { hoursBetween, median, percent, round1 } from './stats'

/** How a delivery counts in the report: skipped ones (a channel not configured) do not count at all. */
export const DELIVERY_OUTCOME: Record<string, 'failed' | 'sent' | 'waiting' | null> = {
  failed: 'failed',
  needs_action: 'waiting',
  pending: 'waiting',
  scheduled: 'waiting',
  sending: 'waiting',
  sent: 'sent',
  skipped: null,
  waiting_for_bip: 'waiting',
}

export const SOCIAL_CHANNELS: readonly string[] = ['fanpage', 'group']

export type ChannelCounts = { failed: number; sent: number; waiting: number }

export type ActivityRow = {
  /** Median hours from the submission to the approval, over the posts approved in the row. */
  approvalMedianHours: null | number
  approvals: number
  /** Median hours from the BIP entry's publication to the first social copy (fanpage or group). */
  bipToSocialMedianHours: null | number
  bipToSocialPosts: number
  channels: Record<Channel, ChannelCounts>
  month: string
  publicInformation: number
  /** Percent of the public-information posts whose BIP entry is published. */
  publicInformationShare: null | number
  publicInformationWithBip: number
  published: number
  unitId: string
  unitName: string
}

/**
 * Hours from the submission that opened the round to the approval that closed it, for the last
 * approval in the post's log (a post approved, withdrawn and approved again counts its last round).
 * Trusted units' posts are approved on submission and count as 0.
 */
export const approvalHours = (log: PostRecord['approvalLog']): null | number => {
  let submittedAt: null | string = null
  let hours: null | number = null
  for (const entry of log) {
    if (entry.decision === 'submit') submittedAt = entry.at
    else if (entry.to === 'approved' && submittedAt) hours = hoursBetween(submittedAt, entry.at)
  }
  return hours
}

/** Hours from the BIP entry's publication to the first copy sent to a social channel. */
export const bipToSocialHours = (
  bip: BipRecord | undefined,
  deliveries: readonly DeliveryRecord[],
): null | number => {
  if (!bip?.publishedAt) return null
  const sent = deliveries
    .filter((d) => SOCIAL_CHANNELS.includes(d.channel) && d.state === 'sent' && d.sentAt)
    .map((d) => new Date(d.sentAt!).getTime())
  return sent.length ? hoursBetween(bip.publishedAt, new Date(Math.min(...sent))) : null
}

const emptyChannels = () =>
  Object.fromEntries(CHANNELS.map((c) => [c.value, { failed: 0, sent: 0, waiting: 0 }])) as Record<
    Channel,
    ChannelCounts
  >

/**
 * Unit activity per month (the units' communication activity). A row is a
 * unit and a month in which it published posts; every figure of the row is about those posts:
 * their deliveries per channel (sent, failed, waiting — anything not yet out and not skipped), how
 * long their approval took, how soon the first social copy followed the BIP entry, and how many of
 * the public-information posts have a published BIP entry.
 */
export const unitActivity = (input: {
  bips: readonly BipRecord[]
  deliveries: readonly DeliveryRecord[]
  period: Pick<ReportPeriod, 'from' | 'to'>
  posts: readonly PostRecord[]
  unit?: null | string
  units: readonly UnitRecord[]
}): ActivityRow[] => {
  const bips = new Map(input.bips.map((b) => [b.id, b]))
  const units = new Map(input.units.map((u) => [u.id, u]))
  const deliveriesOf = new Map<string, DeliveryRecord[]>()
  for (const d of input.deliveries)
    deliveriesOf.set(d.post, [...(deliveriesOf.get(d.post) ?? []), d])

  const groups = new Map<string, { month: string; posts: PostRecord[]; unitId: string }>()
  for (const post of input.posts) {
    if (!post.unit || !inPeriod(input.period, post.publishedAt)) continue
    if (input.unit && post.unit !== input.unit) continue
    const month = monthOf(post.publishedAt!)
    const key = `${month}|${post.unit}`
    const group = groups.get(key) ?? { month, posts: [], unitId: post.unit }
    group.posts.push(post)
    groups.set(key, group)
  }

  const rows = [...groups.values()].map(({ month, posts, unitId }): ActivityRow => {
    const channels = emptyChannels()
    for (const post of posts) {
      for (const d of deliveriesOf.get(post.id) ?? []) {
        const outcome = DELIVERY_OUTCOME[d.state]
        if (outcome && d.channel in channels) channels[d.channel as Channel][outcome]++
      }
    }
    const approvals = posts
      .map((p) => approvalHours(p.approvalLog))
      .filter((h): h is number => h != null)
    const lags = posts
      .map((p) =>
        bipToSocialHours(
          p.bipReference ? bips.get(p.bipReference) : undefined,
          deliveriesOf.get(p.id) ?? [],
        ),
      )
      .filter((h): h is number => h != null)
    const publicInfo = posts.filter((p) => p.informationType === 'public_information')
    const withBip = publicInfo.filter(
      (p) => p.bipReference && bips.get(p.bipReference)?.state === 'published',
    ).length
    return {
      approvalMedianHours: round1(median(approvals)),
      approvals: approvals.length,
      bipToSocialMedianHours: round1(median(lags)),
      bipToSocialPosts: lags.length,
      channels,
      month,
      publicInformation: publicInfo.length,
      publicInformationShare: percent(withBip, publicInfo.length),
      publicInformationWithBip: withBip,
      published: posts.length,
      unitId,
      unitName: units.get(unitId)?.name ?? `#${unitId}`,
    }
  })
  return rows.sort(
    (a, b) => a.month.localeCompare(b.month) || a.unitName.localeCompare(b.unitName, 'pl'),
  )
}
