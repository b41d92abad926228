import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { CATEGORY_SLUGS } from '../../../../domain/taxonomy'
import { SafeRichText } from '../../../../public/components/SafeRichText'
import { postOpenGraph } from '../../../../public/open-graph'
import { polishDate } from '../../../../public/paging'
import {
  ALL_POSTS_FEED,
  allImagesOf,
  categoryLabel,
  imageOf,
  publicPostBySlug,
  siteName,
} from '../../../../public/site'

export const dynamic = 'force-dynamic'

type Params = Promise<{ slug: string }>

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const post = await publicPostBySlug((await params).slug)
  if (!post) return { title: 'Nie znaleziono' }
  const image = imageOf(post)
  const feeds = [
    ALL_POSTS_FEED,
    ...(post.unit?.slug
      ? [{ title: `RSS: ${post.unit.name}`, url: `/feeds/units/${post.unit.slug}.xml` }]
      : []),
    {
      title: `RSS: ${categoryLabel(post.category)}`,
      url: `/feeds/categories/${CATEGORY_SLUGS[post.category]}.xml`,
    },
  ]
  return {
    ...postOpenGraph(post, image, await siteName()),
    alternates: { canonical: `/aktualnosci/${post.slug}`, types: { 'application/rss+xml': feeds } },
    title: post.title,
  }
}

export default async function PostPage({ params }: { params: Params }) {
  const post = await publicPostBySlug((await params).slug)
  if (!post) notFound()
  const bip =
    post.bipReference?.state === 'published' && post.bipReference.url ? post.bipReference : null
  return (
    <article>
      <h1>{post.title}</h1>
      <p className="meta">
        {post.unit?.name ? (
          post.unit.slug ? (
            <a href={`/aktualnosci?jednostka=${post.unit.slug}`}>{post.unit.name}</a>
          ) : (
            post.unit.name
          )
        ) : null}
        {post.unit?.name ? ' · ' : null}
        <a href={`/aktualnosci?kategoria=${CATEGORY_SLUGS[post.category]}`}>
          {categoryLabel(post.category)}
        </a>{' '}
        · <time dateTime={post.publishedAt ?? undefined}>{polishDate(post.publishedAt, true)}</time>
      </p>
      {bip ? (
        <p className="bip">
          <a href={bip.url!}>Oficjalna publikacja w BIP</a>
          {bip.caseReference ? <span> (znak sprawy: {bip.caseReference})</span> : null}
          <br />
          <span className="muted">
            Wiążąca jest treść opublikowana w Biuletynie Informacji Publicznej.
          </span>
        </p>
      ) : null}
      {post.lead ? <p className="lead">{post.lead}</p> : null}
      {allImagesOf(post).map((image) => (
        <figure className="figure" key={image.url}>
          <img alt={image.alt} height={image.height} src={image.url} width={image.width} />
        </figure>
      ))}
      {post.body ? (
        <div className="rich">
          <SafeRichText data={post.body} />
        </div>
      ) : null}
      <p className="note">
        Dyskutujesz o tym wpisie w mediach społecznościowych gminy? Obowiązują tam{' '}
        <a href="/zasady-dyskusji">zasady dyskusji</a>, w tym opis moderacji i sposób złożenia
        skargi.
      </p>
      <p>
        <a href="/aktualnosci">← Wszystkie aktualności</a>
      </p>
    </article>
  )
}
