/**
 * The access tests' stage (tests/int/access.test.ts): a Payload on a fresh database per file with
 * posts and rules in each state, and the way a role's attempt is judged.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { act, draftPost, type Gmina, makeGmina, type TestUser } from './fixtures'
import { startPayload } from './payload'

export let payload: Payload
export let g: Gmina
export type Id = number
export const ids: Record<string, Id> = {}

export type Role = 'admin' | 'anonymous' | 'approver' | 'editor' | 'officeEditor'
export const who = (role: Role): TestUser | undefined =>
  role === 'anonymous' ? undefined : g[role]

/** Resolves to 'allowed' or 'denied' (a Forbidden, or a NotFound for a document one may not see). */
export const outcome = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}

export const findIds = async (
  collection: 'bip-references' | 'discussion-rules' | 'posts' | 'users',
  role: Role,
) =>
  (
    await payload.find({ collection, depth: 0, limit: 200, overrideAccess: false, user: who(role) })
  ).docs.map((d) => String(d.id))

export const useAccessStage = () => {
  beforeAll(async () => {
    payload = await startPayload()
    g = await makeGmina(payload)
    const published = await draftPost(payload, g.editor, g.school)
    await act(payload, g.editor, published.id, 'submit')
    await act(payload, g.approver, published.id, 'approve')
    ids.publishedPost = published.id
    ids.schoolDraft = (await draftPost(payload, g.editor, g.school)).id
    ids.officeDraft = (await draftPost(payload, g.officeEditor, g.office)).id
    // Published, but public information whose BIP entry is still a draft: residents must not see it yet.
    const early = await draftPost(payload, g.officeEditor, g.office, {
      bipReference: g.bipDraft.id,
      category: 'official',
      informationType: 'public_information',
    })
    await act(payload, g.officeEditor, early.id, 'submit')
    await act(payload, g.approver, early.id, 'approve')
    ids.publishedBeforeBip = early.id
    const rules = {
      complaints: { howTo: 'Napisz do nas.' },
      effectiveFrom: '2025-01-01T00:00:00.000Z',
      governs: [{ name: 'Fanpage', platform: 'facebook_page' as const }],
      moderationDocumentation: 'Rejestr moderacji.',
      operator: 'Urząd',
      rules: lexicalParagraphs('Bądźmy uprzejmi.'),
    }
    ids.publishedRules = (
      await payload.create({
        collection: 'discussion-rules',
        data: { ...rules, _status: 'published', title: 'Zasady A' },
        overrideAccess: true,
      })
    ).id
    ids.draftRules = (
      await payload.create({
        collection: 'discussion-rules',
        data: { ...rules, _status: 'draft', title: 'Zasady B' },
        draft: true,
        overrideAccess: true,
      })
    ).id
  })
  afterAll(async () => payload?.destroy())
}
