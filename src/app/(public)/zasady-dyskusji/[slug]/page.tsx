import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { polishLabelOf } from '../../../../domain/labels'
import { PROFILE_PLATFORMS } from '../../../../domain/taxonomy'
import { RulesText } from '../../../../public/components/RulesText'
import { SafeRichText } from '../../../../public/components/SafeRichText'
import { polishDate } from '../../../../public/paging'
import { ALL_POSTS_FEED, earlierRuleVersions, publishedRulesBySlug } from '../../../../public/site'

export const dynamic = 'force-dynamic'

type Params = Promise<{ slug: string }>

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const rules = await publishedRulesBySlug((await params).slug)
  return rules
    ? {
        alternates: {
          canonical: `/zasady-dyskusji/${rules.slug}`,
          types: { 'application/rss+xml': [ALL_POSTS_FEED] },
        },
        title: rules.title,
      }
    : { title: 'Nie znaleziono' }
}

const money = new Intl.NumberFormat('pl-PL', { currency: 'PLN', style: 'currency' })

export default async function RulesPage({ params }: { params: Params }) {
  const rules = await publishedRulesBySlug((await params).slug)
  if (!rules) notFound()
  const earlier = await earlierRuleVersions(rules.id, rules.version)
  const funding = rules.funding
  return (
    <article>
      <h1>{rules.title}</h1>
      <p className="meta">
        Wersja {rules.version ?? 1}, obowiązuje od {polishDate(rules.effectiveFrom)}
      </p>
      <h2>Których profili dotyczą</h2>
      <ul>
        {(rules.governs ?? []).map((g) => (
          <li key={`${g.platform}:${g.name}`}>
            {g.url ? <a href={g.url}>{g.name}</a> : g.name} –{' '}
            {polishLabelOf(PROFILE_PLATFORMS, g.platform)}
            {g.unit?.name ? `, ${g.unit.name}` : ''}
            {g.personalProfileUsedOfficially
              ? ' (prywatny profil osoby pełniącej funkcję, używany do komunikacji urzędowej)'
              : ''}
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>Kto prowadzi</dt>
        <dd>{rules.operator}</dd>
        <dt>Finansowanie</dt>
        <dd>
          {funding?.publiclyFunded
            ? `Ze środków publicznych${funding.amount != null ? `: ${money.format(funding.amount)}` : ''}${funding.period ? ` (${funding.period})` : ''}${funding.details ? `. ${funding.details}` : ''}`
            : 'Bez dodatkowych środków publicznych (poza czasem pracy osób prowadzących).'}
        </dd>
      </dl>
      <h2>Zasady</h2>
      <RulesText data={rules.rules} />
      <h2>Jak dokumentujemy usunięte komentarze i blokady</h2>
      <p>{rules.moderationDocumentation}</p>
      <h2>Skargi</h2>
      <p>{rules.complaints?.howTo}</p>
      {rules.complaints?.email || rules.complaints?.url ? (
        <ul>
          {rules.complaints.email ? (
            <li>
              E-mail: <a href={`mailto:${rules.complaints.email}`}>{rules.complaints.email}</a>
            </li>
          ) : null}
          {rules.complaints.url ? (
            <li>
              Formularz: <a href={rules.complaints.url}>{rules.complaints.url}</a>
            </li>
          ) : null}
        </ul>
      ) : null}
      {earlier.length ? (
        <>
          <h2>Wcześniejsze wersje</h2>
          {earlier.map((v) => (
            <details key={v.version}>
              <summary>
                Wersja {v.version}
                {v.effectiveFrom ? `, obowiązywała od ${polishDate(v.effectiveFrom)}` : ''}{' '}
                (opublikowana {polishDate(v.publishedAt)})
              </summary>
              <div className="rich">
                <SafeRichText data={v.rules} />
              </div>
            </details>
          ))}
        </>
      ) : null}
      <p>
        <a href="/zasady-dyskusji">← Wszystkie zasady dyskusji</a>
      </p>
    </article>
  )
}
