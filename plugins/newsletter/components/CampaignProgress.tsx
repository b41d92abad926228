'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { plural } from '../../../src/domain/plural'
import { RECIPIENTS } from '../constants'
import type { NewsletterTranslationKeys, NewsletterTranslations } from '../translations'

type Progress = {
  bounced: number
  failed: number
  finishedAt: null | string
  held: null | string
  retry: number
  sending: number
  sent: number
  state: string
  total: number
  uncertain: number
}

/** Live progress of a campaign: polls while it sends, stops when it is done. */
export const CampaignProgress = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<NewsletterTranslations, NewsletterTranslationKeys>()
  const [progress, setProgress] = useState<null | Progress>(null)
  const [error, setError] = useState<null | string>(null)
  const [message, setMessage] = useState<null | string>(null)

  useEffect(() => {
    if (!id) return
    let stopped = false
    const load = async () => {
      try {
        const res = await fetch(`/api/newsletter/campaigns/${id}/progress`, {
          credentials: 'include',
        })
        if (!res.ok) throw new Error((await res.json()).error ?? res.statusText)
        const next = (await res.json()) as Progress
        if (stopped) return
        setProgress(next)
        setError(null)
        // A held campaign is polled too: it resumes by itself once the mail server takes mail again.
        if (next.state !== 'done') setTimeout(load, 2000)
      } catch (e) {
        if (!stopped) setError(e instanceof Error ? e.message : String(e))
      }
    }
    void load()
    return () => {
      stopped = true
    }
  }, [id, message])

  if (!id) return null
  if (error) return <p role="alert">{t('newsletter:progressError', { error })}</p>
  if (!progress) return <p>{t('newsletter:progressLoading')}</p>
  const done = progress.sent + progress.bounced + progress.failed + progress.uncertain
  const percent = progress.total ? Math.min(100, Math.round((done / progress.total) * 100)) : 100
  // The recipients behind a number, in the admin's list filtered to this campaign and state.
  const withList = (count: number, state: string) =>
    count ? (
      <>
        {count} (
        <a
          href={`/admin/collections/${RECIPIENTS}?where[and][0][campaign][equals]=${id}&where[and][1][state][equals]=${state}`}
        >
          {t('newsletter:progressRecipients')}
        </a>
        )
      </>
    ) : (
      count
    )
  const resend = async () => {
    const res = await fetch(`/api/newsletter/campaigns/${id}/resend-uncertain`, {
      credentials: 'include',
      method: 'POST',
    })
    setMessage((await res.json()).message ?? null)
  }
  return (
    <div style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>
          {t('newsletter:progressSentOf', { sent: progress.sent, total: progress.total })}
        </strong>
        {' – '}
        {progress.state === 'sending'
          ? t('newsletter:progressSending')
          : progress.state === 'needs_action'
            ? t('newsletter:progressHeld')
            : t('newsletter:progressDone')}
      </p>
      {progress.state === 'needs_action' ? (
        <p role="alert">
          {progress.held
            ? t('newsletter:progressHeldAlertWith', { reason: progress.held })
            : t('newsletter:progressHeldAlert')}
        </p>
      ) : null}
      <progress
        aria-label={t('newsletter:progressLabel')}
        max={100}
        style={{ width: '100%' }}
        value={percent}
      />
      <ul>
        <li>
          {t('newsletter:progressCountSending')}: {progress.sending}
        </li>
        <li>
          {t('newsletter:progressCountRetry')}: {withList(progress.retry, 'retry')}
        </li>
        <li>
          {t('newsletter:progressCountBounced')}: {withList(progress.bounced, 'bounced')}
        </li>
        <li>
          {t('newsletter:progressCountFailed')}: {withList(progress.failed, 'failed')}
        </li>
        <li>
          {t('newsletter:progressCountUncertain')}: {withList(progress.uncertain, 'uncertain')}
        </li>
      </ul>
      {progress.uncertain > 0 ? (
        <button className="btn btn--style-secondary btn--size-small" onClick={resend} type="button">
          {plural(t, 'newsletter:resendUncertain', progress.uncertain)}
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
