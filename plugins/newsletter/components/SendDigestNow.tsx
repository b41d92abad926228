'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { CAMPAIGNS } from '../constants'

type Kind = 'digest_daily' | 'digest_weekly'

/** Above the campaigns list: a digest now, besides the schedule in the newsletter settings. */
export const SendDigestNow = () => {
  const router = useRouter()
  const [busy, setBusy] = useState<Kind | null>(null)
  const [message, setMessage] = useState<null | {
    error: boolean
    id?: number | string
    text: string
  }>(null)

  const send = async (kind: Kind) => {
    setBusy(kind)
    try {
      const res = await fetch('/api/newsletter/digest', {
        body: JSON.stringify({ kind }),
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const body = (await res.json().catch(() => ({}))) as {
        error?: string
        id?: number | string
        message?: string
      }
      setMessage(
        res.ok
          ? { error: false, id: body.id, text: body.message ?? 'Gotowe.' }
          : { error: true, text: body.error ?? `Błąd serwera (HTTP ${res.status}).` },
      )
      router.refresh()
    } catch {
      setMessage({ error: true, text: 'Brak połączenia z serwerem. Spróbuj ponownie.' })
    } finally {
      setBusy(null)
    }
  }

  return (
    <div
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '1rem',
        marginBottom: '1rem',
      }}
    >
      <strong>Wyślij wydanie zbiorcze teraz:</strong>
      <Button
        buttonStyle="secondary"
        disabled={busy !== null}
        margin={false}
        onClick={() => void send('digest_daily')}
        size="small"
      >
        {busy === 'digest_daily' ? 'Przygotowywanie…' : 'codzienne'}
      </Button>
      <Button
        buttonStyle="secondary"
        disabled={busy !== null}
        margin={false}
        onClick={() => void send('digest_weekly')}
        size="small"
      >
        {busy === 'digest_weekly' ? 'Przygotowywanie…' : 'tygodniowe'}
      </Button>
      <span>
        Obejmuje wpisy od poprzedniego wydania tej częstotliwości; harmonogram jest w ustawieniach
        newslettera.
      </span>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          style={{
            color: message.error ? 'var(--theme-error-500)' : undefined,
            margin: 0,
            width: '100%',
          }}
        >
          {message.text}
          {message.id != null ? (
            <>
              {' '}
              <a href={`/admin/collections/${CAMPAIGNS}/${message.id}`}>Zobacz postęp wysyłki</a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
