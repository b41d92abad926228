import { describe, expect, it } from 'vitest'

import {
  impressionsFailure,
  IMPRESSIONS_NOTES,
  parseEngagement,
  parseImpressions,
  reachFailure,
} from '../../plugins/fanout/channels/fanpage-reach'
import { GraphError } from '../../plugins/fanout/channels/graph-errors'

const graphError = (code: number, subcode?: number, headers: Record<string, string> = {}) =>
  new GraphError(400, { code, error_subcode: subcode, message: `(#${code})` }, new Headers(headers))

describe('parseEngagement', () => {
  it('reads the summaries and the share count', () => {
    expect(
      parseEngagement({
        comments: { summary: { total_count: 4 } },
        reactions: { summary: { total_count: 10 } },
        shares: { count: 2 },
      }),
    ).toEqual({ comments: 4, reactions: 10, shares: 2 })
  })
  it('counts a missing `shares` (never shared) and missing summaries as 0, and ignores nonsense', () => {
    expect(parseEngagement({})).toEqual({ comments: 0, reactions: 0, shares: 0 })
    expect(
      parseEngagement({ reactions: { summary: { total_count: '7' } }, shares: { count: -1 } }),
    ).toEqual({ comments: 0, reactions: 0, shares: 0 })
  })
})

describe('parseImpressions', () => {
  it('takes the latest lifetime value of each metric', () => {
    const body = {
      data: [
        { name: 'post_impressions', values: [{ value: 10 }, { value: 25 }] },
        { name: 'post_impressions_unique', values: [{ value: 20 }] },
      ],
    }
    expect(parseImpressions(body)).toEqual({ impressions: 25, impressionsUnique: 20 })
  })
  it('gives null where Facebook gave nothing (a Page without insights answers no data)', () => {
    expect(parseImpressions({ data: [] })).toEqual({ impressions: null, impressionsUnique: null })
    expect(parseImpressions({ data: [{ name: 'post_impressions', values: [] }] })).toEqual({
      impressions: null,
      impressionsUnique: null,
    })
  })
})

describe('reachFailure', () => {
  const now = new Date('2026-03-01T04:30:00Z')
  it('recognises a copy deleted on Facebook', () => {
    expect(reachFailure(graphError(100, 33), now).kind).toBe('gone')
  })
  it('waits as long as Facebook asks after a rate limit', () => {
    const failure = reachFailure(
      graphError(32, undefined, {
        'x-business-use-case-usage': JSON.stringify({
          1: [{ estimated_time_to_regain_access: 12 }],
        }),
      }),
      now,
    )
    expect(failure).toMatchObject({ kind: 'wait', until: new Date(now.getTime() + 12 * 60_000) })
  })
  it('stops on a rejected token, skips one copy on other errors', () => {
    expect(reachFailure(graphError(190), now).kind).toBe('stop')
    expect(reachFailure(graphError(2), now).kind).toBe('skip')
    expect(reachFailure(new Error('socket hang up'), now).kind).toBe('skip')
  })
})

describe('impressionsFailure', () => {
  it('treats a retired metric and a missing permission as holding for the whole Page', () => {
    expect(impressionsFailure(graphError(100))).toEqual({
      forPage: true,
      kind: 'skip',
      message: IMPRESSIONS_NOTES.retired,
    })
    expect(impressionsFailure(graphError(10))).toEqual({
      forPage: true,
      kind: 'skip',
      message: IMPRESSIONS_NOTES.noPermission,
    })
    expect(impressionsFailure(graphError(200))).toMatchObject({
      forPage: true,
      message: IMPRESSIONS_NOTES.noPermission,
    })
  })
  it('keeps the last figures after a passing failure, and waits on a rate limit', () => {
    expect(impressionsFailure(graphError(1))).toEqual({
      kind: 'skip',
      message: IMPRESSIONS_NOTES.failed,
    })
    expect(impressionsFailure(graphError(4)).kind).toBe('wait')
  })
})
