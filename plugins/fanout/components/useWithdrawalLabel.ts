'use client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { DELIVERIES } from '../constants'
import { WITHDRAWAL_SUMMARY_KEYS, withdrawalSummary } from '../rules/bip-withdrawal'
import type { FanoutTranslationKeys, FanoutTranslations } from '../translations'

/**
 * Where a saved post's copies stand after its BIP entry was withdrawn ("Wycofany z BIP – …"), for
 * the post's state in the admin; null while none was withdrawn (or `active` is false).
 */
export const useWithdrawalLabel = (postId: null | number | string | undefined, active: boolean) => {
  const { t } = useTranslation<FanoutTranslations, FanoutTranslationKeys>()
  const [copies, setCopies] = useState<Parameters<typeof withdrawalSummary>[0]>([])
  useEffect(() => {
    if (!active || postId == null) return setCopies([])
    let stale = false
    fetch(
      `/api/${DELIVERIES}?where[post][equals]=${postId}&where[withdrawal][exists]=true&depth=0&limit=50`,
      { credentials: 'include' },
    )
      .then((res) => (res.ok ? (res.json() as Promise<{ docs: typeof copies }>) : null))
      .catch(() => null)
      .then((found) => !stale && setCopies(found?.docs ?? []))
    return () => {
      stale = true
    }
  }, [active, postId])
  const summary = withdrawalSummary(copies)
  return summary ? t(WITHDRAWAL_SUMMARY_KEYS[summary]) : null
}
