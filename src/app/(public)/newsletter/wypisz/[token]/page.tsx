import type { Metadata } from 'next'

import { param, subscriberByManageToken } from '../../../../../public/newsletter'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false }, title: 'Wypisanie z newslettera' }

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params
  const search = await searchParams
  const subscriber = await subscriberByManageToken(token)
  if (!subscriber) {
    return (
      <>
        <h1>Link jest nieaktualny</h1>
        <p>
          Nie znaleźliśmy subskrypcji dla tego linku – adres mógł już zostać usunięty. Nie wyślemy
          na niego nic więcej.
        </p>
      </>
    )
  }
  if (param(search.wypisano) || subscriber.state === 'unsubscribed') {
    return (
      <>
        <h1>Wypisano z newslettera</h1>
        <p className="notice" role="status">
          Adres {subscriber.email} nie będzie już otrzymywać newslettera.
        </p>
        <p>
          Zmiana zdania? <a href="/newsletter">Zapisz się ponownie</a>.
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Wypisz się z newslettera</h1>
      <p>Czy na pewno chcesz przestać otrzymywać newsletter na adres {subscriber.email}?</p>
      <form action={`/api/newsletter/unsubscribe/${encodeURIComponent(token)}`} method="post">
        <input name="List-Unsubscribe" type="hidden" value="One-Click" />
        <button type="submit">Wypisz mnie</button>
      </form>
      <p>
        Możesz też tylko{' '}
        <a href={`/newsletter/preferencje/${encodeURIComponent(token)}`}>zmienić ustawienia</a> –
        np. dostawać wyłącznie pilne komunikaty.
      </p>
    </>
  )
}
