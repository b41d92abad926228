import { lexicalToPlainText } from '../domain/lexical-text'

/** The image shared posts without a picture show (public/og-default.png, 1200×630). */
export const DEFAULT_OG_IMAGE = {
  alt: 'Aktualności gminy – komunikaty, ogłoszenia, wydarzenia; oficjalne publikacje w BIP',
  height: 630,
  url: '/og-default.png',
  width: 1200,
} as const

const DESCRIPTION_LENGTH = 200

/** The first sentences of a text, cut at a word and marked as cut. */
const shortened = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= DESCRIPTION_LENGTH) return flat
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1)
  const atWord = cut.slice(0, cut.lastIndexOf(' ')) || cut
  return `${atWord.replace(/[\s,;:.–-]+$/, '')}…`
}

type Image = { alt: string; height?: number; url: string; width?: number }
type SharedPost = {
  body?: unknown
  lead?: null | string
  publishedAt?: null | string
  slug: string
  title: string
}

/**
 * What a post shows when shared (Open Graph): its title, lead (or the start of its text), address,
 * and its first image, or the site's default image so a link preview never comes out empty.
 */
export const postOpenGraph = (post: SharedPost, image: Image | null, siteName: string) => {
  const description = shortened(post.lead?.trim() || lexicalToPlainText(post.body)) || undefined
  return {
    description,
    openGraph: {
      description,
      images: [image ?? DEFAULT_OG_IMAGE],
      locale: 'pl_PL',
      publishedTime: post.publishedAt ?? undefined,
      siteName,
      title: post.title,
      type: 'article' as const,
      url: `/aktualnosci/${post.slug}`,
    },
  }
}
