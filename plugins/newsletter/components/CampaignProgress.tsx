'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { RECIPIENTS } from '../constants'

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
  if (error) return <p role="alert">Nie udało się odczytać postępu: {error}</p>
  if (!progress) return <p>Wczytywanie postępu…</p>
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
          adresaci
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
          Wysłano {progress.sent} z {progress.total}
        </strong>
        {progress.state === 'sending'
          ? ' – wysyłanie trwa…'
          : progress.state === 'needs_action'
            ? ' – wstrzymana'
            : ' – zakończona'}
      </p>
      {progress.state === 'needs_action' ? (
        <p role="alert">
          Serwer poczty odmawia wysyłki{progress.held ? `: ${progress.held}` : ''}. Nikogo nie
          wypisano; niewysłane wiadomości czekają i wyjdą, gdy serwer znów przyjmie pocztę
          (sprawdzany co minutę).
        </p>
      ) : null}
      <progress aria-label="Postęp wysyłki" max={100} style={{ width: '100%' }} value={percent} />
      <ul>
        <li>W trakcie: {progress.sending}</li>
        <li>Ponowne próby (błędy tymczasowe): {withList(progress.retry, 'retry')}</li>
        <li>Odrzucone adresy: {withList(progress.bounced, 'bounced')}</li>
        <li>Nieudane: {withList(progress.failed, 'failed')}</li>
        <li>
          Przerwane w chwili wysyłki (nie wiadomo, czy dotarły):{' '}
          {withList(progress.uncertain, 'uncertain')}
        </li>
      </ul>
      {progress.uncertain > 0 ? (
        <button className="btn btn--style-secondary btn--size-small" onClick={resend} type="button">
          Wyślij ponownie {progress.uncertain} wiadomości o nieznanym losie
        </button>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
