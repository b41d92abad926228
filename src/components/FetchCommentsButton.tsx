'use client'
import { Button, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { isStaff } from '../access/roles'
import { SOCIAL_COMMENTS } from '../domain/slugs'

/** Above the comments list: what the worker does every 5 minutes, on demand (staff only, as the endpoint). */
export const FetchCommentsButton: React.FC = () => {
  const { user } = useAuth()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<null | { error: boolean; text: string }>(null)
  const run = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/${SOCIAL_COMMENTS}/fetch`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = await res.json().catch(() => ({}))
      setMessage(
        res.ok
          ? { error: false, text: body.message }
          : { error: true, text: body?.errors?.[0]?.message ?? `HTTP ${res.status}` },
      )
      router.refresh()
    } finally {
      setBusy(false)
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
      {isStaff(user) ? (
        <Button
          buttonStyle="secondary"
          disabled={busy}
          margin={false}
          onClick={() => void run()}
          size="small"
        >
          {busy ? 'Pobieranie…' : 'Pobierz komentarze teraz'}
        </Button>
      ) : null}
      <span>
        Komentarze pobierają się też same co 5 minut. Otwórz komentarz, aby go ukryć lub usunąć.
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
        </p>
      ) : null}
    </div>
  )
}
