import { describe, expect, it } from 'vitest'

import { approvalHours, unitActivity } from '../../plugins/reports/activity'
import { bipComparison } from '../../plugins/reports/bip-comparison'
import {
  activityChart,
  activityTable,
  bipCsv,
  chartTable,
  moderationTable,
} from '../../plugins/reports/definitions'
import { moderationStats } from '../../plugins/reports/moderation-stats'
import { reachSummary } from '../../plugins/reports/reach-summary'
import {
  BIPS,
  COMPLAINTS,
  DELIVERIES,
  ENTRIES,
  EXPECTED_ACTIVITY,
  MONTHS,
  PERIOD,
  POSTS,
  UNITS,
} from '../helpers/report-data'

const input = {
  bips: BIPS,
  deliveries: DELIVERIES,
  months: MONTHS,
  period: PERIOD,
  posts: POSTS,
  units: UNITS,
}

describe('unit activity per month', () => {
  it('gives the figures worked out by hand, months in Warsaw time', () => {
    expect(unitActivity(input).map(({ unitId: _, ...row }) => row)).toEqual(EXPECTED_ACTIVITY)
  })

  it('filters by unit', () => {
    expect(
      unitActivity({ ...input, unit: 'u2' }).map((r) => [r.month, r.unitName, r.published]),
    ).toEqual([['2025-04', 'Szkoła Podstawowa', 2]])
  })

  it('takes the approval round that ended in the last approval', () => {
    expect(
      approvalHours([
        { at: '2025-01-01T08:00:00Z', decision: 'submit' },
        { at: '2025-01-01T09:00:00Z', decision: 'request_changes', to: 'changes_requested' },
        { at: '2025-01-02T08:00:00Z', decision: 'submit' },
        { at: '2025-01-02T09:00:00Z', decision: 'approve', to: 'in_review' },
        { at: '2025-01-02T14:00:00Z', decision: 'approve', to: 'approved' },
      ]),
    ).toBe(6)
    expect(approvalHours([])).toBeNull()
  })

  it('has a table and a chart stacked by unit', () => {
    const rows = unitActivity(input)
    const table = activityTable(rows)
    expect(table.columns).toHaveLength(2 + 1 + 4 * 3 + 7)
    expect(table.rows[0].slice(0, 3)).toEqual(['2025-03', 'Urząd Gminy', 3])
    const chart = activityChart(rows, MONTHS)
    expect(chart.categories).toEqual(['marzec 2025', 'kwiecień 2025'])
    expect(chart.series.map((s) => s.label)).toEqual(['Urząd Gminy', 'Szkoła Podstawowa'])
    expect(chart.values).toEqual([
      [3, 1],
      [0, 2],
    ])
    expect(chartTable(chart).rows).toEqual([
      ['marzec 2025', 3, 0],
      ['kwiecień 2025', 1, 2],
    ])
  })
})

describe('BIP versus social', () => {
  const c = bipComparison(input)

  it('lists public information with what is wrong with its BIP entry', () => {
    expect(
      c.publicInformation.map((r) => [
        r.post.id,
        r.bip?.id ?? null,
        r.problems,
        r.channelsSent,
        r.firstSocialAt,
      ]),
    ).toEqual([
      ['p1', 'b1', [], ['fanpage', 'group', 'rss'], '2025-03-10T11:00:00.000Z'],
      ['p3', 'b3', ['bip_withdrawn'], ['fanpage'], '2025-03-28T10:00:00.000Z'],
      ['p8', null, ['no_bip'], ['fanpage'], '2025-04-05T10:00:00.000Z'],
    ])
  })

  it('flags a social copy sent before the BIP publication', () => {
    const early = DELIVERIES.map((d) =>
      d.id === 'd1' ? { ...d, sentAt: '2025-03-10T07:00:00.000Z' } : d,
    )
    expect(bipComparison({ ...input, deliveries: early }).publicInformation[0].problems).toEqual([
      'copy_before_bip',
    ])
  })

  it('asks "should this be in BIP?" about local news that looks official', () => {
    expect(c.flagged.map((r) => [r.post.id, r.suspicion])).toEqual([
      ['p2', { caseReferences: [], terms: ['zarządzenie'] }],
      ['p7', { caseReferences: ['OR.0003.1.2025'], terms: [] }],
    ])
  })

  it('finds BIP entries no channel announced, in the period', () => {
    expect(c.unannounced.map((r) => [r.bip.id, r.citedBy])).toEqual([
      ['b5', 1],
      ['b4', 0],
    ])
  })

  it('counts per month for the chart, and exports one CSV of the three lists', () => {
    expect(c.months).toEqual([
      {
        flagged: 1,
        handMade: 0,
        month: '2025-03',
        publicInformation: 2,
        publicInformationOk: 1,
        unannounced: 1,
      },
      {
        flagged: 1,
        handMade: 0,
        month: '2025-04',
        publicInformation: 1,
        publicInformationOk: 0,
        unannounced: 1,
      },
    ])
    const csv = bipCsv(c, new Map(UNITS.map((u) => [u.id, u.name])))
    expect(csv.rows.map((r) => r[0])).toEqual([
      'Informacja publiczna',
      'Informacja publiczna',
      'Informacja publiczna',
      'Czy to nie powinno być w BIP?',
      'Czy to nie powinno być w BIP?',
      'Wpis BIP bez zapowiedzi',
      'Wpis BIP bez zapowiedzi',
    ])
    expect(csv.rows[1][7]).toBe('Wycofany z BIP')
    expect(csv.rows[1][10]).toBe('wpis BIP wycofany')
    expect(csv.rows[3][10]).toBe('zarządzenie')
  })

  it('covers the Page as it is: hand-made public information without BIP, and BIP links posted by hand', () => {
    const pagePost = (id: string, createdTime: string, kind: string, message: string) => ({
      createdTime,
      id,
      kind,
      message,
      permalink: `https://www.facebook.com/1/posts/${id}`,
      reason: kind === 'public_without_bip' ? 'przetarg' : null,
    })
    const withPage = bipComparison({
      ...input,
      pagePosts: [
        pagePost('f1', '2025-04-02T10:00:00.000Z', 'public_without_bip', 'Przetarg na drogę'),
        pagePost('f2', '2025-04-03T10:00:00.000Z', 'other', 'Zobacz https://bip.example/b4'),
        pagePost('f3', '2025-04-04T10:00:00.000Z', 'herold', 'Kopia z Herolda'),
        pagePost('f4', '2025-05-01T10:00:00.000Z', 'public_without_bip', 'Po okresie'),
      ],
    })
    expect(withPage.handMade.map((p) => p.id)).toEqual(['f1'])
    expect(withPage.page).toEqual({ byHand: 2, total: 3 })
    expect(withPage.months.map((m) => m.handMade)).toEqual([0, 1])
    // b4 was linked on the Page by hand: announced after all.
    expect(withPage.unannounced.map((r) => r.bip.id)).toEqual(['b5'])
    const csv = bipCsv(withPage, new Map(UNITS.map((u) => [u.id, u.name])))
    const row = csv.rows.find((r) => r[0] === 'Fanpage: informacja publiczna bez BIP')!
    expect([row[3], row[10], row[11]]).toEqual([
      'Przetarg na drogę',
      'przetarg',
      'https://www.facebook.com/1/posts/f1',
    ])
    // A unit's report leaves the office's Page out.
    expect(bipComparison({ ...input, pagePosts: withPage.handMade, unit: 'u1' }).handMade).toEqual(
      [],
    )
  })

  it('filters by unit', () => {
    const school = bipComparison({ ...input, unit: 'u2' })
    expect([
      school.publicInformation.length,
      school.flagged.map((r) => r.post.id),
      school.unannounced.length,
    ]).toEqual([0, ['p7'], 0])
  })
})

describe('moderation statistics', () => {
  it('counts actions and complaints per month, quiet months too', () => {
    const rows = moderationStats({
      complaints: COMPLAINTS,
      entries: ENTRIES,
      months: MONTHS,
      period: PERIOD,
    })
    expect(rows).toEqual([
      {
        actions: { comment_hidden: 1, comment_removed: 1, user_blocked: 0, user_unblocked: 0 },
        complaints: { pending: 0, rejected: 1, upheld: 1 },
        complaintsReceived: 2,
        decisionMedianDays: 2,
        month: '2025-03',
        totalActions: 2,
      },
      {
        actions: { comment_hidden: 0, comment_removed: 0, user_blocked: 1, user_unblocked: 0 },
        complaints: { pending: 1, rejected: 0, upheld: 0 },
        complaintsReceived: 1,
        decisionMedianDays: null,
        month: '2025-04',
        totalActions: 1,
      },
    ])
    expect(
      moderationStats({
        complaints: [],
        entries: [],
        months: ['2025-05'],
        period: { from: '2025-05', to: '2025-05' },
      })[0].totalActions,
    ).toBe(0)
    expect(moderationTable(rows).rows[0]).toEqual(['2025-03', 1, 1, 0, 0, 2, 2, 1, 1, 0, 2])
  })
})

describe('reach of fanpage copies', () => {
  it('sums the latest figures per unit, impressions only over the copies that have them', () => {
    expect(reachSummary({ ...input, groupBy: 'unit' })).toEqual([
      {
        comments: 2,
        copies: 3,
        engagementPerCopy: 8.5,
        impressions: 500,
        impressionsCopies: 1,
        key: 'u1',
        label: 'Urząd Gminy',
        measured: 2,
        reactions: 14,
        shares: 1,
      },
    ])
  })

  it('groups by category', () => {
    expect(
      reachSummary({ ...input, groupBy: 'category' }).map((r) => [
        r.label,
        r.copies,
        r.measured,
        r.reactions + r.comments + r.shares,
        r.impressions,
      ]),
    ).toEqual([
      ['Sesje rady', 1, 1, 13, 500],
      ['Ogłoszenia i komunikaty urzędowe', 2, 1, 4, null],
    ])
  })
})
