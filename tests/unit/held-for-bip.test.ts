import { describe, expect, it } from 'vitest'

import { heldForBip } from '../../src/domain/public-visibility'

const now = new Date('2026-12-05T12:00:00Z')
const published = { informationType: 'public_information', workflowState: 'published' }

describe('a published post held for its BIP entry', () => {
  it('is held while its entry is missing, a draft, withdrawn or not yet published', () => {
    expect(heldForBip(published, null, now)).toBe(true)
    expect(heldForBip(published, { state: 'draft' }, now)).toBe(true)
    expect(
      heldForBip(published, { publishedAt: '2026-12-01T00:00:00Z', state: 'withdrawn' }, now),
    ).toBe(true)
    expect(
      heldForBip(published, { publishedAt: '2026-12-06T08:00:00Z', state: 'published' }, now),
    ).toBe(true)
    // Residents' queries need the publication date too.
    expect(heldForBip(published, { publishedAt: null, state: 'published' }, now)).toBe(true)
  })

  it('is out once its entry is published and its time has come', () => {
    expect(
      heldForBip(published, { publishedAt: '2026-12-05T12:00:00Z', state: 'published' }, now),
    ).toBe(false)
  })

  it('never applies to other information or to posts not published', () => {
    expect(heldForBip({ ...published, informationType: 'local_news' }, null, now)).toBe(false)
    expect(heldForBip({ ...published, workflowState: 'approved' }, null, now)).toBe(false)
  })
})
