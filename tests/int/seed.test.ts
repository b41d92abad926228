import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { WORKFLOW_STATE_VALUES } from '../../src/domain/workflow'
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../src/seed/wislotki'
import { startPayload } from '../helpers/payload'

let payload: Payload
let first: { created: number }

beforeAll(async () => {
  payload = await startPayload()
  first = await seedDemo(payload)
})
afterAll(async () => payload?.destroy())

describe('demo gmina Wisłotki', () => {
  it('is idempotent', async () => {
    expect(first.created).toBeGreaterThan(20)
    const counts = async () =>
      Promise.all(
        (['units', 'users', 'posts', 'bip-references', 'media', 'discussion-rules'] as const).map(
          async (c) => (await payload.count({ collection: c })).totalDocs,
        ),
      )
    const before = await counts()
    expect(await seedDemo(payload)).toEqual({ created: 0 })
    expect(await counts()).toEqual(before)
  })

  it('has the units the issue lists and a post in every workflow state', async () => {
    const units = await payload.find({ collection: 'units', limit: 100 })
    const kinds = units.docs.map((u) => u.kind)
    for (const kind of [
      'office',
      'mayor',
      'council',
      'solectwo',
      'school',
      'library',
      'osp',
      'sports_club',
    ])
      expect(kinds).toContain(kind)
    expect(kinds.filter((k) => k === 'solectwo')).toHaveLength(2)
    const posts = await payload.find({ collection: 'posts', limit: 100 })
    expect(new Set(posts.docs.map((p) => p.workflowState))).toEqual(new Set(WORKFLOW_STATE_VALUES))
    // Published rules for the office's Page and for its posts in the residents' group.
    const rules = await payload.find({
      collection: 'discussion-rules',
      where: { _status: { equals: 'published' } },
    })
    expect(
      rules.docs
        .map((r) => r.governs?.map((g) => g.platform))
        .flat()
        .sort(),
    ).toEqual(['facebook_group', 'facebook_page'])
  })

  it('keeps the history of the official profiles', async () => {
    const [council] = (
      await payload.find({ collection: 'units', where: { slug: { equals: 'rada-gminy' } } })
    ).docs
    const profiles = council.officialProfiles ?? []
    expect(profiles.filter((p) => p.verified && !p.until)).toHaveLength(1)
    expect(profiles.filter((p) => p.verified && p.until)).toHaveLength(1)
    expect(profiles[0].handovers?.[0]).toMatchObject({
      from: 'Rada Gminy Wisłotki VIII kadencji (2018–2024)',
      to: 'Rada Gminy Wisłotki IX kadencji (2024–2029)',
    })
    expect(profiles[0].handovers?.[0].recordedAt).toBeTruthy()
  })

  it('lets every demo user log in with the documented password', async () => {
    for (const user of Object.values(DEMO_USERS)) {
      const result = await payload.login({
        collection: 'users',
        data: { email: user.email, password: DEMO_PASSWORD },
      })
      expect(result.user?.role).toBe(user.role)
    }
  })
})
