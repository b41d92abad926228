'use client'
import { Banner, Button, TextareaInput, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useId, useState } from 'react'

import { MODERATION_ENTRIES } from '../domain/slugs'
import type { AppTranslationKeys, AppTranslations } from '../translations'

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
  const { t } = useTranslation<AppTranslations, AppTranslationKeys>()
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

  if (!id || !options)
    return message ? (
      <div role="alert">
        <Banner type="error">{message.text}</Banner>
      </div>
    ) : null
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
        border: '1px solid var(--theme-elevation-100)',
        borderRadius: 'var(--style-radius-m)',
        margin: '0 0 1.5rem',
        padding: 'var(--base)',
      }}
    >
      <h3 id={`${uid}-h`} style={{ marginTop: 0 }}>
        {t('herold:moderation')}
      </h3>
      {message ? (
        <div role={message.error ? 'alert' : 'status'}>
          <Banner type={message.error ? 'error' : 'success'}>
            {message.text}
            {message.entryId ? (
              <>
                {' '}
                <a href={`/admin/collections/${MODERATION_ENTRIES}/${message.entryId}`}>
                  {t('herold:moderationOpenEntry')}
                </a>
              </>
            ) : null}
          </Banner>
        </div>
      ) : null}
      {done ? (
        <Banner>{t('herold:moderationGone')}</Banner>
      ) : options.rules.length === 0 ? (
        <Banner type="warning">{t('herold:moderationNoRules')}</Banner>
      ) : (
        <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '48rem' }}>
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <legend className="field-label">{t('herold:moderationAction')}</legend>
            <label style={{ marginRight: '1.5rem' }}>
              <input
                checked={action === 'hide'}
                disabled={options.state === 'hidden'}
                name={`${uid}-action`}
                onChange={() => setAction('hide')}
                type="radio"
              />{' '}
              {t('herold:moderationHide')}
            </label>
            <label>
              <input
                checked={action === 'delete'}
                name={`${uid}-action`}
                onChange={() => setAction('delete')}
                type="radio"
              />{' '}
              {t('herold:moderationDelete')}
            </label>
          </fieldset>
          <label style={{ display: 'grid', gap: 4 }}>
            <span className="field-label">{t('herold:moderationRules')}</span>
            <select onChange={(e) => (setRulesId(e.target.value), setPoint(''))} value={rulesId}>
              {options.rules.map((r) => (
                <option key={String(r.id)} value={String(r.id)}>
                  {t('herold:moderationRulesVersion', { title: r.title, version: r.version })}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: 4 }}>
            <span className="field-label">{t('herold:moderationPoint')}</span>
            <select
              data-testid="moderation-point"
              onChange={(e) => setPoint(e.target.value)}
              required
              value={point}
            >
              <option value="">{t('herold:moderationChoosePoint')}</option>
              {rules?.points.map((p) => (
                <option key={p.number} value={String(p.number)}>
                  {p.number}. {p.text.length > 110 ? `${p.text.slice(0, 110)}…` : p.text}
                </option>
              ))}
            </select>
          </label>
          <TextareaInput
            description={t('herold:moderationPrivacy')}
            label={t('herold:moderationSummary')}
            onChange={(e) => (setSummary(e.target.value), setEdited(true))}
            path={`${uid}-summary`}
            placeholder={t('herold:moderationSummaryPlaceholder')}
            rows={3}
            value={summary}
          />
          <div>
            <Button
              buttonStyle={action === 'delete' ? 'error' : 'primary'}
              disabled={busy || !point || (action === 'hide' && options.state === 'hidden')}
              onClick={() => void submit()}
              size="small"
            >
              {action === 'delete'
                ? t('herold:moderationDeleteSubmit')
                : t('herold:moderationHideSubmit')}
            </Button>
          </div>
        </div>
      )}
    </section>
  )
}
