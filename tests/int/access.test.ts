import { describe, expect, it } from 'vitest'

import { completedByCollection } from '../helpers/data'
import { draftPost } from '../helpers/fixtures'
import { findIds, g, ids, outcome, payload, Role, useAccessStage } from '../helpers/access'
import { cases } from '../helpers/access-cases'

useAccessStage()

describe('access matrix', () => {
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
      data: completedByCollection<'bip-references'>({
        producingUnit: g.office.id,
        title: 'Roboczy',
        url: 'https://bip.testowo.example/roboczy',
      }),
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
      data: { name: 'Nowe imię', role: 'admin', units: [g.office.id] },
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
