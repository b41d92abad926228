import { CATEGORIES } from '../../src/domain/taxonomy'
import { polishLabelOf } from '../../src/domain/labels'
import { inPeriod, type ReportPeriod } from './period'
import type { DeliveryRecord, PostRecord, UnitRecord } from './types'
import { round1 } from './stats'

export type ReachGrouping = 'category' | 'unit'

export type ReachRow = {
  comments: number
  /** Fanpage copies sent in the period. */
  copies: number
  /** Mean reactions + comments + shares per measured copy. */
  engagementPerCopy: null | number
  impressions: null | number
  /** Copies for which Facebook gave impressions (the sum covers only these). */
  impressionsCopies: number
  key: string
  label: string
  /** Copies whose figures were read at least once. */
  measured: number
  reactions: number
  shares: number
}

/**
 * Reach of the fanpage copies sent in the period, per unit or per category of their posts: the
 * latest reactions, comments and shares, and impressions where Facebook still gives them (their
 * sum is over the copies that have them, and the row says how many those are).
 */
export const reachSummary = (input: {
  deliveries: readonly DeliveryRecord[]
  groupBy: ReachGrouping
  period: Pick<ReportPeriod, 'from' | 'to'>
  posts: readonly PostRecord[]
  unit?: null | string
  units: readonly UnitRecord[]
}): ReachRow[] => {
  const posts = new Map(input.posts.map((p) => [p.id, p]))
  const units = new Map(input.units.map((u) => [u.id, u]))
  const rows = new Map<string, ReachRow>()
  for (const d of input.deliveries) {
    if (d.channel !== 'fanpage' || d.state !== 'sent' || !inPeriod(input.period, d.sentAt)) continue
    const post = posts.get(d.post)
    if (!post || (input.unit && post.unit !== input.unit)) continue
    const key = input.groupBy === 'unit' ? (post.unit ?? '') : post.category
    const label =
      input.groupBy === 'unit'
        ? (units.get(key)?.name ?? `#${key}`)
        : polishLabelOf(CATEGORIES, key)
    const row = rows.get(key) ?? {
      comments: 0,
      copies: 0,
      engagementPerCopy: null,
      impressions: null,
      impressionsCopies: 0,
      key,
      label,
      measured: 0,
      reactions: 0,
      shares: 0,
    }
    row.copies++
    const reach = d.reach
    if (reach?.fetchedAt) {
      row.measured++
      row.reactions += reach.reactions ?? 0
      row.comments += reach.comments ?? 0
      row.shares += reach.shares ?? 0
      if (typeof reach.impressions === 'number') {
        row.impressions = (row.impressions ?? 0) + reach.impressions
        row.impressionsCopies++
      }
    }
    rows.set(key, row)
  }
  return [...rows.values()]
    .map((row) => ({
      ...row,
      engagementPerCopy: row.measured
        ? round1((row.reactions + row.comments + row.shares) / row.measured)
        : null,
    }))
    .sort(
      (a, b) =>
        b.reactions + b.comments + b.shares - (a.reactions + a.comments + a.shares) ||
        a.label.localeCompare(b.label, 'pl'),
    )
}
