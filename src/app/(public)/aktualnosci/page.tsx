import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { CATEGORIES, categoryOfSlug, CATEGORY_SLUGS } from '../../../domain/taxonomy'
import { PostList } from '../../../public/components/PostList'
import { listHref, parsePage } from '../../../public/paging'
import { ALL_POSTS_FEED, categoryLabel, listPublicPosts, publicUnits } from '../../../public/site'
import { FilterSelect } from '../../../public/components/FilterSelect'
import { FormErrors } from '../../../public/components/FormErrors'

export const dynamic = 'force-dynamic'

type Search = Promise<Record<string, string | string[] | undefined>>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

/** Resolves the URL's filters; unknown values are reported, not silently ignored. */
const resolveFilters = async (searchParams: Search) => {
  const params = await searchParams
  const units = await publicUnits()
  const unitSlug = one(params.jednostka)
  const categorySlug = one(params.kategoria)
  const unit = unitSlug ? (units.find((u) => u.slug === unitSlug) ?? null) : null
  const category = categorySlug ? categoryOfSlug(categorySlug) : null
  const errors = [
    unitSlug && !unit ? `Nie znaleziono jednostki „${unitSlug}”. Wybierz jednostkę z listy.` : null,
    categorySlug && !category
      ? `Nie ma kategorii „${categorySlug}”. Wybierz kategorię z listy.`
      : null,
  ].filter((e): e is string => !!e)
  return { category, errors, page: parsePage(params.strona), unit, units }
}

export const generateMetadata = async ({
  searchParams,
}: {
  searchParams: Search
}): Promise<Metadata> => {
  const { category, unit } = await resolveFilters(searchParams)
  const feeds = [
    ...(unit ? [{ title: `RSS: ${unit.name}`, url: `/feeds/units/${unit.slug}.xml` }] : []),
    ...(category
      ? [
          {
            title: `RSS: ${categoryLabel(category)}`,
            url: `/feeds/categories/${CATEGORY_SLUGS[category]}.xml`,
          },
        ]
      : []),
    ALL_POSTS_FEED,
  ]
  const parts = [unit?.name, category ? categoryLabel(category) : null].filter(Boolean)
  return {
    alternates: { types: { 'application/rss+xml': feeds } },
    title: parts.length ? `Aktualności: ${parts.join(', ')}` : 'Aktualności',
  }
}

export default async function NewsList({ searchParams }: { searchParams: Search }) {
  const { category, errors, page, unit, units } = await resolveFilters(searchParams)
  if (page === null) notFound()
  const result = errors.length ? null : await listPublicPosts({ category, page, unit })
  if (result && page > 1 && page > result.totalPages) notFound()
  const href = (p: number) =>
    listHref('/aktualnosci', {
      jednostka: unit?.slug,
      kategoria: category ? CATEGORY_SLUGS[category] : null,
      strona: p,
    })
  return (
    <>
      <h1>Aktualności</h1>
      <form
        action="/aktualnosci"
        className="filters"
        method="get"
        role="search"
        aria-label="Filtruj aktualności"
      >
        <FilterSelect
          allLabel="Wszystkie jednostki"
          label="Jednostka"
          name="jednostka"
          options={units.map((u) => ({ label: u.name, value: u.slug }))}
          value={unit?.slug}
        />
        <FilterSelect
          allLabel="Wszystkie kategorie"
          label="Kategoria"
          name="kategoria"
          options={CATEGORIES.map((c) => ({ label: c.label.pl, value: CATEGORY_SLUGS[c.value] }))}
          value={category ? CATEGORY_SLUGS[category] : null}
        />
        <button type="submit">Pokaż</button>
      </form>
      <FormErrors messages={errors} />
      {result ? (
        <>
          <p className="muted" aria-live="polite">
            {result.totalDocs === 0
              ? 'Brak aktualności dla wybranych filtrów.'
              : `Znaleziono: ${result.totalDocs}. Strona ${result.page} z ${result.totalPages}.`}
          </p>
          <PostList posts={result.docs} />
          {result.totalPages > 1 ? (
            <nav aria-label="Strony wyników" className="pagination">
              {result.hasPrevPage ? (
                <a href={href(page - 1)} rel="prev">
                  ← Nowsze
                </a>
              ) : null}
              <span>
                Strona {result.page} z {result.totalPages}
              </span>
              {result.hasNextPage ? (
                <a href={href(page + 1)} rel="next">
                  Starsze →
                </a>
              ) : null}
            </nav>
          ) : null}
          {unit || category ? (
            <p>
              Subskrybuj te aktualności w czytniku RSS:{' '}
              {unit ? <a href={`/feeds/units/${unit.slug}.xml`}>kanał „{unit.name}”</a> : null}
              {unit && category ? ' · ' : null}
              {category ? (
                <a href={`/feeds/categories/${CATEGORY_SLUGS[category]}.xml`}>
                  kanał „{categoryLabel(category)}”
                </a>
              ) : null}
            </p>
          ) : null}
        </>
      ) : null}
    </>
  )
}
