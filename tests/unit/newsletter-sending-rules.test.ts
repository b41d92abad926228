import { describe, expect, it } from 'vitest'

import { slotOf } from '../../plugins/newsletter/sending/digest-schedule'
import { type PostBlock, postsFor } from '../../plugins/newsletter/email/messages'

const block = (postId: string, urgent = false): PostBlock => ({
  category: 'safety',
  html: '',
  postId,
  text: '',
  unitId: '1',
  urgent,
})

describe('urgent alerts in a digest', () => {
  const blocks = [block('1'), block('2', true), block('3', true)]

  it('leaves out exactly the alerts a subscriber was sent, whatever the preference says now', () => {
    expect(postsFor(blocks, { urgentAlerts: true }, new Set(['2'])).map((b) => b.postId)).toEqual([
      '1',
      '3',
    ])
    expect(postsFor(blocks, { urgentAlerts: true }, new Set()).map((b) => b.postId)).toEqual([
      '1',
      '2',
      '3',
    ])
    expect(postsFor(blocks, { urgentAlerts: false }, new Set(['3'])).map((b) => b.postId)).toEqual([
      '1',
      '2',
    ])
  })

  it('without a record of alerts sent, trusts the preference', () => {
    expect(postsFor(blocks, { urgentAlerts: true }).map((b) => b.postId)).toEqual(['1'])
    expect(postsFor(blocks, { urgentAlerts: false }).map((b) => b.postId)).toEqual(['1', '2', '3'])
  })
})

describe('digest slots', () => {
  it('names a run by its scheduled minute, so workers firing a little apart make one digest', () => {
    expect(slotOf(new Date('2026-03-02T06:00:00.040Z')).toISOString()).toBe(
      '2026-03-02T06:00:00.000Z',
    )
    expect(slotOf(new Date('2026-03-02T06:00:59.999Z')).toISOString()).toBe(
      '2026-03-02T06:00:00.000Z',
    )
    expect(slotOf(new Date('2026-03-02T06:01:00.000Z')).toISOString()).toBe(
      '2026-03-02T06:01:00.000Z',
    )
  })
})
