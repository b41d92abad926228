import { describe, expect, it } from 'vitest'

import { approvalLogRows, deciderId } from '../../src/domain/approval-log-rows'

const log = [
  {
    at: '2026-03-01T09:05:00.000Z',
    by: 7,
    decision: 'submit' as const,
    from: 'draft' as const,
    id: 'a',
    to: 'in_review' as const,
  },
  {
    at: '2026-07-01T22:30:00.000Z',
    by: 8,
    comment: '  Popraw datę.  ',
    decision: 'request_changes' as const,
    from: 'in_review' as const,
    id: 'b',
    to: 'changes_requested' as const,
  },
  { at: '2026-07-02T08:00:00.000Z', by: null, decision: 'auto_approve' as const },
]

describe('the approval log as a list', () => {
  it('reads when (Warsaw time), who, the decision, the states and the comment, in Polish', () => {
    const rows = approvalLogRows(log, new Map([[7, 'Anna Redaktorka']]), 'pl')
    expect(rows[0]).toEqual({
      by: 'Anna Redaktorka',
      comment: '',
      decision: expect.stringMatching(/\S/),
      key: 'a',
      states: 'Szkic → Do akceptacji',
      when: '1 mar 2026, 10:05',
    })
    // A summer evening in UTC is the next day in Warsaw.
    expect(rows[1]).toMatchObject({ by: '#8', comment: 'Popraw datę.', when: '2 lip 2026, 00:30' })
    expect(rows[1].states).toMatch(/^Do akceptacji → /)
    expect(rows[2]).toMatchObject({ by: '—', key: '2', states: '' })
  })

  it('speaks English to English readers, and knows a populated decider', () => {
    const [row] = approvalLogRows(
      [{ ...log[0], by: { id: 9, name: 'Jan Sekretarz' } }],
      new Map(),
      'en',
    )
    expect(row).toMatchObject({ by: 'Jan Sekretarz', states: 'Draft → In review' })
    expect(row.when).toBe('1 Mar 2026, 10:05')
    expect(deciderId({ id: 9 })).toBe(9)
    expect(deciderId(null)).toBeNull()
  })
})
