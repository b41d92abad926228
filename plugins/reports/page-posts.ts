import { inPeriod, type ReportPeriod } from './period'
import type { BipRecord, PagePostRecord } from './types'

/**
 * The Page as it is: its posts in the period (Herold's copies and those posted by hand), and the
 * hand-made ones whose text suggests public information while they link to no BIP.
 */
export const pageInPeriod = (
  pagePosts: readonly PagePostRecord[],
  period: Pick<ReportPeriod, 'from' | 'to'>,
) => {
  const posts = pagePosts.filter((p) => inPeriod(period, p.createdTime))
  return {
    byHand: posts.filter((p) => p.kind !== 'herold').length,
    handMade: posts
      .filter((p) => p.kind === 'public_without_bip')
      .sort((a, b) => a.createdTime.localeCompare(b.createdTime)),
    total: posts.length,
  }
}

/** BIP entries a Page post links to by their address: announced on the Page, if only by hand. */
export const citedOnPage = (bips: readonly BipRecord[], pagePosts: readonly PagePostRecord[]) => {
  const cited = new Set<string>()
  for (const bip of bips) {
    const url = bip.url.replace(/\/$/, '')
    if (url && pagePosts.some((p) => p.message.includes(url))) cited.add(bip.id)
  }
  return cited
}
