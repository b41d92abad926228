'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { SUBSCRIBERS } from '../constants'
import type { NewsletterTranslationKeys, NewsletterTranslations } from '../translations'

/** RODO art. 15 and 17 from the subscriber's view: download everything held, or erase it. */
export const SubscriberPrivacy = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<NewsletterTranslations, NewsletterTranslationKeys>()
  const [status, setStatus] = useState<null | string>(null)
  if (!id) return null
  const erase = async () => {
    if (!window.confirm(t('newsletter:privacyEraseConfirm'))) return
    const res = await fetch(`/api/newsletter/subscribers/${id}/erase`, {
      credentials: 'include',
      method: 'POST',
    })
    const body = await res.json()
    setStatus(body.message ?? body.error)
    if (res.ok) window.location.assign(`/admin/collections/${SUBSCRIBERS}`)
  }
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', marginBottom: '1.5rem' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        download
        href={`/api/newsletter/subscribers/${id}/export`}
      >
        {t('newsletter:privacyExport')}
      </a>
      <button className="btn btn--style-secondary btn--size-small" onClick={erase} type="button">
        {t('newsletter:privacyErase')}
      </button>
      {status ? <p role="status">{status}</p> : null}
    </div>
  )
}
