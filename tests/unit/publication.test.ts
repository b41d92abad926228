import { describe, expect, it } from 'vitest'

import { keepPublication, saysPublication } from '../../src/domain/publication'

const pendingDraft = { latestIsDraft: true, published: true }

describe('keepPublication: a save changes publication only when it says so', () => {
  it('sends a save naming nothing over a pending draft into that draft', () => {
    expect(keepPublication({}, pendingDraft)).toBe('as-draft')
    expect(keepPublication({ draft: false }, pendingDraft)).toBe('as-draft')
    expect(keepPublication({ draft: 'false' }, pendingDraft)).toBe('as-draft')
  })

  it.each([
    ['publish', { status: 'published' }],
    ['save a draft (REST flag)', { draft: 'true' }],
    ['save a draft (Local API)', { draft: true }],
    ['unpublish (status)', { status: 'draft' }],
    ['unpublish (admin button)', { status: 'draft', unpublish: 'true' }],
  ])('leaves a save that asks to %s to Payload', (_, request) => {
    expect(saysPublication(request)).toBe(true)
    expect(keepPublication(request, pendingDraft)).toBe('as-is')
  })

  it('leaves published documents without a draft and unpublished documents as Payload saves them', () => {
    expect(keepPublication({}, { latestIsDraft: false, published: true })).toBe('as-is')
    expect(keepPublication({}, { latestIsDraft: true, published: false })).toBe('as-is')
  })
})
