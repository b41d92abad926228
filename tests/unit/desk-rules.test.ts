import { describe, expect, it } from 'vitest'

import { pluralKey } from '../../src/domain/plural'
import { queuesForRole } from '../../plugins/desk/rules/queues-for-role'
import { relativeTime } from '../../plugins/desk/rules/relative-time'
import {
  approvedThisRound,
  changesRequested,
  submittedAt,
} from '../../plugins/desk/rules/review-round'
import { translations } from '../../plugins/desk/translations'

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

  it('choose the Polish plural form', () => {
    expect([1, 2, 5, 12, 22, 25].map((n) => pluralKey('pl', n))).toEqual([
      'one',
      'few',
      'many',
      'many',
      'few',
      'many',
    ])
    expect(pluralKey('en', 2)).toBe('other')
  })

  it('have every Polish text in English too', () => {
    expect(Object.keys(translations.en.desk).sort()).toEqual(
      Object.keys(translations.pl.desk).sort(),
    )
  })
})

describe('queues by role', () => {
  it('give approvers the review, editors the writing and nobody else anything', () => {
    expect(queuesForRole('approver')).toEqual(['toApprove', 'waitingForBip', 'channelProblems'])
    expect(queuesForRole('editor')).toContain('groupTasks')
    expect(queuesForRole(null)).toEqual([])
  })
})
