import type { Metadata } from 'next'

import { idOf } from '../../../../../access/roles'
import { PreferencesFields } from '../../../../../public/components/PreferencesFields'
import { param, publicUnits, subscriberByManageToken } from '../../../../../public/newsletter'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false }, title: 'Ustawienia newslettera' }

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function PreferencesPage({ params, searchParams }: Props) {
  const { token } = await params
  const search = await searchParams
  const [subscriber, units] = await Promise.all([subscriberByManageToken(token), publicUnits()])
  if (!subscriber) {
    return (
      <>
        <h1>Link jest nieaktualny</h1>
        <p>Nie znaleźliśmy subskrypcji dla tego linku. Mogła zostać usunięta.</p>
        <p>
          <a href="/newsletter">Zapisz się ponownie</a>
        </p>
      </>
    )
  }
  const prefs = subscriber.preferences ?? {}
  const error = param(search.blad_preferences)
  return (
    <>
      <h1>Ustawienia newslettera</h1>
      <p>Adres: {subscriber.email}</p>
      {subscriber.state !== 'confirmed' ? (
        <p className="errors">
          Ta subskrypcja nie jest aktywna (
          {subscriber.state === 'unsubscribed'
            ? 'wypisano'
            : 'nie potwierdzono lub adres odrzucono'}
          ). Aby ją wznowić, zapisz się ponownie na stronie newslettera.
        </p>
      ) : null}
      {param(search.zapisano) ? (
        <p className="notice" role="status">
          Zapisano ustawienia.
        </p>
      ) : null}
      <form
        action={`/api/newsletter/preferences/${encodeURIComponent(token)}`}
        className="form"
        method="post"
      >
        <PreferencesFields
          error={error}
          units={units}
          values={{
            categories: prefs.categories ?? [],
            digest: prefs.digest,
            units: (prefs.units ?? []).map((u) => String(idOf(u))),
            urgentAlerts: prefs.urgentAlerts ?? false,
          }}
        />
        <button type="submit">Zapisz ustawienia</button>
      </form>
      <p>
        <a href={`/newsletter/wypisz/${encodeURIComponent(token)}`}>Wypisz się z newslettera</a>
      </p>
    </>
  )
}
