import type { Payload } from 'payload'

import { lexicalParagraphs } from '../../src/seed/lexical'

/**
 * Published rules of discussion governing one profile platform (`facebook_page`, `facebook_group`…):
 * what a social channel account needs before it may be switched on.
 */
export const publishRules = async (
  payload: Payload,
  title: string,
  platform: string,
  data: Record<string, unknown> = {},
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
    } as never,
    overrideAccess: true,
  })) as unknown as { id: number | string; slug: string; title: string }
