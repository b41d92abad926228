'use client'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import {
  checkChannelPolicy,
  describePolicy,
  type PolicyRow,
  resolvePolicy,
} from '../domain/channel-policy'
import { polishLabelOf } from '../domain/labels'
import { CATEGORY_POLICY } from '../domain/slugs'
import { CHANNELS } from '../domain/taxonomy'

const names = (channels: string[]) => channels.map((c) => polishLabelOf(CHANNELS, c)).join(', ')

/**
 * Under a post's channels: the channel policy of its category, and a warning while the chosen
 * channels break it (approval will refuse the post until they are fixed).
 */
export const ChannelPolicyNote: React.FC = () => {
  const category = useFormFields(([fields]) => fields.category?.value) as string | undefined
  const channels = useFormFields(([fields]) => fields.channels?.value) as string[] | undefined
  const [rows, setRows] = useState<null | PolicyRow[]>(null)

  useEffect(() => {
    let live = true
    fetch(`/api/globals/${CATEGORY_POLICY}?depth=0`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((stored) => live && setRows(resolvePolicy(stored)))
      .catch(() => live && setRows(resolvePolicy(null)))
    return () => {
      live = false
    }
  }, [])

  if (!rows) return null
  const description = describePolicy(rows, category)
  if (!description) return null
  const check = checkChannelPolicy(rows, category, channels ?? [])
  const broken = check.missing.length > 0 || check.forbidden.length > 0
  return (
    <div
      className="herold-channel-policy"
      data-broken={broken ? 'true' : 'false'}
      role={broken ? 'alert' : 'note'}
      style={{
        borderLeft: `4px solid ${broken ? 'var(--theme-warning-500)' : 'var(--theme-elevation-300)'}`,
        fontSize: 'small',
        marginBottom: 'var(--base)',
        padding: '4px 8px',
      }}
    >
      <p style={{ margin: 0 }}>{description}</p>
      {broken ? (
        <p style={{ fontWeight: 600, margin: '4px 0 0' }}>
          Zatwierdzenie zostanie odrzucone, dopóki{' '}
          {[
            check.missing.length ? `nie dodasz: ${names(check.missing)}` : '',
            check.forbidden.length ? `nie usuniesz: ${names(check.forbidden)}` : '',
          ]
            .filter(Boolean)
            .join(' i ')}
          .
        </p>
      ) : null}
    </div>
  )
}
