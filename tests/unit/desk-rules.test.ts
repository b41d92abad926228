import { describe, expect, it } from 'vitest'

import { startOfWeek } from '../../src/domain/dates'
import { queuesForRole } from '../../plugins/desk/rules/queues-for-role'
import { relativeTime } from '../../plugins/desk/rules/relative-time'
import {
  approvedThisRound,
  changesRequested,
  submittedAt,
} from '../../plugins/desk/rules/review-round'
import { translations } from '../../plugins/desk/translations'
import { isCurrentView, postViews } from '../../plugins/desk/views/post-views'

const log = [
  { at: '2026-12-01T08:00:00Z', by: 7, decision: 'submit' as const },
  { at: '2026-12-01T09:00:00Z', by: 3, decision: 'approve' as const },
  {
    at: '2026-12-01T10:00:00Z',
    by: 4,
    comment: 'Popraw datę.',
    decision: 'request_changes' as const,
  },
  { at: '2026-12-02T08:00:00Z', by: 7, decision: 'submit' as const },
  { at: '2026-12-02T09:00:00Z', by: { id: 4 }, decision: 'approve' as const },
]

describe('review rounds', () => {
  it('start at the latest submission', () => {
    expect(submittedAt(log)).toBe('2026-12-02T08:00:00Z')
    expect(submittedAt([])).toBeNull()
  })

  it('count only approvals given since the latest submission', () => {
    expect(approvedThisRound(log, 3)).toBe(false)
    expect(approvedThisRound(log, 4)).toBe(true)
  })

  it('keep the latest request for changes with its comment', () => {
    expect(changesRequested(log)).toEqual({ at: '2026-12-01T10:00:00Z', comment: 'Popraw datę.' })
    expect(changesRequested(log.slice(0, 2))).toBeNull()
  })
})

describe('the words of a dashboard', () => {
  const now = new Date('2026-12-05T12:00:00Z')
  const ago = (ms: number) => new Date(now.getTime() - ms)

  it('say how long ago in the reader’s language', () => {
    expect(relativeTime(ago(5 * 60_000), now, 'pl')).toBe('5 minut temu')
    expect(relativeTime(ago(10_000), now, 'pl')).toBe('1 minutę temu')
    expect(relativeTime(ago(3 * 3_600_000), now, 'pl')).toBe('3 godziny temu')
    expect(relativeTime(ago(3 * 86_400_000), now, 'pl')).toBe('3 dni temu')
    expect(relativeTime(ago(-2 * 86_400_000), now, 'pl')).toBe('pojutrze')
    expect(relativeTime(ago(-5 * 86_400_000), now, 'en')).toBe('in 5 days')
  })

  it('have every Polish text in English too', () => {
    expect(Object.keys(translations.en.desk).sort()).toEqual(
      Object.keys(translations.pl.desk).sort(),
    )
  })
})

describe('queues by role', () => {
  it('give approvers the review, editors the writing and nobody else anything', () => {
    expect(queuesForRole('approver')).toEqual([
      'toApprove',
      'correctionsToApprove',
      'waitingForBip',
      'channelProblems',
    ])
    expect(queuesForRole('editor')).toContain('groupTasks')
    expect(queuesForRole(null)).toEqual([])
  })
})

describe('saved views of the posts list', () => {
  const saturday = new Date('2026-12-05T12:00:00Z')

  it('start the week on Monday at midnight in Warsaw, across the change of time too', () => {
    expect(startOfWeek(saturday).toISOString()).toBe('2026-11-29T23:00:00.000Z')
    expect(startOfWeek(new Date('2026-03-31T12:00:00Z')).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    )
    // Sunday 23:30 UTC is already Monday in Warsaw.
    expect(startOfWeek(new Date('2026-11-29T23:30:00Z')).toISOString()).toBe(
      '2026-11-29T23:00:00.000Z',
    )
  })

  it('give each role its views, "this week" computed for now', () => {
    expect(postViews('approver', 1, saturday).map((v) => v.id)).toEqual([
      'toApprove',
      'scheduled',
      'publishedThisWeek',
    ])
    const editor = postViews('editor', 42, saturday)
    expect(editor.find((v) => v.id === 'myDrafts')?.where.author).toEqual({ equals: '42' })
    expect(editor.find((v) => v.id === 'publishedThisWeek')?.where.publishedAt).toEqual({
      greater_than_equal: '2026-11-29T23:00:00.000Z',
    })
    expect(postViews(null, 1, saturday)).toEqual([])
  })

  it('recognise the view the list shows, whatever day "this week" was computed on', () => {
    const [toApprove, , thisWeek] = postViews('approver', 1, saturday)
    expect(isCurrentView(toApprove, { 'where[workflowState][equals]': 'in_review' })).toBe(true)
    expect(isCurrentView(toApprove, { 'where[workflowState][equals]': 'draft' })).toBe(false)
    expect(isCurrentView(toApprove, {})).toBe(false)
    expect(
      isCurrentView(thisWeek, {
        'where[publishedAt][greater_than_equal]': '2026-11-22T23:00:00.000Z',
        'where[workflowState][equals]': 'published',
      }),
    ).toBe(true)
  })
})
