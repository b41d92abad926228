import type { Metadata } from 'next'

import {
  COMPLAINT_FORM_ERRORS,
  COMPLAINT_MESSAGE_MAX,
  COMPLAINT_MESSAGE_MIN,
  COMPLAINT_NAME_MAX,
  complaintErrorsFrom,
} from '../../../../domain/complaint-form'
import { COMPLAINTS } from '../../../../domain/slugs'
import { actionLabel, entryByNumber } from '../../../../moderation/public-register'
import { FormErrors } from '../../../../public/components/FormErrors'
import { polishDate } from '../../../../public/paging'
import { siteName, sitePayload } from '../../../../public/site'
import '../register.css'

export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  alternates: { canonical: '/rejestr-moderacji/skarga' },
  description:
    'Formularz skargi na usunięcie lub ukrycie komentarza albo blokadę na oficjalnym profilu gminy.',
  title: 'Skarga na moderację',
}

type Search = Promise<Record<string, string | string[] | undefined>>
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined

/** The public complaint form; it posts to /api/complaints/submit, which redirects back here (works without JavaScript). */
export default async function ComplaintForm({ searchParams }: { searchParams: Search }) {
  const params = await searchParams
  const sent = one(params.wyslano)
  const errors = complaintErrorsFrom(one(params.blad))
  const rawEntry = one(params.wpis)
  const entryNumber = rawEntry && /^\d{1,9}$/.test(rawEntry) ? Number(rawEntry) : null
  const [name, entry] = await Promise.all([
    siteName(),
    entryNumber ? sitePayload().then((p) => entryByNumber(p, entryNumber)) : null,
  ])
  // A field with errors says so, and points at the messages that explain them.
  const invalid = (...codes: (keyof typeof COMPLAINT_FORM_ERRORS)[]) => {
    const present = codes.filter((c) => errors.includes(c))
    return present.length
      ? { 'aria-describedby': present.map((c) => `${c}-blad`).join(' '), 'aria-invalid': true }
      : {}
  }
  const fieldError = (field: keyof typeof COMPLAINT_FORM_ERRORS) =>
    errors.includes(field) ? (
      <p className="field-error" id={`${field}-blad`}>
        {COMPLAINT_FORM_ERRORS[field]}
      </p>
    ) : null

  return (
    <>
      <h1>Skarga na usunięcie komentarza lub blokadę</h1>
      {sent && /^\d+$/.test(sent) ? (
        <div className="notice" role="status">
          <p>
            <strong>Przyjęliśmy skargę nr {sent}.</strong> Rozpatrzy ją osoba zatwierdzająca
            publikacje urzędu; odpowiedź wyślemy na podany adres e-mail, a wynik pokażemy w{' '}
            <a href="/rejestr-moderacji">rejestrze moderacji</a>.
          </p>
        </div>
      ) : null}
      <p>
        Skargę możesz złożyć na każdą decyzję zapisaną w{' '}
        <a href="/rejestr-moderacji">rejestrze moderacji</a>: usunięcie lub ukrycie komentarza albo
        zablokowanie użytkownika. Podaj numer wpisu z rejestru i napisz, dlaczego uważasz decyzję za
        błędną.
      </p>
      <FormErrors
        heading="Nie wysłano skargi:"
        messages={errors.map((e) => COMPLAINT_FORM_ERRORS[e])}
      />
      {entry ? (
        <div className="note">
          <p>
            <strong>
              Wpis nr {entry.number}: {actionLabel(entry.action)}
            </strong>{' '}
            ({entry.channelName}, {polishDate(entry.occurredAt, true)})
          </p>
          <p>{entry.summary}</p>
        </div>
      ) : null}
      <form action={`/api/${COMPLAINTS}/submit`} className="form" method="post">
        <div>
          <label htmlFor="entry">Numer wpisu w rejestrze moderacji (wymagany)</label>
          <input
            autoComplete="off"
            defaultValue={entryNumber ?? ''}
            id="entry"
            inputMode="numeric"
            name="entry"
            pattern="[0-9]*"
            required
            type="text"
            {...invalid('entry', 'unknown_entry', 'not_complainable')}
          />
          <p className="hint muted">Numer jest przy każdym wpisie w rejestrze („Nr 17”).</p>
          {fieldError('entry')}
          {fieldError('unknown_entry')}
          {fieldError('not_complainable')}
        </div>
        <div>
          <label htmlFor="message">Treść skargi (wymagana)</label>
          <textarea
            id="message"
            maxLength={COMPLAINT_MESSAGE_MAX}
            minLength={COMPLAINT_MESSAGE_MIN}
            name="message"
            required
            rows={8}
            {...invalid('message')}
          />
          {fieldError('message')}
        </div>
        <div>
          <label htmlFor="email">Adres e-mail do odpowiedzi (wymagany)</label>
          <input
            autoComplete="email"
            id="email"
            name="email"
            required
            type="email"
            {...invalid('email')}
          />
          {fieldError('email')}
        </div>
        <div>
          <label htmlFor="name">Imię i nazwisko (nieobowiązkowe)</label>
          <input
            autoComplete="name"
            id="name"
            maxLength={COMPLAINT_NAME_MAX}
            name="name"
            type="text"
            {...invalid('name')}
          />
          {fieldError('name')}
        </div>
        <div aria-hidden="true" className="hp">
          <label htmlFor="website">Tego pola nie wypełniaj</label>
          <input autoComplete="off" id="website" name="website" tabIndex={-1} type="text" />
        </div>
        <p className="muted">
          Administratorem danych jest {name}. Adres e-mail, imię i nazwisko oraz treść skargi
          przetwarzamy wyłącznie, aby rozpatrzyć skargę i wysłać odpowiedź. W rejestrze moderacji
          publikujemy tylko numer skargi, daty i jej wynik – bez Twoich danych.
        </p>
        <button type="submit">Wyślij skargę</button>
      </form>
    </>
  )
}
