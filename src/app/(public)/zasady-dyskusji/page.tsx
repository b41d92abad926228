import type { Metadata } from 'next'

import { polishLabelOf } from '../../../domain/labels'
import { PROFILE_PLATFORMS } from '../../../domain/taxonomy'
import { polishDate } from '../../../public/paging'
import { publishedRules } from '../../../public/site'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Zasady dyskusji' }

export default async function RulesIndex() {
  const rules = await publishedRules()
  return (
    <>
      <h1>Zasady dyskusji w mediach społecznościowych</h1>
      <p className="lead">
        Każdy oficjalny profil gminy i jej jednostek ma opublikowane zasady: kto go prowadzi, czy
        jest finansowany ze środków publicznych, jak moderujemy komentarze i gdzie złożyć skargę.
      </p>
      {rules.length ? (
        <ul className="posts">
          {rules.map((r) => (
            <li key={String(r.id)}>
              <div>
                <h2>
                  <a href={`/zasady-dyskusji/${r.slug}`}>{r.title}</a>
                </h2>
                <p className="meta">
                  Dotyczy:{' '}
                  {(r.governs ?? [])
                    .map((g) => `${g.name} (${polishLabelOf(PROFILE_PLATFORMS, g.platform)})`)
                    .join(', ')}{' '}
                  · wersja {r.version ?? 1} · obowiązuje od {polishDate(r.effectiveFrom)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nie opublikowano jeszcze zasad dyskusji.</p>
      )}
    </>
  )
}
