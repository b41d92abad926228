'use client'
import { getTranslation } from '@payloadcms/translations'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { LOG_DECISIONS } from '../domain/workflow'
import type { AppTranslationKeys, AppTranslations } from '../translations'

type Row = { at?: string; comment?: null | string; decision?: string; what?: string }

/** A row of an approval log or change register reads as "when – what", not "Decyzja 01". */
export const LogRowLabel: React.FC = () => {
  const { data, rowNumber } = useRowLabel<Row>()
  const { i18n, t } = useTranslation<AppTranslations, AppTranslationKeys>()
  const when = data?.at
    ? new Date(data.at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
    : `#${(rowNumber ?? 0) + 1}`
  const decision = LOG_DECISIONS.find((d) => d.value === data?.decision)
  const what = decision ? getTranslation(decision.label, i18n) : (data?.what ?? '')
  const comment = data?.comment
  return (
    <span>
      {when} – {what}
      {comment
        ? ` ${t('herold:logComment', { comment: comment.length > 60 ? `${comment.slice(0, 60)}…` : comment })}`
        : ''}
    </span>
  )
}
