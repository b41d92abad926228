'use client'
import { getTranslation } from '@payloadcms/translations'
import {
  Banner,
  Button,
  Pill,
  TextareaInput,
  useAuth,
  useDocumentInfo,
  useTranslation,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { CORRECTABLE_FIELDS } from '../../../src/domain/corrections'
import { DELIVERY_STATES } from '../delivery/states'
import { CORRECTION_ACTIONS } from '../rules/correction-actions'
import type { FanoutTranslationKeys, FanoutTranslations } from '../translations'

type Person = { email?: string; id: number | string; name?: null | string }
type PlanRow = {
  account: null | number | string
  action: null | string
  channel: string
  reason: null | string
}
type Correction = {
  approvedBy?: (number | Person | string)[] | null
  changed?: string[] | null
  comment?: null | string
  decidedAt?: null | string
  id: number | string
  plan?: null | PlanRow[]
  proposedAt?: null | string
  proposedBy?: null | number | Person | string
  state: 'approved' | 'pending' | 'rejected'
}
type Delivery = {
  account?: null | number | string
  channel: string
  correction?: null | number | string
  externalUrl?: null | string
  id: number | string
  lastError?: null | string
  reason?: null | string
  state: string
}

const CHANNELS = ['fanpage', 'group', 'newsletter', 'rss'] as const
const PILL: Record<string, React.ComponentProps<typeof Pill>['pillStyle']> = {
  approved: 'success',
  failed: 'error',
  needs_action: 'warning',
  pending: 'warning',
  rejected: 'light-gray',
  sent: 'success',
}

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

const personOf = (value: Correction['proposedBy']) =>
  value && typeof value === 'object' ? value.name || value.email || `#${value.id}` : null
const idOf = (value: Correction['proposedBy']) =>
  value && typeof value === 'object' ? value.id : value

/** The post's corrections: the pending one for an approver to decide, then the trail of decided ones. */
export const CorrectionsPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n, t } = useTranslation<FanoutTranslations, FanoutTranslationKeys>()
  const [items, setItems] = useState<Correction[]>([])
  const [deliveries, setDeliveries] = useState<Delivery[]>([])
  const [message, setMessage] = useState<null | string>(null)
  const [reason, setReason] = useState('')

  const load = useCallback(async () => {
    if (!id) return
    const list = await api(
      `/post-corrections?where[post][equals]=${id}&depth=1&limit=50&sort=-createdAt`,
    )
    setItems(list.docs)
    const copies = await api(
      `/deliveries?where[post][equals]=${id}&where[correction][exists]=true&depth=0&limit=200`,
    )
    setDeliveries(copies.docs)
  }, [id])

  useEffect(() => {
    void load().catch((e: Error) => setMessage(e.message))
    const timer = setInterval(() => void load().catch(() => undefined), 5000)
    return () => clearInterval(timer)
  }, [load])

  const decide = async (correction: Correction, decision: 'approve' | 'reject') => {
    try {
      await api(`/post-corrections/${correction.id}`, {
        body: JSON.stringify({ comment: decision === 'reject' ? reason : undefined, decision }),
        method: 'PATCH',
      })
      // The form shows the post as saved: reload it with the approved words.
      window.location.reload()
    } catch (e) {
      setMessage((e as Error).message)
    }
  }

  const fieldLabel = (name: string) => {
    const known = CORRECTABLE_FIELDS.find((f) => f.value === name)
    return known ? getTranslation(known.label, i18n) : name
  }
  const actionLabel = (action: string) => {
    const known = CORRECTION_ACTIONS.find((a) => a === action)
    return known ? t(`fanout:correction:action-${known}`) : action
  }
  const channelLabel = (channel: string) => {
    const known = CHANNELS.find((c) => c === channel)
    return known ? t(`fanout:channel-${known}`) : channel
  }
  const stateLabel = (value: string) => {
    const known = DELIVERY_STATES.find((s) => s.value === value)
    return known ? getTranslation(known.label, i18n) : value
  }
  const when = (iso?: null | string) =>
    iso ? new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'pl-PL') : ''
  const role = user && 'role' in user ? String(user.role) : null
  const canDecide = role === 'approver' || role === 'admin'

  if (!id) return null
  const pending = items.find((c) => c.state === 'pending')
  const decided = items.filter((c) => c.state !== 'pending')
  return (
    <section aria-label={t('fanout:correction:trail')} className="herold-corrections">
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{t('fanout:correction:trail')}</h4>
      {message ? (
        <div role="status">
          <Banner type="error">{message}</Banner>
        </div>
      ) : null}
      {pending ? (
        <Banner type="info">
          <strong>{t('fanout:correction:pending')}</strong>
          <p style={{ margin: 'calc(var(--base) / 3) 0' }}>
            {t('fanout:correction:pendingHelp')}{' '}
            {(pending.changed ?? []).map(fieldLabel).join(', ')}
          </p>
          <p style={{ margin: 0 }}>
            {t('fanout:correction:proposedBy')}: {personOf(pending.proposedBy)},{' '}
            {when(pending.proposedAt)} ·{' '}
            {t('fanout:correction:approvals', { n: (pending.approvedBy ?? []).length })}
          </p>
          {canDecide && String(idOf(pending.proposedBy)) !== String(user?.id) ? (
            <div style={{ display: 'grid', gap: 'calc(var(--base) / 3)', marginTop: '0.5rem' }}>
              <Button
                buttonStyle="primary"
                margin={false}
                onClick={() => void decide(pending, 'approve')}
                size="small"
              >
                {t('fanout:correction:approve')}
              </Button>
              <TextareaInput
                label={t('fanout:correction:rejectReason')}
                onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setReason(e.target.value)}
                path="herold-correction-reason"
                rows={2}
                value={reason}
              />
              <Button
                buttonStyle="secondary"
                margin={false}
                onClick={() => void decide(pending, 'reject')}
                size="small"
              >
                {t('fanout:correction:reject')}
              </Button>
            </div>
          ) : null}
        </Banner>
      ) : null}
      {!pending && decided.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{t('fanout:correction:none')}</p>
      ) : null}
      <ol style={{ display: 'grid', gap: 'var(--base)', listStyle: 'none', margin: 0, padding: 0 }}>
        {decided.map((c) => (
          <li
            data-testid="correction"
            key={c.id}
            style={{ borderTop: '1px solid var(--theme-elevation-100)', paddingTop: '0.5rem' }}
          >
            <div>
              <Pill pillStyle={PILL[c.state] ?? 'light-gray'} size="small">
                {t(
                  c.state === 'approved'
                    ? 'fanout:correction:stateApproved'
                    : 'fanout:correction:stateRejected',
                )}
              </Pill>{' '}
              {when(c.decidedAt)}
            </div>
            <div>
              {t('fanout:correction:changed')}: {(c.changed ?? []).map(fieldLabel).join(', ')}
            </div>
            <div>
              {t('fanout:correction:proposedBy')}: {personOf(c.proposedBy)}
            </div>
            {c.approvedBy?.length ? (
              <div>
                {t('fanout:correction:approvedBy')}:{' '}
                {c.approvedBy.map((p) => personOf(p)).join(', ')}
              </div>
            ) : null}
            {c.comment ? <div>{c.comment}</div> : null}
            {c.plan?.length ? (
              <ul style={{ margin: '0.25rem 0 0', paddingInlineStart: '1rem' }}>
                {c.plan.map((row) => {
                  const copy = deliveries.find(
                    (d) =>
                      String(d.correction) === String(c.id) &&
                      d.channel === row.channel &&
                      String(d.account ?? '') === String(row.account ?? ''),
                  )
                  return (
                    <li data-channel={row.channel} key={`${row.channel}:${row.account}`}>
                      <strong>{channelLabel(row.channel)}</strong>
                      {': '}
                      {row.action
                        ? actionLabel(row.action)
                        : t(
                            row.reason === 'not_sent'
                              ? 'fanout:correction:notSent'
                              : 'fanout:correction:unknownChannel',
                          )}
                      {copy ? (
                        <>
                          {' '}
                          <Pill pillStyle={PILL[copy.state] ?? 'light-gray'} size="small">
                            {stateLabel(copy.state)}
                          </Pill>
                          {copy.lastError ? <div>{copy.lastError}</div> : null}
                          {copy.externalUrl ? (
                            <div>
                              <a href={copy.externalUrl} rel="noreferrer" target="_blank">
                                {t('fanout:viewCopy')}
                              </a>
                            </div>
                          ) : null}
                        </>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
