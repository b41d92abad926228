import { describe, expect, it } from 'vitest'

import {
  initialCorrectionState,
  planCorrectionDecision,
  type CorrectionDecisionInput,
} from '../../plugins/fanout/rules/correction-approval'
import { polishT } from '../../plugins/fanout/i18n'
import { correctionCopy } from '../../plugins/fanout/outbox/correction-send'
import { correctionPlan } from '../../plugins/fanout/rules/correction-actions'
import { changedFields, correctableContent } from '../../src/domain/corrections'

describe('changedFields', () => {
  const before = { body: { root: { a: 1 } }, images: [{ id: 1 }, 2], lead: 'Lead', title: 'Tytuł' }

  it('names only the correctable fields the update carries and changes', () => {
    expect(changedFields(before, { lead: 'Lead' })).toEqual([])
    expect(changedFields(before, { category: 'sport', title: 'Tytuł!' })).toEqual(['title'])
    expect(changedFields(before, { body: { root: { a: 2 } }, lead: '' })).toEqual(['lead', 'body'])
  })

  it('compares images by id, populated or not, in order', () => {
    expect(changedFields(before, { images: [1, { id: 2 }] })).toEqual([])
    expect(changedFields(before, { images: [2, 1] })).toEqual(['images'])
    expect(changedFields(before, { images: [] })).toEqual(['images'])
  })

  it('stores content with images as ids', () => {
    expect(correctableContent(before)).toEqual({
      body: before.body,
      channelCopy: null,
      images: [1, 2],
      lead: 'Lead',
      title: 'Tytuł',
    })
  })
})

describe('correctionPlan', () => {
  const sent = (channel: string, groupMode?: string) => ({
    channel,
    groupMode,
    originalState: 'sent',
  })

  it('edits the Page post in place, or reposts when photos changed', () => {
    expect(correctionPlan(sent('fanpage'), ['lead', 'body'])).toEqual({
      action: 'update',
      skip: false,
    })
    expect(correctionPlan(sent('fanpage'), ['title', 'images'])).toEqual({
      action: 'repost',
      skip: false,
    })
  })

  it('tells the operator, or hands the group post to an editor', () => {
    expect(correctionPlan(sent('group', 'webhook'), ['lead'])).toMatchObject({
      action: 'update_event',
    })
    expect(correctionPlan(sent('group', 'handoff'), ['lead'])).toMatchObject({ action: 'handoff' })
    expect(correctionPlan(sent('group', 'handoff'), ['images'])).toMatchObject({
      action: 'handoff',
    })
  })

  it('rebuilds feeds and puts a digest entry, whatever changed', () => {
    expect(correctionPlan(sent('rss'), ['images'])).toMatchObject({ action: 'rebuild' })
    expect(correctionPlan(sent('newsletter'), ['title'])).toMatchObject({
      action: 'digest_entry',
    })
  })

  it('needs nothing for a copy not out yet (it goes out corrected) or an unknown channel', () => {
    for (const originalState of ['pending', 'waiting_for_bip', 'failed', 'skipped', 'needs_action'])
      expect(correctionPlan({ channel: 'fanpage', originalState }, ['lead'])).toEqual({
        reason: 'not_sent',
        skip: true,
      })
    expect(correctionPlan(sent('mastodon'), ['lead'])).toEqual({
      reason: 'unknown_channel',
      skip: true,
    })
  })
})

describe('planCorrectionDecision', () => {
  const now = new Date('2026-12-06T10:00:00Z')
  const input = (over: Partial<CorrectionDecisionInput> = {}): CorrectionDecisionInput => ({
    actor: { id: 2, role: 'approver' },
    approvals: [],
    decision: 'approve',
    now,
    proposedBy: 1,
    state: 'pending',
    unit: { approvalLevels: 1 },
    ...over,
  })

  it('approves with one approver for a one-level unit', () => {
    expect(planCorrectionDecision(input())).toEqual({
      approvals: [{ at: now.toISOString(), by: 2 }],
      ok: true,
      state: 'approved',
    })
  })

  it('never lets the proposer approve, admins included, nor an editor', () => {
    expect(planCorrectionDecision(input({ actor: { id: 1, role: 'admin' } }))).toMatchObject({
      ok: false,
      status: 403,
    })
    expect(planCorrectionDecision(input({ actor: { id: 3, role: 'editor' } }))).toMatchObject({
      ok: false,
      status: 403,
    })
  })

  it('needs two different approvers for a two-level unit', () => {
    const first = planCorrectionDecision(input({ unit: { approvalLevels: 2 } }))
    expect(first).toMatchObject({ ok: true, state: 'pending' })
    const approvals = first.ok ? first.approvals : []
    expect(planCorrectionDecision(input({ approvals, unit: { approvalLevels: 2 } }))).toMatchObject(
      { ok: false, status: 400 },
    )
    expect(
      planCorrectionDecision(
        input({ actor: { id: 4, role: 'admin' }, approvals, unit: { approvalLevels: 2 } }),
      ),
    ).toMatchObject({ ok: true, state: 'approved' })
  })

  it('rejects only with a reason, and only what is pending', () => {
    expect(planCorrectionDecision(input({ decision: 'reject' }))).toMatchObject({ status: 400 })
    expect(planCorrectionDecision(input({ comment: 'Błąd', decision: 'reject' }))).toMatchObject({
      ok: true,
      state: 'rejected',
    })
    expect(planCorrectionDecision(input({ state: 'approved' }))).toMatchObject({ status: 400 })
  })

  it('approves a trusted unit’s correction at once', () => {
    expect(initialCorrectionState({ approvalLevels: 1, trusted: true })).toBe('approved')
    expect(initialCorrectionState({ approvalLevels: 0 })).toBe('approved')
    expect(initialCorrectionState({ approvalLevels: 1 })).toBe('pending')
  })
})

describe('correctionCopy', () => {
  const copy = {
    payload: { link: null, message: 'Festyn w niedzielę' },
    text: 'Festyn w niedzielę',
  }
  const original = { externalId: '1_2', url: null }

  it('marks a repost "Sprostowanie:" in what is sent and what is looked for', () => {
    expect(correctionCopy(copy, { action: 'repost', original }, polishT)).toEqual({
      payload: { link: null, message: 'Sprostowanie: Festyn w niedzielę' },
      text: 'Sprostowanie: Festyn w niedzielę',
    })
  })

  it('leaves an in-place edit as the post renders', () => {
    expect(correctionCopy(copy, { action: 'update', original }, polishT)).toBe(copy)
  })
})
