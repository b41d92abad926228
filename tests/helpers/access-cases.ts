import { g, type Id, ids, outcome, payload, type Role, who } from './access'
import { completedByCollection } from './data'
import { draftPost, type TestUser } from './fixtures'

/**
 * The access matrix: what each role may do, one case a row (a name, the attempt, and the outcome
 * expected per role); the documents it aims at are made in ./access.ts.
 */
const readById =
  (collection: 'bip-references' | 'discussion-rules' | 'posts', key: () => Id) => (role: Role) =>
    outcome(() =>
      payload.findByID({ collection, id: key(), overrideAccess: false, user: who(role) }),
    )

export const cases: [
  string,
  (role: Role) => Promise<string>,
  Record<Role, 'allowed' | 'denied'>,
][] = [
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
          data: completedByCollection<'bip-references'>({
            producingUnit: g.office.id,
            title: 'Nowy',
            url: `https://bip.testowo.example/${role}`,
          }),
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
          },
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
      outcome(() => payload.find({ collection: 'units', overrideAccess: false, user: who(role) })),
    {
      admin: 'allowed',
      anonymous: 'allowed',
      approver: 'allowed',
      editor: 'allowed',
      officeEditor: 'allowed',
    },
  ],
]
