import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { act, draftPost, type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
type Id = number | string
const ids: Record<string, Id> = {}

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
    governs: [{ name: 'Fanpage', platform: 'facebook_page' }],
    moderationDocumentation: 'Rejestr moderacji.',
    operator: 'Urząd',
    rules: lexicalParagraphs('Bądźmy uprzejmi.'),
  }
  ids.publishedRules = (
    await payload.create({
      collection: 'discussion-rules',
      data: { ...rules, _status: 'published', title: 'Zasady A' } as never,
      overrideAccess: true,
    })
  ).id
  ids.draftRules = (
    await payload.create({
      collection: 'discussion-rules',
      data: { ...rules, _status: 'draft', title: 'Zasady B' } as never,
      draft: true,
      overrideAccess: true,
    })
  ).id
})
afterAll(async () => payload?.destroy())

type Role = 'admin' | 'anonymous' | 'approver' | 'editor' | 'officeEditor'
const who = (role: Role): TestUser | undefined => (role === 'anonymous' ? undefined : g[role])

/** Resolves to 'allowed' or 'denied' (a Forbidden, or a NotFound for a document one may not see). */
const outcome = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'denied'
    throw error
  }
}

const findIds = async (
  collection: 'bip-references' | 'discussion-rules' | 'posts' | 'users',
  role: Role,
) =>
  (
    await payload.find({ collection, depth: 0, limit: 200, overrideAccess: false, user: who(role) })
  ).docs.map((d) => String(d.id))

describe('access matrix', () => {
  const readById =
    (collection: 'bip-references' | 'discussion-rules' | 'posts', key: () => Id) => (role: Role) =>
      outcome(() =>
        payload.findByID({ collection, id: key(), overrideAccess: false, user: who(role) }),
      )

  const cases: [string, (role: Role) => Promise<string>, Record<Role, 'allowed' | 'denied'>][] = [
    [
      'read a published post',
      readById('posts', () => ids.publishedPost),
      {
        admin: 'allowed',
        anonymous: 'allowed',
        approver: 'allowed',
        editor: 'allowed',
        officeEditor: 'allowed',
      },
    ],
    [
      "read a school's draft",
      readById('posts', () => ids.schoolDraft),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'allowed',
        officeEditor: 'denied',
      },
    ],
    [
      'read published public information before its BIP entry is published',
      readById('posts', () => ids.publishedBeforeBip),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'allowed',
      },
    ],
    [
      'read a published BIP entry',
      readById('bip-references', () => g.bipPublished.id),
      {
        admin: 'allowed',
        anonymous: 'allowed',
        approver: 'allowed',
        editor: 'allowed',
        officeEditor: 'allowed',
      },
    ],
    [
      "read the office's draft BIP entry",
      readById('bip-references', () => g.bipDraft.id),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'allowed',
      },
    ],
    [
      'read published discussion rules',
      readById('discussion-rules', () => ids.publishedRules),
      {
        admin: 'allowed',
        anonymous: 'allowed',
        approver: 'allowed',
        editor: 'allowed',
        officeEditor: 'allowed',
      },
    ],
    [
      'read draft discussion rules',
      readById('discussion-rules', () => ids.draftRules),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'denied',
      },
    ],
    [
      'create a post for the school',
      (role) => outcome(() => draftPost(payload, who(role) as TestUser, g.school)),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'allowed',
        officeEditor: 'denied',
      },
    ],
    [
      "edit the office's draft",
      (role) =>
        outcome(() =>
          payload.update({
            collection: 'posts',
            data: { lead: `Zmiana ${role}` },
            id: ids.officeDraft,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'allowed',
      },
    ],
    [
      'delete a published post',
      (role) =>
        outcome(() =>
          payload.delete({
            collection: 'posts',
            id: ids.publishedPost,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      // Admin last: the row above it must still exist for the others.
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'denied',
        editor: 'denied',
        officeEditor: 'denied',
      },
    ],
    [
      'correct a published BIP entry',
      (role) =>
        outcome(() =>
          payload.update({
            collection: 'bip-references',
            data: { responsiblePerson: role },
            id: g.bipPublished.id,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'denied',
      },
    ],
    [
      'create a BIP entry for the office',
      (role) =>
        outcome(() =>
          payload.create({
            collection: 'bip-references',
            data: {
              producingUnit: g.office.id,
              title: 'Nowy',
              url: `https://bip.testowo.example/${role}`,
            } as never,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'allowed',
      },
    ],
    [
      'publish discussion rules',
      (role) =>
        outcome(() =>
          payload.update({
            collection: 'discussion-rules',
            data: { operator: `Zmiana ${role}` },
            id: ids.publishedRules,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'allowed',
        editor: 'denied',
        officeEditor: 'denied',
      },
    ],
    [
      'change a unit',
      (role) =>
        outcome(() =>
          payload.update({
            collection: 'units',
            data: { trusted: true },
            id: g.council.id,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'denied',
        editor: 'denied',
        officeEditor: 'denied',
      },
    ],
    [
      'create a user',
      (role) =>
        outcome(() =>
          payload.create({
            collection: 'users',
            data: {
              email: `nowy-${role}@testowo.example`,
              name: 'Nowy',
              password: 'Haslo-testowe-1',
              role: 'editor',
            } as never,
            overrideAccess: false,
            user: who(role),
          }),
        ),
      {
        admin: 'allowed',
        anonymous: 'denied',
        approver: 'denied',
        editor: 'denied',
        officeEditor: 'denied',
      },
    ],
    [
      'read the list of units',
      (role) =>
        outcome(() =>
          payload.find({ collection: 'units', overrideAccess: false, user: who(role) }),
        ),
      {
        admin: 'allowed',
        anonymous: 'allowed',
        approver: 'allowed',
        editor: 'allowed',
        officeEditor: 'allowed',
      },
    ],
  ]

  const roles: Role[] = ['anonymous', 'editor', 'officeEditor', 'approver', 'admin']
  for (const [what, run, expected] of cases) {
    it(`${what}: ${roles.map((r) => `${r} ${expected[r]}`).join(', ')}`, async () => {
      const actual: Record<string, string> = {}
      for (const role of roles) actual[role] = await run(role)
      expect(actual).toEqual(expected)
    })
  }

  it('editors can pull back their own BIP draft but not publish it', async () => {
    const entry = await payload.create({
      collection: 'bip-references',
      data: {
        producingUnit: g.office.id,
        title: 'Roboczy',
        url: 'https://bip.testowo.example/roboczy',
      } as never,
      overrideAccess: false,
      user: g.officeEditor,
    })
    await expect(
      payload.update({
        collection: 'bip-references',
        data: { state: 'published' },
        id: entry.id,
        overrideAccess: false,
        user: g.officeEditor,
      }),
    ).rejects.toThrow(/osoba zatwierdzająca/)
    const fixed = await payload.update({
      collection: 'bip-references',
      data: { title: 'Poprawiony' },
      id: entry.id,
      overrideAccess: false,
      user: g.officeEditor,
    })
    expect(fixed.changeRegister?.map((c) => c.what)).toEqual([
      'utworzono wpis',
      'tytuł: Roboczy → Poprawiony',
    ])
    const published = await payload.update({
      collection: 'bip-references',
      data: { state: 'published' },
      id: entry.id,
      overrideAccess: false,
      user: g.approver,
    })
    expect(published.publishedAt).toBeTruthy()
    expect(published.changeRegister).toHaveLength(3)
  })

  it('lists only what each role may see', async () => {
    expect(await findIds('posts', 'anonymous')).not.toContain(String(ids.schoolDraft))
    expect(await findIds('posts', 'anonymous')).not.toContain(String(ids.publishedBeforeBip))
    expect(await findIds('posts', 'editor')).not.toContain(String(ids.publishedBeforeBip))
    expect(await findIds('posts', 'editor')).toEqual(
      expect.arrayContaining([String(ids.schoolDraft)]),
    )
    expect(await findIds('posts', 'editor')).not.toContain(String(ids.officeDraft))
    expect(await findIds('posts', 'approver')).toEqual(
      expect.arrayContaining([String(ids.schoolDraft), String(ids.officeDraft)]),
    )
    expect(await findIds('discussion-rules', 'anonymous')).toEqual([String(ids.publishedRules)])
    expect(await findIds('bip-references', 'anonymous')).not.toContain(String(g.bipDraft.id))
    expect(await findIds('users', 'editor')).toEqual([String(g.editor.id)])
    await expect(
      payload.find({ collection: 'users', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('editors cannot raise their own role or units', async () => {
    const updated = await payload.update({
      collection: 'users',
      data: { name: 'Nowe imię', role: 'admin', units: [g.office.id] } as never,
      id: g.editor.id,
      overrideAccess: false,
      user: g.editor,
    })
    expect(updated.name).toBe('Nowe imię')
    expect(updated.role).toBe('editor')
    expect(
      (updated.units as unknown[]).map((u) => String((u as { id?: unknown }).id ?? u)).sort(),
    ).toEqual([String(g.school.id), String(g.osp.id)].sort())
  })

  it('an editor can delete an own draft, never one that went out', async () => {
    const draft = await draftPost(payload, g.editor, g.school)
    expect(
      await outcome(() =>
        payload.delete({
          collection: 'posts',
          id: draft.id,
          overrideAccess: false,
          user: g.editor,
        }),
      ),
    ).toBe('allowed')
    expect(
      await outcome(() =>
        payload.delete({
          collection: 'posts',
          id: ids.officeDraft,
          overrideAccess: false,
          user: g.editor,
        }),
      ),
    ).toBe('denied')
  })
})
