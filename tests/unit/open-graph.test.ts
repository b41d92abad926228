import { describe, expect, it } from 'vitest'

import { DEFAULT_OG_IMAGE, postOpenGraph } from '../../src/public/open-graph'
import { lexicalParagraphs } from '../../src/seed/lexical'

const post = {
  lead: 'Zapraszamy na festyn.',
  publishedAt: '2026-05-01T10:00:00.000Z',
  slug: 'festyn',
  title: 'Festyn rodzinny',
}
const photo = { alt: 'Boisko szkoły', height: 630, url: '/api/media/file/festyn.jpg', width: 1200 }

describe('postOpenGraph: what a shared post shows', () => {
  it('uses the post’s first image, title, lead and address', () => {
    expect(postOpenGraph(post, photo, 'Gmina Wisłotki')).toEqual({
      description: 'Zapraszamy na festyn.',
      openGraph: {
        description: 'Zapraszamy na festyn.',
        images: [photo],
        locale: 'pl_PL',
        publishedTime: '2026-05-01T10:00:00.000Z',
        siteName: 'Gmina Wisłotki',
        title: 'Festyn rodzinny',
        type: 'article',
        url: '/aktualnosci/festyn',
      },
    })
  })

  it('falls back to the default image, and to the start of the text cut at a word', () => {
    const long = 'Słowo '.repeat(60)
    const { description, openGraph } = postOpenGraph(
      { ...post, body: lexicalParagraphs(long), lead: null },
      null,
      'Gmina',
    )
    expect(openGraph.images).toEqual([DEFAULT_OG_IMAGE])
    expect(description).toMatch(/^Słowo( Słowo)+…$/)
    expect(description!.length).toBeLessThanOrEqual(200)
  })

  it('leaves the description out when the post has no text at all', () => {
    expect(postOpenGraph({ ...post, lead: '  ' }, null, 'Gmina').description).toBeUndefined()
  })
})
