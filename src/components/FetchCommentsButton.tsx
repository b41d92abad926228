'use client'
import { Banner, Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { isStaff } from '../access/roles'
import { SOCIAL_COMMENTS } from '../domain/slugs'
import type { AppTranslationKeys, AppTranslations } from '../translations'

/** Above the comments list: what the worker does every 5 minutes, on demand (staff only, as the endpoint). */
export const FetchCommentsButton: React.FC = () => {
  const { user } = useAuth()
  const { t } = useTranslation<AppTranslations, AppTranslationKeys>()
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
          {busy ? t('herold:commentsFetching') : t('herold:commentsFetchNow')}
        </Button>
      ) : null}
      <span className="field-description">{t('herold:commentsFetchAuto')}</span>
      {message ? (
        <div role={message.error ? 'alert' : 'status'} style={{ width: '100%' }}>
          <Banner type={message.error ? 'error' : 'success'}>{message.text}</Banner>
        </div>
      ) : null}
    </div>
  )
}
