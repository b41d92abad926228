import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { DiscussionRule } from '../../src/payload-types'

import { lexicalParagraphs } from '../../src/seed/lexical'

/**
 * Published rules of discussion governing one profile platform (`facebook_page`, `facebook_group`…):
 * what a social channel account needs before it may be switched on.
 */
export const publishRules = async (
  payload: Payload,
  title: string,
  platform: DiscussionRule['governs'][number]['platform'],
  data: Partial<RequiredDataFromCollectionSlug<'discussion-rules'>> = {},
) =>
  (await payload.create({
    collection: 'discussion-rules',
    data: {
      _status: 'published',
      complaints: {
        email: 'skargi@testowo.example',
        howTo: 'Skargę można złożyć e-mailem w ciągu 14 dni.',
      },
      effectiveFrom: '2025-01-01T00:00:00.000Z',
      governs: [{ name: title, platform }],
      moderationDocumentation: 'Każde usunięcie i blokada trafia do rejestru moderacji.',
      operator: 'Referat Organizacyjny',
      rules: lexicalParagraphs('Dyskutujemy rzeczowo i z szacunkiem.'),
      title,
      ...data,
    },
    overrideAccess: true,
  })) as unknown as { id: number; slug: string; title: string }
