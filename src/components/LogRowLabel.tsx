'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { LOG_DECISIONS } from '../domain/workflow'

type Row = { at?: string; comment?: null | string; decision?: string; what?: string }

/** A row of an approval log or change register reads as "when – what", not "Decyzja 01". */
export const LogRowLabel: React.FC = () => {
  const { data, rowNumber } = useRowLabel<Row>()
  const when = data?.at
    ? new Date(data.at).toLocaleString('pl-PL', { dateStyle: 'short', timeStyle: 'short' })
    : `#${(rowNumber ?? 0) + 1}`
  const what = LOG_DECISIONS.find((d) => d.value === data?.decision)?.label.pl ?? data?.what ?? ''
  return (
    <span>
      {when} – {what}
      {data?.comment
        ? ` („${data.comment.length > 60 ? `${data.comment.slice(0, 60)}…` : data.comment}”)`
        : ''}
    </span>
  )
}
