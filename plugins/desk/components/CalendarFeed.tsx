'use client'
import { Button, CopyToClipboard, useTranslation } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import { CALENDAR_FEED_ENDPOINT } from '../constants'
import type { DeskTranslationKeys, DeskTranslations } from '../translations'

const errorOf = async (res: Response) => {
  const body = (await res.json().catch(() => null)) as null | { errors?: { message: string }[] }
  return body?.errors?.[0]?.message ?? String(res.status)
}

/**
 * The user's secret ICS address: created (or replaced) and revoked here; the address itself is
 * shown only right after it is created, since only its hash is stored.
 */
export const CalendarFeed = ({ active: initiallyActive }: { active: boolean }) => {
  const { t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const headingId = useId()
  const urlId = useId()
  const [active, setActive] = useState(initiallyActive)
  const [url, setUrl] = useState<null | string>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const call = async (method: 'DELETE' | 'POST') => {
    setBusy(true)
    try {
      const res = await fetch(`/api${CALENDAR_FEED_ENDPOINT}`, { credentials: 'include', method })
      if (!res.ok) {
        setMessage(t('desk:calendar-feedFailed', { reason: await errorOf(res) }))
        return
      }
      if (method === 'POST') {
        setUrl(((await res.json()) as { url: string }).url)
        setActive(true)
        setMessage('')
      } else {
        setUrl(null)
        setActive(false)
        setMessage(t('desk:calendar-feedRevoked'))
      }
    } catch {
      setMessage(t('desk:calendar-feedFailed', { reason: t('desk:calendar-reason-unknown') }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      data-testid="calendar-feed"
      style={{ marginTop: 'calc(var(--base) * 2)', maxWidth: '48rem' }}
    >
      <h2 id={headingId} style={{ fontSize: '1.25rem' }}>
        {t('desk:calendar-feed')}
      </h2>
      <p>{t('desk:calendar-feedIntro')}</p>
      <p>{active ? (url ? null : t('desk:calendar-feedActive')) : t('desk:calendar-feedNone')}</p>
      {url ? (
        <div className="field-type text" style={{ marginBottom: 'var(--base)' }}>
          <label className="field-label" htmlFor={urlId}>
            {t('desk:calendar-feedUrl')}
          </label>
          <div style={{ alignItems: 'center', display: 'flex', gap: '0.5rem' }}>
            <input id={urlId} readOnly style={{ flex: 1 }} type="text" value={url} />
            <CopyToClipboard value={url} />
          </div>
        </div>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <Button
          buttonStyle={active ? 'secondary' : 'primary'}
          disabled={busy}
          margin={false}
          onClick={() => call('POST')}
          size="small"
        >
          {active ? t('desk:calendar-feedRegenerate') : t('desk:calendar-feedCreate')}
        </Button>
        {active ? (
          <Button
            buttonStyle="error"
            disabled={busy}
            margin={false}
            onClick={() => call('DELETE')}
            size="small"
          >
            {t('desk:calendar-feedRevoke')}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" role="status" style={{ marginTop: '0.5rem' }}>
        {message}
      </p>
    </section>
  )
}
