'use client'
import { Button, Pill, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { SUGGEST_PATH } from '../constants'
import type { Suggestion } from '../endpoints/suggest'
import type { BipWatchTranslationKeys, BipWatchTranslations } from '../translations'

const WAIT_MS = 600
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * Matching BIP entries for the post being written (title, lead, unit), asked for a moment after
 * the editor stops typing; one click cites an entry in the post's "BIP entry" field.
 */
export const BipSuggestions: React.FC = () => {
  const { t } = useTranslation<BipWatchTranslations, BipWatchTranslationKeys>()
  const title = useFormFields(([fields]) => fields.title?.value) as string | undefined
  const lead = useFormFields(([fields]) => fields.lead?.value) as string | undefined
  const unit = useFormFields(([fields]) => idOf(fields.unit?.value)) as number | undefined
  const kind = useFormFields(([fields]) => fields.informationType?.value) as string | undefined
  const { setValue, value: cited } = useField<number | null>({ path: 'bipReference' })
  const [items, setItems] = useState<null | Suggestion[]>(null)

  useEffect(() => {
    if (kind === 'local_news' || !title?.trim()) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      const query = new URLSearchParams({ text: lead ?? '', title: title.slice(0, 500) })
      if (unit) query.set('unit', String(unit))
      fetch(`/api/posts${SUGGEST_PATH}?${query}`, {
        credentials: 'include',
        signal: controller.signal,
      })
        .then((res) => (res.ok ? res.json() : { suggestions: [] }))
        .then((body: { suggestions: Suggestion[] }) => setItems(body.suggestions))
        .catch(() => {})
    }, WAIT_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [kind, lead, title, unit])

  if (kind === 'local_news' || !title?.trim()) return null
  return (
    <div className="field-type bip-suggestions" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{t('bipWatch:suggestions')}</span>
      {items === null ? (
        <p>{t('bipWatch:suggestionsLoading')}</p>
      ) : items.length === 0 ? (
        <p>{t('bipWatch:suggestionsEmpty')}</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((item) => (
            <li key={item.id} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
              <a href={item.url} rel="noreferrer" target="_blank">
                {item.title}
              </a>{' '}
              {item.caseReference ? <code>{item.caseReference}</code> : null}
              <div>
                <Pill size="small">{item.state}</Pill> {item.reasons.join(', ')}
              </div>
              {idOf(cited) === item.id ? (
                <Pill pillStyle="success" size="small">
                  {t('bipWatch:chosen')}
                </Pill>
              ) : (
                <Button buttonStyle="secondary" onClick={() => setValue(item.id)} size="small">
                  {t('bipWatch:choose')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
