import { bipSuspicion, type BipSuspicion } from '../../src/domain/bip-suspicion'
import { monthOf } from '../../src/domain/register-month'
import { SOCIAL_CHANNELS } from './activity'
import { citedOnPage, pageInPeriod } from './page-posts'
import { inPeriod, type ReportPeriod } from './period'
import type { ReportsTranslationKeys } from './translations'
import type { BipRecord, DeliveryRecord, PagePostRecord, PostRecord } from './types'

export type BipProblem = 'bip_draft' | 'bip_withdrawn' | 'copy_before_bip' | 'no_bip'

/** The translation keys of the problems' descriptions. */
export const BIP_PROBLEMS = {
  bip_draft: 'reports:problem-bip_draft',
  bip_withdrawn: 'reports:problem-bip_withdrawn',
  copy_before_bip: 'reports:problem-copy_before_bip',
  no_bip: 'reports:problem-no_bip',
} as const satisfies Record<BipProblem, ReportsTranslationKeys>

export type PublicInformationRow = {
  bip: BipRecord | null
  channelsSent: string[]
  firstSocialAt: null | string
  post: PostRecord
  problems: BipProblem[]
}
export type FlaggedRow = { post: PostRecord; suspicion: BipSuspicion }
export type UnannouncedRow = { bip: BipRecord; citedBy: number }
export type BipMonth = {
  flagged: number
  handMade: number
  month: string
  publicInformation: number
  publicInformationOk: number
  unannounced: number
}

export type BipComparison = {
  flagged: FlaggedRow[]
  /** Posted on the Page by hand, public information by the heuristic, linking to no BIP. */
  handMade: PagePostRecord[]
  months: BipMonth[]
  /** Every post of the Page in the period, and those of them not sent by Herold. */
  page: { byHand: number; total: number }
  publicInformation: PublicInformationRow[]
  unannounced: UnannouncedRow[]
}

/**
 * The BIP-versus-social comparison of the two sources as they are, over the posts
 * published and the BIP entries published in the period:
 * - public-information posts with their BIP entries, and what is wrong (no entry, an entry not
 *   published or withdrawn, a social copy sent before the entry's publication);
 * - local news whose text suggests an official matter (`bipSuspicion`): "should this not be in
 *   BIP?";
 * - posts made on the Page by hand (read by the Page watcher) that carry public information
 *   and link to no BIP; they belong to the office, not to a unit, so a unit's report leaves them out;
 * - BIP entries never announced on any channel: no post citing them has a copy sent anywhere,
 *   and no post on the Page links to them.
 */
export const bipComparison = (input: {
  bips: readonly BipRecord[]
  deliveries: readonly DeliveryRecord[]
  months: readonly string[]
  pagePosts?: readonly PagePostRecord[]
  period: Pick<ReportPeriod, 'from' | 'to'>
  posts: readonly PostRecord[]
  unit?: null | string
}): BipComparison => {
  const bips = new Map(input.bips.map((b) => [b.id, b]))
  const deliveriesOf = new Map<string, DeliveryRecord[]>()
  for (const d of input.deliveries)
    deliveriesOf.set(d.post, [...(deliveriesOf.get(d.post) ?? []), d])
  const ofUnit = (unit: null | string) => !input.unit || unit === input.unit
  const published = input.posts.filter(
    (p) => ofUnit(p.unit) && inPeriod(input.period, p.publishedAt),
  )

  const publicInformation = published
    .filter((p) => p.informationType === 'public_information')
    .map((post): PublicInformationRow => {
      const bip = (post.bipReference && bips.get(post.bipReference)) || null
      const sent = (deliveriesOf.get(post.id) ?? []).filter((d) => d.state === 'sent' && d.sentAt)
      const social = sent
        .filter((d) => SOCIAL_CHANNELS.includes(d.channel))
        .map((d) => d.sentAt!)
        .sort()
      const problems: BipProblem[] = []
      if (!bip) problems.push('no_bip')
      else if (bip.state === 'withdrawn') problems.push('bip_withdrawn')
      else if (bip.state !== 'published') problems.push('bip_draft')
      if (bip?.publishedAt && social[0] && new Date(social[0]) < new Date(bip.publishedAt))
        problems.push('copy_before_bip')
      return {
        bip,
        channelsSent: [...new Set(sent.map((d) => d.channel))].sort(),
        firstSocialAt: social[0] ?? null,
        post,
        problems,
      }
    })

  const flagged = published
    .filter((p) => p.informationType === 'local_news')
    .map((post) => ({ post, suspicion: bipSuspicion(post.text) }))
    .filter((row): row is FlaggedRow => row.suspicion != null)

  // Announced: cited by a post that has a copy sent on some channel (any post, whenever published).
  const citing = new Map<string, number>()
  const announced = new Set<string>()
  for (const post of input.posts) {
    if (!post.bipReference) continue
    citing.set(post.bipReference, (citing.get(post.bipReference) ?? 0) + 1)
    if ((deliveriesOf.get(post.id) ?? []).some((d) => d.state === 'sent'))
      announced.add(post.bipReference)
  }
  const pagePosts = input.pagePosts ?? []
  for (const id of citedOnPage(input.bips, pagePosts)) announced.add(id)
  const page = pageInPeriod(input.unit ? [] : pagePosts, input.period)
  const unannounced = input.bips
    .filter(
      (b) =>
        b.state === 'published' &&
        ofUnit(b.producingUnit) &&
        inPeriod(input.period, b.publishedAt) &&
        !announced.has(b.id),
    )
    .map((bip) => ({ bip, citedBy: citing.get(bip.id) ?? 0 }))

  const byDate =
    <T>(at: (row: T) => null | string) =>
    (a: T, b: T) =>
      (at(a) ?? '').localeCompare(at(b) ?? '')
  publicInformation.sort(byDate((r) => r.post.publishedAt))
  flagged.sort(byDate((r) => r.post.publishedAt))
  unannounced.sort(byDate((r) => r.bip.publishedAt))

  const months = input.months.map((month) => ({
    flagged: flagged.filter((r) => monthOf(r.post.publishedAt!) === month).length,
    handMade: page.handMade.filter((p) => monthOf(p.createdTime) === month).length,
    month,
    publicInformation: publicInformation.filter((r) => monthOf(r.post.publishedAt!) === month)
      .length,
    publicInformationOk: publicInformation.filter(
      (r) => monthOf(r.post.publishedAt!) === month && !r.problems.length,
    ).length,
    unannounced: unannounced.filter((r) => monthOf(r.bip.publishedAt!) === month).length,
  }))
  return {
    flagged,
    handMade: page.handMade,
    months,
    page: { byHand: page.byHand, total: page.total },
    publicInformation,
    unannounced,
  }
}
