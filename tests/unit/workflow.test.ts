import { describe, expect, it } from 'vitest'

import { missingForApproval } from '../../src/domain/post-readiness'
import { lexicalParagraphs } from '../../src/seed/lexical'
import {
  availableActions,
  canEditContent,
  planTransition,
  type TransitionInput,
} from '../../src/domain/workflow'

const now = new Date('2026-05-01T10:00:00Z')
const base: TransitionInput = {
  action: 'submit',
  actor: { id: 1, role: 'editor' },
  from: 'draft',
  log: [],
  missing: [],
  now,
  unit: { approvalLevels: 1, trusted: false },
}

describe('planTransition', () => {
  it('submits a draft for review', () => {
    const plan = planTransition(base)
    expect(plan).toMatchObject({ ok: true, to: 'in_review' })
  })

  it("auto-approves and publishes a trusted unit's submission", () => {
    const plan = planTransition({ ...base, unit: { trusted: true } })
    expect(plan.ok && plan.entries.map((e) => e.decision)).toEqual([
      'submit',
      'auto_approve',
      'publish',
    ])
    expect(plan).toMatchObject({ to: 'published' })
  })

  it("keeps a trusted unit's scheduled post approved until its time", () => {
    const plan = planTransition({
      ...base,
      publishAt: new Date('2026-05-02T10:00:00Z'),
      unit: { approvalLevels: 0 },
    })
    expect(plan).toMatchObject({ ok: true, to: 'approved' })
  })

  it('refuses approval by an editor', () => {
    const plan = planTransition({ ...base, action: 'approve', from: 'in_review' })
    expect(plan).toMatchObject({ ok: false, status: 403 })
    expect(!plan.ok && plan.message).toMatch(/Redaktor nie może/)
  })

  it('never lets the author approve their own post, whatever their role', () => {
    for (const role of ['approver', 'admin'] as const) {
      const own = { ...base, action: 'approve' as const, author: 5, from: 'in_review' as const }
      const plan = planTransition({ ...own, actor: { id: 5, role } })
      expect(plan).toMatchObject({ ok: false, status: 403 })
      expect(!plan.ok && plan.message).toMatch(/własnego wpisu/)
      expect(planTransition({ ...own, actor: { id: 6, role } })).toMatchObject({ ok: true })
    }
  })

  it('refuses approval while required fields are missing', () => {
    const plan = planTransition({
      ...base,
      action: 'approve',
      actor: { id: 2, role: 'approver' },
      from: 'in_review',
      missing: ['kategoria'],
    })
    expect(plan).toMatchObject({ ok: false, status: 400 })
    expect(!plan.ok && plan.message).toContain('kategoria')
  })

  it('needs two different approvers at level 2', () => {
    const unit = { approvalLevels: 2 }
    const approver = { id: 2, role: 'approver' as const }
    const first = planTransition({
      ...base,
      action: 'approve',
      actor: approver,
      from: 'in_review',
      log: [{ by: 1, decision: 'submit' }],
      unit,
    })
    expect(first).toMatchObject({ ok: true, to: 'in_review' })
    const log = [
      { by: 1, decision: 'submit' as const },
      { by: 2, decision: 'approve' as const },
    ]
    expect(
      planTransition({ ...base, action: 'approve', actor: approver, from: 'in_review', log, unit }),
    ).toMatchObject({ ok: false })
    expect(
      planTransition({
        ...base,
        action: 'approve',
        actor: { id: 3, role: 'admin' },
        from: 'in_review',
        log,
        unit,
      }),
    ).toMatchObject({ ok: true, to: 'published' })
  })

  it('forgets approvals of an earlier round after a resubmission', () => {
    const log = [
      { by: 1, decision: 'submit' as const },
      { by: 2, decision: 'approve' as const },
      { by: 2, decision: 'request_changes' as const },
      { by: 1, decision: 'submit' as const },
    ]
    const plan = planTransition({
      ...base,
      action: 'approve',
      actor: { id: 2, role: 'approver' },
      from: 'in_review',
      log,
      unit: { approvalLevels: 2 },
    })
    expect(plan).toMatchObject({ ok: true, to: 'in_review' })
  })

  it('requires a comment to request changes or withdraw', () => {
    const approver = { id: 2, role: 'approver' as const }
    expect(
      planTransition({ ...base, action: 'request_changes', actor: approver, from: 'in_review' }),
    ).toMatchObject({ ok: false, status: 400 })
    expect(
      planTransition({
        ...base,
        action: 'withdraw',
        actor: approver,
        comment: 'nieaktualne',
        from: 'published',
      }),
    ).toMatchObject({ ok: true, to: 'withdrawn' })
  })

  it('refuses actions that do not fit the state', () => {
    expect(planTransition({ ...base, from: 'published' })).toMatchObject({ ok: false, status: 400 })
  })

  it('lets the system publish only when the time has come', () => {
    const system = { id: null, role: 'system' as const }
    expect(
      planTransition({
        ...base,
        action: 'publish',
        actor: system,
        from: 'approved',
        publishAt: new Date('2026-05-01T11:00:00Z'),
      }),
    ).toMatchObject({ ok: false })
    expect(
      planTransition({
        ...base,
        action: 'publish',
        actor: system,
        from: 'approved',
        publishAt: new Date('2026-05-01T09:00:00Z'),
      }),
    ).toMatchObject({ ok: true, to: 'published' })
  })
})

describe('what each role may do', () => {
  it('offers editors no approval', () => {
    expect(availableActions('in_review', 'editor')).toEqual(['retract'])
    expect(availableActions('in_review', 'approver')).toEqual([
      'retract',
      'approve',
      'request_changes',
    ])
  })
  it("offers no approval of one's own post", () => {
    expect(availableActions('in_review', 'approver', true)).toEqual(['retract', 'request_changes'])
  })
  it('lets editors change content only in their own states', () => {
    expect(canEditContent('editor', 'draft')).toBe(true)
    expect(canEditContent('editor', 'changes_requested')).toBe(true)
    expect(canEditContent('editor', 'in_review')).toBe(false)
    expect(canEditContent('editor', 'published')).toBe(false)
    expect(canEditContent('approver', 'published')).toBe(true)
  })
})

describe('missingForApproval', () => {
  const ready = {
    body: lexicalParagraphs('Treść'),
    category: 'culture',
    channels: ['rss'],
    informationType: 'local_news',
    title: 'Tytuł',
    unit: 1,
  }
  it('is empty for a complete post', () => expect(missingForApproval(ready)).toEqual([]))
  it('demands a BIP entry for public information', () => {
    expect(missingForApproval({ ...ready, informationType: 'public_information' }).join()).toMatch(
      /BIP/,
    )
    expect(
      missingForApproval({ ...ready, bipReference: 5, informationType: 'public_information' }),
    ).toEqual([])
  })
  it('does not demand BIP for an urgent alert', () =>
    expect(missingForApproval({ ...ready, informationType: 'urgent_alert' })).toEqual([]))
  it('treats an empty editor state as no content', () => {
    expect(missingForApproval({ ...ready, body: lexicalParagraphs('   ') }).join()).toMatch(/treść/)
  })
})
