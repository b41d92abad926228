import { describe, expect, it } from 'vitest'

import { polishT } from '../../plugins/fanout/i18n'
import {
  WITHDRAWAL_SUMMARY_KEYS,
  withdrawalActionFor,
  withdrawalCopyKey,
  withdrawalSummary,
} from '../../plugins/fanout/rules/bip-withdrawal'

const sent = (channel: string, more: Record<string, unknown> = {}) => ({
  channel,
  state: 'sent',
  ...more,
})

describe('what a copy needs when its BIP entry is withdrawn', () => {
  it('takes a Page copy down or gives it to the editors, as its account says', () => {
    expect(withdrawalActionFor(sent('fanpage'), 'takedown')).toBe('takedown')
    expect(withdrawalActionFor(sent('fanpage'), 'task')).toBe('task')
    // An account saved before the policy existed leaves it to the editors.
    expect(withdrawalActionFor(sent('fanpage'), null)).toBe('task')
  })

  it('always gives a group post to the editors (no API reaches groups)', () => {
    expect(withdrawalActionFor(sent('group'), 'takedown')).toBe('task')
    expect(withdrawalActionFor(sent('group'), null)).toBe('task')
  })

  it('leaves alone what is not out, what was handled, and the instance’s own channels', () => {
    expect(withdrawalActionFor({ channel: 'fanpage', state: 'skipped' }, 'takedown')).toBeNull()
    expect(withdrawalActionFor(sent('fanpage', { withdrawal: 'task' }), 'takedown')).toBeNull()
    expect(withdrawalActionFor(sent('fanpage', { takenDownAt: '2026-05-01' }), 'task')).toBeNull()
    expect(withdrawalActionFor(sent('rss'), 'takedown')).toBeNull()
    expect(withdrawalActionFor(sent('newsletter'), 'takedown')).toBeNull()
  })
})

describe("where a post's withdrawn copies stand", () => {
  it('puts the work left first, and says where the copies went once removed', () => {
    expect(withdrawalSummary([sent('fanpage'), sent('rss')])).toBeNull()
    const removing = sent('fanpage', { withdrawal: 'takedown' })
    const removed = sent('fanpage', { takenDownAt: '2026-05-01', withdrawal: 'takedown' })
    const task = sent('group', { withdrawal: 'task' })
    const done = sent('group', { takenDownAt: '2026-05-01', withdrawal: 'task' })
    expect(withdrawalSummary([removing, task])).toBe('task')
    expect(withdrawalSummary([removing, done])).toBe('removing')
    expect(withdrawalSummary([removed])).toBe('removed')
    expect(withdrawalSummary([removed, done])).toBe('removed_other')
    expect(polishT(WITHDRAWAL_SUMMARY_KEYS.removed)).toBe(
      'Wycofany z BIP – kopia usunięta z Fanpage’a',
    )
    expect(polishT(WITHDRAWAL_SUMMARY_KEYS.task)).toBe('Wycofany z BIP – zadanie dla redakcji')
  })

  it("names each copy's line in the channels panel", () => {
    expect(withdrawalCopyKey(sent('fanpage'))).toBeNull()
    expect(withdrawalCopyKey(sent('group', { withdrawal: 'task' }))).toBe(
      'fanout:withdrawal:copyTask',
    )
    expect(withdrawalCopyKey(sent('fanpage', { withdrawal: 'takedown' }))).toBe(
      'fanout:withdrawal:copyRemoving',
    )
    expect(
      withdrawalCopyKey(sent('fanpage', { takenDownAt: '2026-05-01', withdrawal: 'takedown' })),
    ).toBe('fanout:withdrawal:copyRemoved')
  })
})
