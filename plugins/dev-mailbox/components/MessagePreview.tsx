'use client'

import { FieldLabel, useFormFields, useTranslation } from '@payloadcms/ui'

import type { DevMailboxTranslationKeys, DevMailboxTranslations } from '../translations'

/**
 * The message's HTML as a mail client would show it, in a frame sandboxed with no permissions: its
 * scripts do not run and its links and forms cannot act on the admin.
 */
export const MessagePreview = () => {
  const { t } = useTranslation<DevMailboxTranslations, DevMailboxTranslationKeys>()
  const html = useFormFields(([fields]) => fields.html?.value)
  return (
    <div className="field-type">
      <FieldLabel label={t('devMailbox:preview')} />
      {typeof html === 'string' && html ? (
        <iframe
          sandbox=""
          srcDoc={html}
          style={{
            background: '#fff',
            border: '1px solid var(--theme-elevation-150)',
            height: '32rem',
            width: '100%',
          }}
          title={t('devMailbox:preview')}
        />
      ) : (
        <p>{t('devMailbox:noHtml')}</p>
      )}
    </div>
  )
}
