import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Gmina, makeGmina, type TestUser } from '../helpers/fixtures'
import { createEntry, publishRules, RESIDENT } from '../helpers/moderation'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina
const ids: Record<string, number | string> = {}

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
    (await payload.create({
      collection: 'complaints' as never,
      data: {
        email: RESIDENT.email,
        entry: ids.entry,
        message: 'Skarga szkolna.',
        name: RESIDENT.name,
      } as never,
      overrideAccess: true,
    })) as unknown as { id: number | string }
  ).id
  ids.comment = (
    await payload.db.create({
      collection: 'social-comments' as never,
      data: {
        authorName: RESIDENT.name,
        commentId: '1_2',
        createdTime: new Date().toISOString(),
        message: 'Komentarz pod wpisem urzędu.',
        state: 'visible',
        unit: g.office.id,
      },
    })
  ).id as number | string
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
  (collection: string, id: () => number | string, field: string) => async (role: Role) => {
    try {
      const doc = (await payload.findByID({
        collection: collection as never,
        depth: 0,
        id: id(),
        overrideAccess: false,
        user: who(role),
      })) as Record<string, unknown>
      return doc[field] === undefined ? 'hidden' : 'shown'
    } catch (error) {
      if ([401, 403, 404].includes((error as { status?: number }).status ?? 0)) return 'denied'
      throw error
    }
  }
const local =
  (
    op: 'create' | 'delete' | 'read' | 'update',
    collection: string,
    id: () => number | string,
    data: () => Record<string, unknown> = () => ({}),
  ) =>
  (role: Role) =>
    outcome(() => {
      const base = { collection: collection as never, overrideAccess: false, user: who(role) }
      if (op === 'read') return payload.findByID({ ...base, id: id() })
      if (op === 'create') return payload.create({ ...base, data: data() as never })
      if (op === 'update') return payload.update({ ...base, data: data() as never, id: id() })
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
        action: 'user_blocked',
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
      () => ({ state: 'under_review' }),
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
