import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { lexicalParagraphs } from '../../src/seed/lexical'
import { completedByCollection } from './data'
import type { TestUser } from './fixtures'

export const RULE_TEXTS = [
  'Profil służy informowaniu mieszkańców o sprawach gminy.',
  'Usuwamy komentarze zawierające wulgaryzmy, groźby i treści dyskryminujące.',
  'Usuwamy spam oraz dane osobowe osób trzecich.',
]

/** A published discussion-rules document whose paragraphs are its citable points 1…n. */
export const publishRules = async (
  payload: Payload,
  user: TestUser,
  title = 'Zasady dyskusji na fanpage',
  points = RULE_TEXTS,
) =>
  (await payload.create({
    collection: 'discussion-rules',
    data: {
      _status: 'published',
      complaints: {
        email: 'skargi@testowo.example',
        howTo: 'Skargę złóż przez formularz rejestru moderacji.',
      },
      effectiveFrom: '2025-01-01T00:00:00.000Z',
      governs: [
        {
          name: 'Fanpage urzędu',
          platform: 'facebook_page',
          url: 'https://www.facebook.com/UrzadTestowo',
        },
      ],
      moderationDocumentation: 'Każde usunięcie trafia do publicznego rejestru moderacji.',
      operator: 'Referat Organizacyjny Urzędu Gminy Testowo',
      rules: lexicalParagraphs(...points),
      title,
    },
    overrideAccess: false,
    user,
  })) as unknown as { id: number; slug: string; version: number }

/** The resident whose comment a seeded snapshot keeps; none of it may ever be public. */
export const RESIDENT = {
  email: 'jan.kowalski.77@poczta.example',
  name: 'Jan Kowalski',
  profile: 'https://www.facebook.com/jan.kowalski.77',
  text: 'Wójt to złodziej, napiszcie do mnie: jan.kowalski.77@poczta.example',
}

export type EntryDoc = {
  action: string
  channelName: string
  complaintOutcome: string
  corrections?: { by?: unknown; reason: string; what: string }[]
  decidedBy?: unknown
  decidedByLabel: string
  id: number
  number: number
  rule: { point: null | number; quote: null | string; rules: unknown; version: null | number }
  snapshot?: Record<string, unknown>
  summary: string
}

export const createEntry = async (
  payload: Payload,
  user: TestUser,
  data: Partial<RequiredDataFromCollectionSlug<'moderation-entries'>>,
) =>
  (await payload.create({
    collection: 'moderation-entries',
    data: completedByCollection<'moderation-entries'>({
      action: 'comment_removed',
      channelName: 'Fanpage Urzędu Gminy Testowo',
      snapshot: {
        authorName: RESIDENT.name,
        authorProfileUrl: RESIDENT.profile,
        text: RESIDENT.text,
      },
      ...data,
    }),
    overrideAccess: false,
    user,
  })) as unknown as EntryDoc
