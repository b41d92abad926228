'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useState } from 'react'

import { MODERATION_ENTRIES } from '../domain/slugs'

type Point = { number: number; summaries: { delete: string; hide: string }; text: string }
type Rules = { id: number | string; points: Point[]; title: string; version: number }
type Options = { rules: Rules[]; state: string }
type Action = 'delete' | 'hide'

/** The outcome survives the reload that shows the comment's new state in the form below. */
const DONE_KEY = 'herold:comment-moderation'

const api = async (path: string, init?: RequestInit) => {
  const res = await fetch(`/api${path}`, {
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    ...init,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
  return body
}

/**
 * Hide or delete a fanpage comment, only by naming the rule it breaks: the register entry is
 * written by the same action. The summary is prefilled from the rule and may be rephrased.
 */
export const CommentModeration: React.FC = () => {
  const { id } = useDocumentInfo()
  const uid = useId()
  const [options, setOptions] = useState<null | Options>(null)
  const [rulesId, setRulesId] = useState('')
  const [point, setPoint] = useState('')
  const [action, setAction] = useState<Action>('hide')
  const [summary, setSummary] = useState('')
  const [edited, setEdited] = useState(false)
  const [message, setMessage] = useState<null | {
    entryId?: number | string
    error: boolean
    text: string
  }>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const loaded = (await api(`/social-comments/${id}/moderation`)) as Options
    setOptions(loaded)
    if (loaded.rules[0]) setRulesId(String(loaded.rules[0].id))
    // A hidden comment can still be deleted; hiding it again is not offered.
    if (loaded.state === 'hidden') setAction('delete')
  }, [id])
  useEffect(() => {
    const done = sessionStorage.getItem(DONE_KEY)
    if (done) {
      const parsed = JSON.parse(done) as { docId: string; entryId: number | string; text: string }
      if (String(parsed.docId) === String(id))
        setMessage({ entryId: parsed.entryId, error: false, text: parsed.text })
      sessionStorage.removeItem(DONE_KEY)
    }
    void load().catch((e: Error) => setMessage({ error: true, text: e.message }))
  }, [id, load])

  const rules = options?.rules.find((r) => String(r.id) === rulesId)
  const chosen = rules?.points.find((p) => String(p.number) === point)
  // The generated summary follows the choice until the person writes their own.
  useEffect(() => {
    if (!edited) setSummary(chosen ? chosen.summaries[action] : '')
  }, [chosen, action, edited])

  if (!id || !options) return message ? <p role="alert">{message.text}</p> : null
  const done = options.state === 'deleted' || options.state === 'gone'
  const submit = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const result = await api(`/social-comments/${id}/moderate`, {
        body: JSON.stringify({
          action,
          point: Number(point),
          rules: rulesId,
          summary: edited ? summary : undefined,
        }),
        method: 'POST',
      })
      sessionStorage.setItem(
        DONE_KEY,
        JSON.stringify({ docId: id, entryId: result.entry.id, text: result.message }),
      )
      window.location.reload()
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message })
      setBusy(false)
    }
  }

  return (
    <section
      aria-labelledby={`${uid}-h`}
      className="herold-comment-moderation"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 6,
        margin: '0 0 1.5rem',
        padding: '1rem 1.25rem',
      }}
    >
      <h3 id={`${uid}-h`} style={{ marginTop: 0 }}>
        Moderacja komentarza
      </h3>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          style={{
            color: message.error ? 'var(--theme-error-500)' : 'var(--theme-success-500)',
            fontWeight: 600,
          }}
        >
          {message.text}
          {message.entryId ? (
            <>
              {' '}
              <a href={`/admin/collections/${MODERATION_ENTRIES}/${message.entryId}`}>
                Otwórz wpis w rejestrze
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {done ? (
        <p>Komentarza nie ma już na Facebooku.</p>
      ) : options.rules.length === 0 ? (
        <p>
          Nie ma opublikowanych zasad dyskusji z punktami, na które można się powołać. Opublikuj
          zasady (Przejrzystość → Zasady dyskusji), aby moderować komentarze.
        </p>
      ) : (
        <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '48rem' }}>
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <legend style={{ fontWeight: 600, marginBottom: 4 }}>Działanie</legend>
            <label style={{ marginRight: '1.5rem' }}>
              <input
                checked={action === 'hide'}
                disabled={options.state === 'hidden'}
                name={`${uid}-action`}
                onChange={() => setAction('hide')}
                type="radio"
              />{' '}
              Ukryj (autor i jego znajomi nadal go widzą)
            </label>
            <label>
              <input
                checked={action === 'delete'}
                name={`${uid}-action`}
                onChange={() => setAction('delete')}
                type="radio"
              />{' '}
              Usuń
            </label>
          </fieldset>
          <label style={{ display: 'grid', gap: 4 }}>
            <span style={{ fontWeight: 600 }}>Zasady dyskusji</span>
            <select onChange={(e) => (setRulesId(e.target.value), setPoint(''))} value={rulesId}>
              {options.rules.map((r) => (
                <option key={String(r.id)} value={String(r.id)}>
                  {r.title} (wersja {r.version})
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            <span style={{ fontWeight: 600 }}>Naruszony punkt (wymagany)</span>
            <select
              data-testid="moderation-point"
              onChange={(e) => setPoint(e.target.value)}
              required
              value={point}
            >
              <option value="">– wybierz punkt zasad –</option>
              {rules?.points.map((p) => (
                <option key={p.number} value={String(p.number)}>
                  {p.number}. {p.text.length > 110 ? `${p.text.slice(0, 110)}…` : p.text}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            <span style={{ fontWeight: 600 }}>Publiczne podsumowanie w rejestrze</span>
            <textarea
              onChange={(e) => (setSummary(e.target.value), setEdited(true))}
              placeholder="Powstanie z wybranego punktu zasad."
              rows={3}
              style={{ font: 'inherit' }}
              value={summary}
            />
            <small>
              Bez imion, adresów e-mail, adresów profili i @oznaczeń – treść komentarza i autor
              trafiają tylko do poufnej migawki.
            </small>
          </label>
          <div>
            <Button
              buttonStyle={action === 'delete' ? 'error' : 'primary'}
              disabled={busy || !point || (action === 'hide' && options.state === 'hidden')}
              onClick={() => void submit()}
              size="small"
            >
              {action === 'delete'
                ? 'Usuń komentarz i zapisz w rejestrze'
                : 'Ukryj komentarz i zapisz w rejestrze'}
            </Button>
          </div>
        </div>
      )}
    </section>
  )
}
