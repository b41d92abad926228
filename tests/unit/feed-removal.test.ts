import { describe, expect, it } from 'vitest'

import { bipMayLeavePublic, postMayLeaveFeeds } from '../../plugins/fanout/rules/feed-removal'
import { asksRevalidation } from '../../plugins/fanout/rss/conditional'

const published = {
  bipReference: 7,
  category: 'sport',
  channels: ['rss', 'fanpage'],
  informationType: 'public_information',
  unit: { id: 3 },
  workflowState: 'published',
}

describe('which changes may take a post out of its feeds (rebuilt in the same write)', () => {
  it('withdrawal, deletion, RSS dropped, a move or another BIP entry', () => {
    expect(postMayLeaveFeeds({ ...published, workflowState: 'withdrawn' }, published)).toBe(true)
    expect(postMayLeaveFeeds({ ...published, workflowState: 'deleted' }, published)).toBe(true)
    expect(postMayLeaveFeeds({ ...published, channels: ['fanpage'] }, published)).toBe(true)
    expect(postMayLeaveFeeds({ ...published, unit: 4 }, published)).toBe(true)
    expect(postMayLeaveFeeds({ ...published, category: 'culture' }, published)).toBe(true)
    expect(postMayLeaveFeeds({ ...published, bipReference: { id: 8 } }, published)).toBe(true)
    expect(postMayLeaveFeeds({ ...published, informationType: 'other' }, published)).toBe(true)
  })

  it('not an edit in place, a publication, or a post never in a feed', () => {
    expect(postMayLeaveFeeds({ ...published, unit: 3, bipReference: { id: 7 } }, published)).toBe(
      false,
    )
    expect(postMayLeaveFeeds(published, { ...published, workflowState: 'approved' })).toBe(false)
    expect(postMayLeaveFeeds(published, undefined)).toBe(false)
    const offRss = { ...published, channels: ['fanpage'] }
    expect(postMayLeaveFeeds({ ...offRss, workflowState: 'withdrawn' }, offRss)).toBe(false)
  })

  it('a published BIP entry withdrawn or moved ahead; not one being published', () => {
    const entry = { publishedAt: '2026-12-01T08:00:00.000Z', state: 'published' }
    expect(bipMayLeavePublic({ ...entry, state: 'withdrawn' }, entry)).toBe(true)
    expect(bipMayLeavePublic({ ...entry, publishedAt: '2026-12-24T08:00:00.000Z' }, entry)).toBe(
      true,
    )
    expect(bipMayLeavePublic(entry, { ...entry, state: 'draft' })).toBe(false)
    expect(bipMayLeavePublic(entry, entry)).toBe(false)
  })
})

describe('requests asking caches to revalidate', () => {
  it('no-cache or max-age=0, in any case and among other directives', () => {
    expect(asksRevalidation('no-cache')).toBe(true)
    expect(asksRevalidation('max-stale=5, No-Cache')).toBe(true)
    expect(asksRevalidation('max-age=0')).toBe(true)
    expect(asksRevalidation('max-age=60')).toBe(false)
    expect(asksRevalidation('no-store')).toBe(false)
    expect(asksRevalidation(null)).toBe(false)
  })
})
