'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { CAMPAIGNS } from '../constants'
import type { NewsletterTranslationKeys, NewsletterTranslations } from '../translations'

type Kind = 'digest_daily' | 'digest_weekly'

/** Above the campaigns list: a digest now, besides the schedule in the newsletter settings. */
export const SendDigestNow = () => {
  const router = useRouter()
  const { t } = useTranslation<NewsletterTranslations, NewsletterTranslationKeys>()
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
          ? { error: false, id: body.id, text: body.message ?? t('newsletter:digestDone') }
          : {
              error: true,
              text: body.error ?? t('newsletter:serverError', { status: res.status }),
            },
      )
      router.refresh()
    } catch {
      setMessage({ error: true, text: t('newsletter:noConnection') })
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
      <strong>{t('newsletter:digestNow')}</strong>
      <Button
        buttonStyle="secondary"
        disabled={busy !== null}
        margin={false}
        onClick={() => void send('digest_daily')}
        size="small"
      >
        {busy === 'digest_daily' ? t('newsletter:digestPreparing') : t('newsletter:digestDaily')}
      </Button>
      <Button
        buttonStyle="secondary"
        disabled={busy !== null}
        margin={false}
        onClick={() => void send('digest_weekly')}
        size="small"
      >
        {busy === 'digest_weekly' ? t('newsletter:digestPreparing') : t('newsletter:digestWeekly')}
      </Button>
      <span>{t('newsletter:digestHelp')}</span>
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
              <a href={`/admin/collections/${CAMPAIGNS}/${message.id}`}>
                {t('newsletter:digestSeeProgress')}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
