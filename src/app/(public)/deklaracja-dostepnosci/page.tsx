import type { Metadata } from 'next'

import { OMBUDSMAN, OMBUDSMAN_STEP, PROCEDURE } from '../../../domain/accessibility-statement'
import { accessibilityStatement } from '../../../public/accessibility'
import { Paragraphs, StatementDate } from '../../../public/components/StatementParts'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  alternates: { canonical: '/deklaracja-dostepnosci' },
  description:
    'Deklaracja dostępności serwisu: zgodność z ustawą o dostępności cyfrowej, treści niedostępne, kontakt w sprawie dostępności, procedura wnioskowo-skargowa i dostępność architektoniczna urzędu.',
  title: 'Deklaracja dostępności',
}

/**
 * The accessibility statement in the structure of the Minister's technical conditions: the element
 * ids (a11y-podmiot, a11y-url, a11y-data-publikacja, a11y-status, a11y-kontakt, a11y-procedura,
 * a11y-architektura, a11y-aplikacje…) are the ones monitoring tools look up.
 */
export default async function AccessibilityStatementPage() {
  const s = await accessibilityStatement()
  const { contact } = s
  const siteLabel = s.siteUrl === '/' ? 'serwisu informacyjnego' : s.siteUrl
  return (
    <article>
      <h1 id="a11y-deklaracja">Deklaracja dostępności</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{s.entityName}</span> zobowiązuje się zapewnić dostępność swojej
        strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron
        internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy{' '}
        <a href={s.siteUrl} id="a11y-url">
          {siteLabel}
        </a>
        .
      </p>
      <ul>
        <li>
          Data publikacji strony internetowej:{' '}
          <StatementDate day={s.sitePublishedOn} id="a11y-data-publikacja" />
        </li>
        <li>
          Data ostatniej istotnej aktualizacji:{' '}
          <StatementDate day={s.siteUpdatedOn} id="a11y-data-aktualizacja" />
        </li>
      </ul>

      <h2>Stan dostępności cyfrowej</h2>
      <p id="a11y-status">
        Strona internetowa jest <strong>{s.statusLabel}</strong> z ustawą z dnia 4 kwietnia 2019 r.
        o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych
        {s.status === 'compliant'
          ? '.'
          : ' z powodu niezgodności lub wyłączeń wymienionych poniżej.'}
      </p>
      <h3>Treści niedostępne</h3>
      {s.nonCompliant.length ? (
        <ul id="a11y-tresci-niedostepne">
          {s.nonCompliant.map((row) => (
            <li key={row.content}>
              {row.content}
              {row.reason ? <> Powód: {row.reason}</> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nie stwierdzono treści niedostępnych.</p>
      )}
      <h3>Wyłączenia</h3>
      {s.exemptions.length ? (
        <ul id="a11y-wylaczenia">
          {s.exemptions.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : (
        <p>Brak treści wyłączonych spod ustawy.</p>
      )}

      <h2>Przygotowanie deklaracji dostępności</h2>
      <ul>
        <li>
          Data sporządzenia deklaracji:{' '}
          <StatementDate day={s.preparedOn} id="a11y-data-sporzadzenie" />
        </li>
        <li>
          Data ostatniego przeglądu deklaracji:{' '}
          <StatementDate day={s.reviewedOn ?? s.preparedOn} id="a11y-data-przeglad" />
        </li>
      </ul>
      <p id="a11y-ocena">{s.assessment}</p>

      <h2>Skróty klawiaturowe</h2>
      <p>
        Serwis nie ma własnych skrótów klawiaturowych; działają standardowe skróty przeglądarki.
        Pierwsze naciśnięcie klawisza Tab pokazuje odnośnik „Przejdź do treści”.
      </p>

      <h2 id="a11y-kontakt">Informacje zwrotne i dane kontaktowe</h2>
      <p>
        W przypadku problemów z dostępnością strony internetowej prosimy o kontakt.{' '}
        {contact.person ? (
          <>
            Osobą kontaktową jest <span id="a11y-osoba">{contact.person}</span>.{' '}
          </>
        ) : null}
        {contact.email ? (
          <>
            E-mail:{' '}
            <a href={`mailto:${contact.email}`} id="a11y-email">
              {contact.email}
            </a>
            .{' '}
          </>
        ) : null}
        {contact.phone ? (
          <>
            Telefon:{' '}
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} id="a11y-telefon">
              {contact.phone}
            </a>
            .{' '}
          </>
        ) : null}
        Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz żądania
        zapewnienia dostępności.
      </p>
      {s.officeAddress.length ? (
        <>
          <h3>Dane teleadresowe siedziby</h3>
          <Paragraphs lines={s.officeAddress} />
        </>
      ) : null}

      <h3 id="a11y-procedura">Procedura wnioskowo-skargowa</h3>
      {PROCEDURE.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p>
        {OMBUDSMAN_STEP} <a href={OMBUDSMAN.url}>{OMBUDSMAN.name}</a>, {OMBUDSMAN.address}.
      </p>

      <h2 id="a11y-architektura">Dostępność architektoniczna</h2>
      {s.architecture.length ? (
        <Paragraphs lines={s.architecture} />
      ) : (
        <p>
          Informację o dostępności architektonicznej siedziby można uzyskać pod danymi kontaktowymi
          powyżej.
        </p>
      )}
      <h3>Tłumacz języka migowego</h3>
      {s.signLanguage.length ? (
        <Paragraphs lines={s.signLanguage} />
      ) : (
        <p>
          Osoby uprawnione mogą skorzystać z bezpłatnej pomocy tłumacza języka migowego; chęć
          skorzystania z niej prosimy zgłosić pod danymi kontaktowymi powyżej.
        </p>
      )}

      <h2 id="a11y-aplikacje">Aplikacje mobilne</h2>
      {s.apps.length ? (
        <Paragraphs lines={s.apps} />
      ) : (
        <p>Podmiot nie udostępnia aplikacji mobilnych.</p>
      )}
    </article>
  )
}
