import type { Metadata } from 'next'

import { param, subscriberByConfirmToken } from '../../../../../public/newsletter'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false }, title: 'Potwierdzenie zapisu' }

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Confirmation takes a click on a button (a POST): mail scanners that open links confirm nothing. */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { token } = await params
  const search = await searchParams
  const subscriber = await subscriberByConfirmToken(token)
  if (param(search.potwierdzono) && subscriber?.state === 'confirmed') {
    return (
      <>
        <h1>Zapis potwierdzony</h1>
        <p className="notice" role="status">
          Dziękujemy! Adres {subscriber.email} będzie otrzymywać newsletter zgodnie z wybranymi
          ustawieniami.
        </p>
        <p>
          Ustawienia i wypisanie się są zawsze pod linkami w stopce każdej wiadomości.{' '}
          <a href="/aktualnosci">Przejdź do aktualności</a>
        </p>
      </>
    )
  }
  if (!subscriber || param(search.blad)) {
    return (
      <>
        <h1>Link jest nieaktualny</h1>
        <p>Ten link potwierdzający jest nieprawidłowy albo wygasł (działa 7 dni).</p>
        <p>
          <a href="/newsletter">Zapisz się ponownie</a> – wyślemy nowy link.
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Potwierdź zapis do newslettera</h1>
      <p>Potwierdź, że chcesz otrzymywać newsletter gminy na adres {subscriber.email}.</p>
      <form action={`/api/newsletter/confirm/${encodeURIComponent(token)}`} method="post">
        <button type="submit">Potwierdzam zapis</button>
      </form>
    </>
  )
}
