import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { monthLabel, parseMonth } from '../../../domain/register-month'
import { pointAnchor } from '../../../domain/rule-points'
import {
  actionLabel,
  complaintStateLabel,
  loadRegister,
  type PublicEntry,
  registerChannels,
  registerMonths,
} from '../../../moderation/public-register'
import { listHref, parsePage, polishDate } from '../../../public/paging'
import { sitePayload } from '../../../public/site'
import { FilterSelect } from '../../../public/components/FilterSelect'
import { FormErrors } from '../../../public/components/FormErrors'
import './register.css'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  alternates: { canonical: '/rejestr-moderacji' },
  description:
    'Publiczny rejestr usuniętych i ukrytych komentarzy oraz blokad na oficjalnych profilach gminy, z naruszoną zasadą dyskusji i wynikiem skarg.',
  title: 'Rejestr moderacji',
}

type Search = Promise<Record<string, string | string[] | undefined>>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

const OUTCOME: Record<string, null | string> = {
  none: null,
  pending: 'Skarga w rozpatrzeniu',
  rejected: 'Skarga nieuwzględniona',
  upheld: 'Skarga uwzględniona – decyzja była błędna',
}
const COMPLAINABLE = new Set(['comment_hidden', 'comment_removed', 'user_blocked'])

const Rule = ({ rule }: { rule: PublicEntry['rule'] }) => {
  if (!rule?.point) return <>nie dotyczy</>
  const doc = rule.rules && typeof rule.rules === 'object' ? rule.rules : null
  const name = doc?.title ? `„${doc.title}”` : 'zasad dyskusji'
  return (
    <>
      pkt {rule.point}{' '}
      {doc?.slug ? (
        <a href={`/zasady-dyskusji/${doc.slug}#${pointAnchor(rule.point)}`}>{name}</a>
      ) : (
        name
      )}
      , wersja {rule.version}
      {rule.quote ? <blockquote>{rule.quote}</blockquote> : null}
    </>
  )
}

const Entry = ({ entry }: { entry: PublicEntry }) => {
  const outcome = OUTCOME[entry.complaintOutcome ?? 'none']
  return (
    <li id={`wpis-${entry.number}`}>
      <article aria-labelledby={`wpis-${entry.number}-tytul`}>
        <h3 id={`wpis-${entry.number}-tytul`}>
          Nr {entry.number}: {actionLabel(entry.action)}
        </h3>
        <dl className="facts">
          <dt>Kiedy</dt>
          <dd>{polishDate(entry.occurredAt, true)}</dd>
          <dt>Profil</dt>
          <dd>{entry.channelName}</dd>
          <dt>Naruszona zasada</dt>
          <dd>
            <Rule rule={entry.rule} />
          </dd>
          <dt>Kto zdecydował</dt>
          <dd>{entry.decidedByLabel}</dd>
          <dt>Skarga</dt>
          <dd className={outcome ? `outcome-${entry.complaintOutcome}` : undefined}>
            {outcome ?? 'brak'}
          </dd>
        </dl>
        <p className="summary">{entry.summary}</p>
        {COMPLAINABLE.has(entry.action) ? (
          <p>
            <a href={`/rejestr-moderacji/skarga?wpis=${entry.number}`}>
              Złóż skargę na tę decyzję (wpis nr {entry.number})
            </a>
          </p>
        ) : null}
      </article>
    </li>
  )
}

export default async function ModerationRegister({ searchParams }: { searchParams: Search }) {
  const params = await searchParams
  const page = parsePage(params.strona)
  if (page === null) notFound()
  const payload = await sitePayload()
  const [channels, months] = await Promise.all([registerChannels(payload), registerMonths(payload)])

  const channelSlug = one(params.kanal)
  const month = one(params.miesiac)
  const rawNumber = one(params.nr)
  const channel = channelSlug ? (channels.find((c) => c.slug === channelSlug) ?? null) : null
  const number = rawNumber && /^\d{1,9}$/.test(rawNumber) ? Number(rawNumber) : null
  const errors = [
    channelSlug && !channel
      ? `W rejestrze nie ma wpisów z profilu „${channelSlug}”. Wybierz profil z listy.`
      : null,
    month && !parseMonth(month) ? `„${month}” nie jest miesiącem. Wybierz miesiąc z listy.` : null,
    rawNumber && !number ? `„${rawNumber}” nie jest numerem wpisu.` : null,
  ].filter((e): e is string => !!e)

  const filters = { channel, month: month && parseMonth(month) ? month : null, number, page }
  const register = errors.length ? null : await loadRegister(payload, filters)
  if (register && page > 1 && page > register.entries.totalPages) notFound()
  const href = (p: number) =>
    listHref('/rejestr-moderacji', {
      kanal: channel?.slug,
      miesiac: filters.month,
      nr: number,
      strona: p,
    })
  const selection =
    [
      number ? `wpis nr ${number}` : null,
      channel?.name,
      filters.month ? monthLabel(filters.month) : null,
    ]
      .filter(Boolean)
      .join(', ') || 'cały rejestr'
  const totalActions = register?.actionCounts.reduce((sum, a) => sum + a.count, 0) ?? 0
  const totalComplaints = register?.complaintCounts.reduce((sum, c) => sum + c.count, 0) ?? 0

  return (
    <>
      <h1>Rejestr moderacji</h1>
      <p className="lead">
        Każde usunięcie lub ukrycie komentarza i każdą blokadę użytkownika na oficjalnych profilach
        gminy zapisujemy tutaj: kiedy, na którym profilu, którą zasadę dyskusji naruszono i kto
        zdecydował. Nie publikujemy treści komentarzy ani danych ich autorów.
      </p>
      <p>
        Jeśli uważasz, że decyzja była błędna, <a href="/rejestr-moderacji/skarga">złóż skargę</a> –
        odpowiemy e-mailem, a wynik skargi pokażemy przy wpisie. Zasady obowiązujące na profilach:{' '}
        <a href="/zasady-dyskusji">zasady dyskusji</a>.
      </p>

      <form
        action="/rejestr-moderacji"
        aria-label="Filtruj rejestr moderacji"
        className="filters"
        method="get"
        role="search"
      >
        <FilterSelect
          allLabel="Wszystkie profile"
          label="Profil"
          name="kanal"
          options={channels.map((c) => ({ label: c.name, value: c.slug }))}
          value={channel?.slug}
        />
        <FilterSelect
          allLabel="Wszystkie miesiące"
          label="Miesiąc"
          name="miesiac"
          options={months.map((m) => ({ label: monthLabel(m), value: m }))}
          value={filters.month}
        />
        <button type="submit">Pokaż</button>
      </form>
      <FormErrors messages={errors} />

      {register ? (
        <>
          <h2>Podsumowanie: {selection}</h2>
          <div className="register-counts">
            <table>
              <caption>Działania moderacyjne</caption>
              <thead>
                <tr>
                  <th scope="col">Działanie</th>
                  <th scope="col">Liczba</th>
                </tr>
              </thead>
              <tbody>
                {register.actionCounts.map((a) => (
                  <tr data-action={a.value} key={a.value}>
                    <th scope="row">{a.label}</th>
                    <td>{a.count}</td>
                  </tr>
                ))}
                <tr className="total">
                  <th scope="row">Razem</th>
                  <td>{totalActions}</td>
                </tr>
              </tbody>
            </table>
            <table>
              <caption>Skargi na te działania</caption>
              <thead>
                <tr>
                  <th scope="col">Stan skargi</th>
                  <th scope="col">Liczba</th>
                </tr>
              </thead>
              <tbody>
                {register.complaintCounts.map((c) => (
                  <tr data-state={c.value} key={c.value}>
                    <th scope="row">{c.label}</th>
                    <td>{c.count}</td>
                  </tr>
                ))}
                <tr className="total">
                  <th scope="row">Razem</th>
                  <td>{totalComplaints}</td>
                </tr>
              </tbody>
            </table>
          </div>

          <h2>Wpisy</h2>
          <p aria-live="polite" className="muted">
            {register.entries.totalDocs === 0
              ? 'Brak wpisów dla wybranych filtrów.'
              : `Znaleziono: ${register.entries.totalDocs}. Strona ${register.entries.page} z ${register.entries.totalPages}.`}
          </p>
          <ol className="register-entries">
            {register.entries.docs.map((entry) => (
              <Entry entry={entry} key={entry.number} />
            ))}
          </ol>
          {register.entries.totalPages > 1 ? (
            <nav aria-label="Strony rejestru" className="pagination">
              {register.entries.hasPrevPage ? (
                <a href={href(page - 1)} rel="prev">
                  ← Nowsze
                </a>
              ) : null}
              <span>
                Strona {register.entries.page} z {register.entries.totalPages}
              </span>
              {register.entries.hasNextPage ? (
                <a href={href(page + 1)} rel="next">
                  Starsze →
                </a>
              ) : null}
            </nav>
          ) : null}

          <h2>Skargi i ich wynik</h2>
          {register.complaints.length ? (
            <table className="register-complaints reflow">
              <caption>Skargi dotyczące wpisów z wybranego zakresu, od najnowszej</caption>
              <thead>
                <tr>
                  <th scope="col">Nr skargi</th>
                  <th scope="col">Dotyczy wpisu</th>
                  <th scope="col">Wpłynęła</th>
                  <th scope="col">Stan</th>
                  <th scope="col">Rozstrzygnięta</th>
                </tr>
              </thead>
              <tbody>
                {register.complaints.map((c) => (
                  <tr data-state={c.state} key={c.number}>
                    <td data-label="Nr skargi">{c.number}</td>
                    <td data-label="Dotyczy wpisu">
                      {c.entryNumber ? (
                        <a href={`/rejestr-moderacji?nr=${c.entryNumber}`}>nr {c.entryNumber}</a>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td data-label="Wpłynęła">{polishDate(c.receivedAt)}</td>
                    <td
                      data-label="Stan"
                      className={`outcome-${c.state === 'upheld' || c.state === 'rejected' ? c.state : 'pending'}`}
                    >
                      {complaintStateLabel(c.state)}
                    </td>
                    <td data-label="Rozstrzygnięta">
                      {c.decidedAt ? polishDate(c.decidedAt) : '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>Brak skarg dotyczących wpisów z wybranego zakresu.</p>
          )}
        </>
      ) : null}
    </>
  )
}
