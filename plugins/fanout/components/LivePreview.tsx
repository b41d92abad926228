'use client'
import { Banner, useAllFormFields, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useEffect, useMemo, useState } from 'react'

import type { Previews } from '../engine/previews'
import type { FanoutTranslationKeys, FanoutTranslations } from '../translations'
import { FanpageView, GroupView, NewsletterView, RssView } from './preview-views'

/** What the preview needs of the form: the post's content, never its workflow fields. */
const PREVIEWED = [
  'bipReference',
  'body',
  'category',
  'channelCopy',
  'images',
  'informationType',
  'lead',
  'slug',
  'title',
  'unit',
] as const
/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 600
const TABS = ['fanpage', 'group', 'newsletter', 'rss'] as const
type Tab = (typeof TABS)[number]

/**
 * Every channel's copy of the post being edited, refreshed while typing, saved or not: the form's
 * values go to `POST /api/fanout/preview`, which renders them with the channels' own code.
 */
export const LivePreview: React.FC = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<FanoutTranslations, FanoutTranslationKeys>()
  const [fields] = useAllFormFields()
  const [tab, setTab] = useState<Tab>('fanpage')
  const [previews, setPreviews] = useState<null | Previews>(null)
  const [error, setError] = useState<null | string>(null)
  const [loading, setLoading] = useState(false)

  const data = useMemo(() => {
    const values = reduceFieldsToValues(fields, true) as Record<string, unknown>
    return { id, ...Object.fromEntries(PREVIEWED.map((name) => [name, values[name] ?? null])) }
  }, [fields, id])
  // Compared as text, so that a re-render with the same values asks nothing.
  const body = JSON.stringify({ data })

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(() => {
      setLoading(true)
      fetch('/api/fanout/preview', {
        body,
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
        signal: controller.signal,
      })
        .then(async (res) => {
          const answer = await res.json().catch(() => ({}))
          if (!res.ok) throw new Error(answer?.errors?.[0]?.message ?? `HTTP ${res.status}`)
          setPreviews(answer as Previews)
          setError(null)
        })
        .catch((e: Error) => {
          if (!controller.signal.aborted) setError(e.message)
        })
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false)
        })
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [body])

  return (
    <section
      aria-label={t('fanout:live:panel')}
      data-testid="live-preview"
      style={{ margin: '1.5rem 0' }}
    >
      <h3 style={{ marginBottom: 'calc(var(--base) / 4)' }}>{t('fanout:live:panel')}</h3>
      <p style={{ color: 'var(--theme-elevation-500)', marginTop: 0 }}>
        {loading ? t('fanout:live:loading') : t('fanout:live:panelHint')}
      </p>
      {error ? <Banner type="error">{t('fanout:live:failed', { message: error })}</Banner> : null}
      <div className="tabs-field">
        <div className="tabs-field__tabs-wrap">
          <div aria-label={t('fanout:live:tabs')} className="tabs-field__tabs" role="tablist">
            {TABS.map((name) => (
              <button
                aria-selected={tab === name}
                className={[
                  'tabs-field__tab-button',
                  tab === name && 'tabs-field__tab-button--active',
                ]
                  .filter(Boolean)
                  .join(' ')}
                key={name}
                onClick={() => setTab(name)}
                role="tab"
                type="button"
              >
                {t(`fanout:channel-${name}`)}
              </button>
            ))}
          </div>
        </div>
        <div className="tabs-field__content-wrap" role="tabpanel">
          {previews && tab === 'fanpage' && previews.fanpage ? (
            <FanpageView preview={previews.fanpage} />
          ) : null}
          {previews && tab === 'group' && previews.group ? (
            <GroupView preview={previews.group} />
          ) : null}
          {previews && tab === 'newsletter' ? (
            <NewsletterView data={data} preview={previews.newsletter} />
          ) : null}
          {previews && tab === 'rss' ? <RssView preview={previews.rss} /> : null}
        </div>
      </div>
    </section>
  )
}
