import { describe, expect, it } from 'vitest'

import {
  ALL_CHANNELS,
  channelPolicyProblem,
  checkChannelPolicy,
  DEFAULT_CHANNEL_POLICY,
  describePolicy,
  type PolicyRow,
  resolvePolicy,
  validatePolicyRows,
} from '../../src/domain/channel-policy'
import { planTransition, type TransitionInput } from '../../src/domain/workflow'

const policy: PolicyRow[] = [
  {
    category: 'consultations',
    reason: 'Konsultacje muszą dotrzeć do wszystkich.',
    required: ['fanpage', 'group', 'rss', 'newsletter'],
  },
  { category: 'safety', forbidden: ['group'], required: ['fanpage'] },
]

describe('category channel policy', () => {
  it('by default requires every channel for consultations and nothing elsewhere', () => {
    expect(resolvePolicy(null)).toEqual(DEFAULT_CHANNEL_POLICY)
    // A global nobody has saved yet has no updatedAt: still the default.
    expect(resolvePolicy({ rules: [] })).toEqual(DEFAULT_CHANNEL_POLICY)
    expect(
      checkChannelPolicy(DEFAULT_CHANNEL_POLICY, 'consultations', ['fanpage']).missing,
    ).toEqual(['group', 'rss', 'newsletter'])
    expect(checkChannelPolicy(DEFAULT_CHANNEL_POLICY, 'consultations', ALL_CHANNELS)).toMatchObject(
      { forbidden: [], missing: [] },
    )
    expect(checkChannelPolicy(DEFAULT_CHANNEL_POLICY, 'culture', [])).toMatchObject({
      forbidden: [],
      missing: [],
    })
  })

  it('keeps what staff saved, an empty list included', () => {
    expect(resolvePolicy({ rules: [], updatedAt: '2026-01-01T00:00:00.000Z' })).toEqual([])
    expect(resolvePolicy({ rules: policy, updatedAt: '2026-01-01T00:00:00.000Z' })).toBe(policy)
  })

  it('names the missing and the forbidden channels, with the reason', () => {
    expect(channelPolicyProblem(policy, 'consultations', ['fanpage', 'rss'])).toBe(
      'Wpis z kategorii „Konsultacje społeczne” nie spełnia zasad kanałów publikacji – dodaj kanały „Grupa mieszkańców (Facebook)” i „Newsletter e-mail”. Konsultacje muszą dotrzeć do wszystkich.',
    )
    expect(channelPolicyProblem(policy, 'safety', ['group'])).toBe(
      'Wpis z kategorii „Bezpieczeństwo i ostrzeżenia” nie spełnia zasad kanałów publikacji – dodaj kanał „Fanpage urzędu (Facebook)”; usuń kanał „Grupa mieszkańców (Facebook)”.',
    )
    expect(channelPolicyProblem(policy, 'safety', ['fanpage', 'rss'])).toBeNull()
    expect(channelPolicyProblem(policy, 'culture', ['group'])).toBeNull()
    expect(channelPolicyProblem(policy, null, null)).toBeNull()
  })

  it('describes the policy of a category for the editor', () => {
    expect(describePolicy(policy, 'safety')).toBe(
      'Kategoria „Bezpieczeństwo i ostrzeżenia” – wymagane kanały: „Fanpage urzędu (Facebook)”; niedozwolone kanały: „Grupa mieszkańców (Facebook)”.',
    )
    expect(describePolicy(policy, 'culture')).toBeNull()
    expect(describePolicy([{ category: 'sport', forbidden: [], required: [] }], 'sport')).toBeNull()
  })

  it('refuses a policy with a category twice or a channel both required and forbidden', () => {
    expect(validatePolicyRows(policy)).toBe(true)
    expect(validatePolicyRows(null)).toBe(true)
    expect(validatePolicyRows([...policy, { category: 'safety', required: ['rss'] }])).toMatch(
      /„Bezpieczeństwo i ostrzeżenia” występuje więcej niż raz \(wiersz 3\)/,
    )
    expect(
      validatePolicyRows([{ category: 'sport', forbidden: ['rss', 'group'], required: ['rss'] }]),
    ).toMatch(/„Kanał RSS” nie może być jednocześnie wymagany i niedozwolony/)
  })
})

describe('approval enforces the channel policy', () => {
  const base: TransitionInput = {
    action: 'approve',
    actor: { id: 7, role: 'approver' },
    from: 'in_review',
    log: [{ by: 1, decision: 'submit' }],
    missing: [],
    now: new Date('2026-05-01T10:00:00Z'),
    policyProblem: channelPolicyProblem(policy, 'consultations', ['fanpage']),
    unit: { approvalLevels: 1 },
  }

  it('refuses an approval that breaks the policy, with the message naming the channels', () => {
    const plan = planTransition(base)
    expect(plan).toMatchObject({ ok: false, status: 400 })
    expect(!plan.ok && plan.message).toMatch(
      /dodaj kanały „Grupa mieszkańców \(Facebook\)”, „Kanał RSS” i „Newsletter e-mail”/,
    )
  })

  it('approves the same post once it complies', () => {
    expect(planTransition({ ...base, policyProblem: null })).toMatchObject({
      ok: true,
      to: 'published',
    })
  })

  it('lets a submission waiting for an approver through, but not one that approves itself', () => {
    const submit = {
      ...base,
      action: 'submit' as const,
      actor: { id: 1, role: 'editor' as const },
      from: 'draft' as const,
      log: [],
    }
    expect(planTransition(submit)).toMatchObject({ ok: true, to: 'in_review' })
    const trusted = planTransition({ ...submit, unit: { trusted: true } })
    expect(trusted).toMatchObject({ ok: false, status: 400 })
    expect(!trusted.ok && trusted.message).toMatch(/nie spełnia zasad kanałów/)
  })

  it('does not stand in the way of withdrawing or requesting changes', () => {
    expect(
      planTransition({ ...base, action: 'request_changes', comment: 'Dodaj kanały.' }),
    ).toMatchObject({ ok: true, to: 'changes_requested' })
  })
})
