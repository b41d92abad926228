import type { DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { completedByCollection } from '../helpers/data'
import { type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { createEntry, publishRules, RESIDENT } from '../helpers/moderation'
import { startPayload } from '../helpers/payload'

type ModerationSlug = 'complaints' | 'moderation-entries' | 'social-comments'
type Doc<S extends ModerationSlug> = DataFromCollectionSlug<S>

let payload: Payload
let g: Gmina
const ids: Record<string, number> = {}

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
  const rules = await publishRules(payload, g.approver)
  ids.rules = rules.id
  ids.entry = (
    await createEntry(payload, g.approver, {
      rule: { point: 2, rules: rules.id },
      unit: g.school.id,
    })
  ).id
  ids.complaint = (
    await payload.create({
      collection: 'complaints',
      data: completedByCollection<'complaints'>({
        email: RESIDENT.email,
        entry: ids.entry,
        message: 'Skarga szkolna.',
        name: RESIDENT.name,
      }),
      overrideAccess: true,
    })
  ).id
  ids.comment = (
    await payload.db.create({
      collection: 'social-comments',
      data: {
        authorName: RESIDENT.name,
        commentId: '1_2',
        createdTime: new Date().toISOString(),
        message: 'Komentarz pod wpisem urzędu.',
        state: 'visible',
        unit: g.office.id,
      },
    })
  ).id as number
})
afterAll(async () => payload?.destroy())

type Role = 'admin' | 'anonymous' | 'approver' | 'editor' | 'officeEditor'
const ROLES: Role[] = ['anonymous', 'editor', 'officeEditor', 'approver', 'admin']
const who = (role: Role) => (role === 'anonymous' ? undefined : (g[role] as TestUser))

const outcome = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return 'denied'
    throw error
  }
}
/** Whether `field` comes back to this reader ('shown') or is stripped ('hidden'); 'denied' if the document is not readable. */
const fieldFor =
  <S extends ModerationSlug>(collection: S, id: () => number, field: keyof Doc<S>) =>
  async (role: Role) => {
    try {
      const doc: Doc<S> = await payload.findByID({
        collection,
        depth: 0,
        id: id(),
        overrideAccess: false,
        user: who(role),
      })
      return doc[field] === undefined ? 'hidden' : 'shown'
    } catch (error) {
      if ([401, 403, 404].includes((error as { status?: number }).status ?? 0)) return 'denied'
      throw error
    }
  }
const local =
  <S extends ModerationSlug>(
    op: 'create' | 'delete' | 'read' | 'update',
    collection: S,
    id: () => number,
    data: () => Partial<RequiredDataFromCollectionSlug<NoInfer<S>>> = () => ({}),
  ) =>
  (role: Role) =>
    outcome(() => {
      // Each case's data is checked against its own collection by the parameters above; the
      // calls below take it as data for any of the three.
      const slug: ModerationSlug = collection
      const body: Partial<RequiredDataFromCollectionSlug<ModerationSlug>> = data()
      const base = { collection: slug, overrideAccess: false, user: who(role) }
      if (op === 'read') return payload.findByID({ ...base, id: id() })
      if (op === 'create') return payload.create({ ...base, data: completedByCollection(body) })
      if (op === 'update') return payload.update({ ...base, data: body, id: id() })
      return payload.delete({ ...base, id: id() })
    })

type Expect = Record<Role, string>
const row = (
  anonymous: string,
  editor: string,
  officeEditor: string,
  approver: string,
  admin: string,
): Expect => ({ admin, anonymous, approver, editor, officeEditor })

const cases: [string, (role: Role) => Promise<string>, Expect][] = [
  [
    'read a register entry',
    local('read', 'moderation-entries', () => ids.entry),
    row('allowed', 'allowed', 'allowed', 'allowed', 'allowed'),
  ],
  [
    "see an entry's private snapshot",
    fieldFor('moderation-entries', () => ids.entry, 'snapshot'),
    row('hidden', 'hidden', 'hidden', 'shown', 'shown'),
  ],
  [
    "see who decided (the person's account)",
    fieldFor('moderation-entries', () => ids.entry, 'decidedBy'),
    row('hidden', 'hidden', 'hidden', 'shown', 'shown'),
  ],
  [
    'create a register entry',
    local(
      'create',
      'moderation-entries',
      () => 0,
      () => ({
        action: 'user_blocked' as const,
        channelName: 'Fanpage',
        rule: { point: 2, rules: ids.rules },
      }),
    ),
    row('denied', 'denied', 'denied', 'allowed', 'allowed'),
  ],
  [
    'correct a register entry (with a reason)',
    local(
      'update',
      'moderation-entries',
      () => ids.entry,
      () => ({
        correctionReason: 'Korekta w teście dostępu.',
        summary: `Usunięto komentarz (${Math.random()}).`,
      }),
    ),
    row('denied', 'denied', 'denied', 'denied', 'allowed'),
  ],
  [
    'delete a register entry',
    local('delete', 'moderation-entries', () => ids.entry),
    row('denied', 'denied', 'denied', 'denied', 'denied'),
  ],
  [
    "read a complaint about the school's entry",
    local('read', 'complaints', () => ids.complaint),
    row('denied', 'allowed', 'denied', 'allowed', 'allowed'),
  ],
  [
    "see the complainant's e-mail",
    fieldFor('complaints', () => ids.complaint, 'email'),
    row('denied', 'hidden', 'denied', 'shown', 'shown'),
  ],
  [
    "see the complainant's name",
    fieldFor('complaints', () => ids.complaint, 'name'),
    row('denied', 'hidden', 'denied', 'shown', 'shown'),
  ],
  [
    'enter a complaint',
    local(
      'create',
      'complaints',
      () => 0,
      () => ({ email: 'a@b.pl', entry: ids.entry, message: 'Skarga wpisana w teście.' }),
    ),
    row('denied', 'denied', 'denied', 'allowed', 'allowed'),
  ],
  [
    'take a complaint under review',
    local(
      'update',
      'complaints',
      () => ids.complaint,
      () => ({ state: 'under_review' as const }),
    ),
    row('denied', 'denied', 'denied', 'allowed', 'allowed'),
  ],
  [
    'delete a complaint',
    local('delete', 'complaints', () => ids.complaint),
    row('denied', 'denied', 'denied', 'denied', 'denied'),
  ],
  [
    "read a comment under the office's post",
    local('read', 'social-comments', () => ids.comment),
    row('denied', 'denied', 'allowed', 'allowed', 'allowed'),
  ],
  [
    'create a comment record',
    local(
      'create',
      'social-comments',
      () => 0,
      () => ({ commentId: `x${Math.random()}`, message: 'x' }),
    ),
    row('denied', 'denied', 'denied', 'denied', 'denied'),
  ],
  [
    'change a comment record',
    local(
      'update',
      'social-comments',
      () => ids.comment,
      () => ({ message: 'zmiana' }),
    ),
    row('denied', 'denied', 'denied', 'denied', 'denied'),
  ],
  [
    'delete a comment record',
    local('delete', 'social-comments', () => ids.comment),
    row('denied', 'denied', 'denied', 'denied', 'denied'),
  ],
]

describe('access matrix of the moderation collections', () => {
  it.each(cases)('%s', async (_name, run, expected) => {
    const actual: Record<string, string> = {}
    for (const role of ROLES) actual[role] = await run(role)
    expect(actual).toEqual(expected)
  })
})
