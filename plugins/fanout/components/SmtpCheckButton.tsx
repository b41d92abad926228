'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** On the dashboard's newsletter alert: check the mail server now (after fixing it) instead of within the minute. */
export const SmtpCheckButton = () => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<null | string>(null)
  const check = async () => {
    setBusy(true)
    try {
      const res = await fetch('/api/newsletter/smtp-check', { credentials: 'include', method: 'POST' })
      const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string }
      setMessage(body.message ?? body.error ?? `Błąd serwera (HTTP ${res.status}).`)
      router.refresh()
    } catch {
      setMessage('Brak połączenia z serwerem. Spróbuj ponownie.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '0.5rem', marginLeft: '0.5rem' }}>
      <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void check()} size="small">
        {busy ? 'Sprawdzanie…' : 'Sprawdź serwer poczty teraz'}
      </Button>
      {message ? <span role="status">{message}</span> : null}
    </span>
  )
}
