import { describe, expect, it } from 'vitest'

import { DEFAULT_CHANNEL_POLICY, type PolicyRow } from '../../src/domain/channel-policy'
import {
  channelConfigProblem,
  overrideNote,
  unconfiguredRequired,
} from '../../src/domain/channel-readiness'
import { planTransition, type TransitionInput } from '../../src/domain/workflow'

const policy: PolicyRow[] = [
  { category: 'consultations', required: ['newsletter', 'fanpage', 'rss'] },
  { category: 'safety', forbidden: ['group'] },
]

describe('which required channels are not configured', () => {
  it('lists the required channels that cannot publish, in the order channels are listed', () => {
    expect(
      unconfiguredRequired(policy, 'consultations', ['newsletter', 'group', 'fanpage']),
    ).toEqual(['fanpage', 'newsletter'])
    expect(unconfiguredRequired(policy, 'consultations', ['group'])).toEqual([])
    expect(unconfiguredRequired(policy, 'safety', ['fanpage', 'group'])).toEqual([])
    expect(unconfiguredRequired(policy, 'culture', ['fanpage'])).toEqual([])
    expect(unconfiguredRequired(DEFAULT_CHANNEL_POLICY, 'consultations', ['fanpage'])).toEqual([
      'fanpage',
    ])
  })

  it('names the category and the channels in the refusal, and asks for an administrator', () => {
    expect(channelConfigProblem(policy, 'consultations', [])).toBeNull()
    expect(channelConfigProblem(policy, 'consultations', ['fanpage'])).toBe(
      'Wpisy z kategorii „Konsultacje społeczne” muszą trafić na kanał „Fanpage urzędu (Facebook)”, ale ten kanał nie jest połączony ani skonfigurowany — poproś administratora o konfigurację. Administrator może też zatwierdzić wpis mimo to, z uzasadnieniem.',
    )
    const two = channelConfigProblem(policy, 'consultations', ['fanpage', 'newsletter'])
    expect(two).toMatch(/kanały „Fanpage urzędu \(Facebook\)” i „Newsletter e-mail”, ale te kanały/)
    // No colon: the admin's error toast would cut the message there.
    expect(two).not.toContain(':')
  })
})

describe('the workflow with channels that are not configured', () => {
  const channelConfig = { channels: ['fanpage'], problem: 'Fanpage nie jest połączony.' }
  const base: TransitionInput = {
    action: 'approve',
    actor: { id: 2, role: 'approver' },
    author: 1,
    channelConfig,
    from: 'in_review',
    log: [],
    missing: [],
    now: new Date('2026-05-01T10:00:00Z'),
    unit: { approvalLevels: 1 },
  }

  it('refuses the approval with the reason, an override by anyone but an admin, and one without a reason', () => {
    expect(planTransition(base)).toEqual({
      message: 'Fanpage nie jest połączony.',
      ok: false,
      status: 400,
    })
    expect(planTransition({ ...base, comment: 'Pilne', override: true })).toMatchObject({
      ok: false,
      status: 403,
    })
    const admin = { ...base, actor: { id: 3, role: 'admin' as const }, override: true }
    expect(planTransition(admin)).toMatchObject({ ok: false, status: 400 })
    expect(planTransition({ ...admin, comment: '   ' })).toMatchObject({ ok: false, status: 400 })
  })

  it("records an admin's override with its reason in the approval entry", () => {
    const plan = planTransition({
      ...base,
      actor: { id: 3, role: 'admin' },
      comment: 'Termin ustawowy',
      override: true,
    })
    const note = overrideNote(['fanpage'], 'Termin ustawowy')
    expect(plan).toMatchObject({ note, ok: true, to: 'published' })
    expect(plan.ok && plan.entries[0]).toMatchObject({ by: 3, comment: note, decision: 'approve' })
  })

  it('binds a submission that approves itself, and leaves other actions alone', () => {
    const submit = { ...base, action: 'submit' as const, from: 'draft' as const }
    expect(planTransition({ ...submit, unit: { trusted: true } })).toMatchObject({ ok: false })
    expect(planTransition(submit)).toMatchObject({ ok: true, to: 'in_review' })
    expect(
      planTransition({ ...base, action: 'request_changes', comment: 'Popraw lead.' }),
    ).toMatchObject({ ok: true })
  })
})
