import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { retryUnsentAnswers } from '../../src/moderation/complaint-answer'
import { DEMO_RESIDENTS } from '../../src/seed/moderation'
import { seedDemo } from '../../src/seed/wislotki'
import { startPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  await seedDemo(payload)
})
afterAll(async () => payload?.destroy())

const all = async <S extends 'complaints' | 'moderation-entries'>(collection: S) =>
  (
    await payload.find({
      collection,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      sort: 'number',
    })
  ).docs

describe('the demo moderation register', () => {
  it('has every kind of act, complaints in every state, and the outcome on each entry', async () => {
    const entries = await all('moderation-entries')
    expect(entries.map((e) => e.action)).toEqual([
      'comment_removed',
      'comment_hidden',
      'user_blocked',
      'comment_removed',
      'user_unblocked',
    ])
    expect(entries.map((e) => e.complaintOutcome)).toEqual([
      'rejected',
      'pending',
      'upheld',
      'pending',
      'none',
    ])
    expect(entries[0].rule).toMatchObject({ point: 2, version: 1 })
    expect(entries[0].decidedByLabel).toBe('Osoba zatwierdzająca publikacje')
    const complaints = await all('complaints')
    expect(complaints.map((c) => c.state).sort()).toEqual([
      'received',
      'rejected',
      'under_review',
      'upheld',
    ])
    for (const c of complaints.filter((c) => c.state === 'upheld' || c.state === 'rejected')) {
      expect(c.decidedAt).toEqual(expect.any(String))
      expect(new Date(c.decidedAt!).getTime()).toBeGreaterThan(new Date(c.receivedAt!).getTime())
    }
  })

  it('is idempotent and never mails the invented complainants', async () => {
    const before = [(await all('moderation-entries')).length, (await all('complaints')).length]
    await seedDemo(payload)
    expect([(await all('moderation-entries')).length, (await all('complaints')).length]).toEqual(
      before,
    )
    expect(await retryUnsentAnswers(payload)).toBe(0)
    for (const c of await all('complaints')) expect(c.answerEmail?.sentAt ?? null).toBeNull()
  })

  it('keeps the residents of the demo off the public register', async () => {
    const { default: RegisterPage } = await import('../../src/app/(public)/rejestr-moderacji/page')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const html = renderToStaticMarkup(await RegisterPage({ searchParams: Promise.resolve({}) }))
    expect(html).toContain('Nr 1: Usunięcie komentarza')
    for (const person of Object.values(DEMO_RESIDENTS)) {
      expect(html).not.toContain(person.name)
      expect(html).not.toContain(person.profile)
    }
    expect(html).not.toContain('@example')
  })
})
