import type { Metadata } from 'next'

import { FormErrors } from '../../../public/components/FormErrors'
import { PreferencesFields } from '../../../public/components/PreferencesFields'
import { consentText, param, publicUnits } from '../../../public/newsletter'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Newsletter e-mail' }

type Search = Promise<Record<string, string | string[] | undefined>>

export default async function NewsletterPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams
  if (param(params.wyslano)) {
    return (
      <>
        <h1>Sprawdź skrzynkę</h1>
        <p className="notice" role="status">
          Jeśli adres jest poprawny, wysłaliśmy na niego wiadomość z linkiem potwierdzającym.
          Kliknij go w ciągu 7 dni, aby zacząć otrzymywać newsletter. Nie widzisz wiadomości?
          Zajrzyj do folderu spam.
        </p>
        <p>
          <a href="/aktualnosci">Wróć do aktualności</a>
        </p>
      </>
    )
  }
  const [units, consent] = await Promise.all([publicUnits(), consentText()])
  const errors = {
    consent: param(params.blad_consent),
    email: param(params.blad_email),
    preferences: param(params.blad_preferences),
  }
  const hasErrors = Object.values(errors).some(Boolean)
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : [v].flat())
  // After an error the form comes back as it was sent (the endpoint echoes the choices).
  const values = hasErrors
    ? {
        categories: list(params.categories),
        digest: param(params.digest),
        units: list(params.units),
        urgentAlerts: params.urgentAlerts !== undefined,
      }
    : {}
  return (
    <>
      <h1>Newsletter e-mail</h1>
      <p className="lead">
        Komunikaty gminy w skrzynce e-mail – bez konta w mediach społecznościowych. Wybierz, co i
        jak często chcesz dostawać.
      </p>
      <FormErrors
        heading="Popraw zaznaczone pola:"
        messages={Object.values(errors).filter((e): e is string => Boolean(e))}
      />
      <form action="/api/newsletter/subscribe" className="form" method="post">
        <p>
          <label htmlFor="email">Adres e-mail</label>
          <input
            aria-describedby={errors.email ? 'blad-email' : undefined}
            aria-invalid={errors.email ? true : undefined}
            autoComplete="email"
            defaultValue={param(params.email)}
            id="email"
            name="email"
            required
            type="email"
          />
          {errors.email ? (
            <span className="field-error" id="blad-email">
              {' '}
              {errors.email}
            </span>
          ) : null}
        </p>
        <PreferencesFields error={errors.preferences} units={units} values={values} />
        <p>
          <label className="inline">
            <input
              aria-describedby={errors.consent ? 'tresc-zgody blad-zgoda' : 'tresc-zgody'}
              aria-invalid={errors.consent ? true : undefined}
              defaultChecked={hasErrors && params.consent !== undefined}
              name="consent"
              required
              type="checkbox"
              value="on"
            />{' '}
            Zgadzam się (wymagane)
          </label>
        </p>
        <p className="note" id="tresc-zgody">
          {consent}
        </p>
        {errors.consent ? (
          <p className="field-error" id="blad-zgoda">
            {errors.consent}
          </p>
        ) : null}
        <button type="submit">Zapisz się</button>
      </form>
      <p>
        Wolisz czytnik RSS? Zobacz <a href="/kanaly-rss">kanały RSS</a>.
      </p>
    </>
  )
}
