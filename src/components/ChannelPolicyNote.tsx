'use client'
import { getTranslation } from '@payloadcms/translations'
import { Banner, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import {
  checkChannelPolicy,
  describePolicy,
  type PolicyRow,
  resolvePolicy,
} from '../domain/channel-policy'
import { CATEGORY_POLICY } from '../domain/slugs'
import { CHANNELS } from '../domain/taxonomy'
import type { AppTranslationKeys, AppTranslations } from '../translations'

/**
 * Under a post's channels: the channel policy of its category, and a warning while the chosen
 * channels break it (approval will refuse the post until they are fixed).
 */
export const ChannelPolicyNote: React.FC = () => {
  const { i18n, t } = useTranslation<AppTranslations, AppTranslationKeys>()
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
  const names = (values: string[]) =>
    values
      .map((value) => {
        const known = CHANNELS.find((c) => c.value === value)
        return known ? getTranslation(known.label, i18n) : value
      })
      .join(', ')
  const fix = [
    check.missing.length ? t('herold:policyAdd', { channels: names(check.missing) }) : '',
    check.forbidden.length ? t('herold:policyRemove', { channels: names(check.forbidden) }) : '',
  ]
    .filter(Boolean)
    .join(t('herold:policyAnd'))
  return (
    <div
      className="herold-channel-policy"
      data-broken={broken ? 'true' : 'false'}
      role={broken ? 'alert' : 'note'}
    >
      <Banner type={broken ? 'warning' : 'default'}>
        <span style={{ display: 'block' }}>{description}</span>
        {broken ? (
          <strong style={{ display: 'block', marginTop: 4 }}>
            {t('herold:policyRefused', { fix })}
          </strong>
        ) : null}
      </Banner>
    </div>
  )
}
