'use client'
import { getTranslation } from '@payloadcms/translations'
import {
  Banner,
  Button,
  Pill,
  TextareaInput,
  TextInput,
  useAuth,
  useDocumentInfo,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { DELIVERY_STATES } from '../delivery/states'
import { WITHDRAWAL_SUMMARY_KEYS, withdrawalSummary } from '../rules/bip-withdrawal'
import { CopyWork, type WorkAction } from './CopyWork'
import type { FanoutTranslationKeys, FanoutTranslations } from '../translations'

type Delivery = {
  channel: string
  correction?: null | number | string
  externalUrl?: null | string
  flag?: null | string
  id: number | string
  lastError?: null | string
  lint?: { message: string; rule: string }[] | null
  reason?: null | string
  state: string
  takenDownAt?: null | string
  text?: null | string
  withdrawal?: null | string
}

const CHANNELS = ['fanpage', 'group', 'newsletter', 'rss'] as const
const PILL_STYLE: Record<string, React.ComponentProps<typeof Pill>['pillStyle']> = {
  failed: 'error',
  needs_action: 'warning',
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

/** Per-channel status of a post, with the actions an editor needs (previews: LivePreview). */
export const DeliveriesPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const role = (user as null | { role?: string })?.role
  const staff = role === 'admin' || role === 'approver'
  const { i18n, t } = useTranslation<FanoutTranslations, FanoutTranslationKeys>()
  const state = useFormFields(([fields]) => fields.workflowState?.value) as string | undefined
  const [items, setItems] = useState<Delivery[]>([])
  const [message, setMessage] = useState<null | string>(null)
  const [groupUrl, setGroupUrl] = useState('')

  const channelLabel = (channel: string) => {
    const known = CHANNELS.find((c) => c === channel)
    return known ? t(`fanout:channel-${known}`) : channel
  }
  const stateLabel = (value: string) => {
    const known = DELIVERY_STATES.find((s) => s.value === value)
    return known ? getTranslation(known.label, i18n) : value
  }

  const load = useCallback(async () => {
    if (!id) return
    // A correction edited in place is the same copy: it shows in the corrections' trail only.
    const list = await api(
      `/deliveries?where[and][0][post][equals]=${id}&where[and][1][or][0][correctionAction][exists]=false&where[and][1][or][1][correctionAction][not_equals]=update&limit=50&depth=0&sort=channel`,
    )
    setItems(list.docs)
  }, [id])

  useEffect(() => {
    void load().catch((e: Error) => setMessage(e.message))
    // Refresh while something is on its way.
    const timer = setInterval(() => void load().catch(() => undefined), 5000)
    return () => clearInterval(timer)
  }, [load, state])

  const act = async (delivery: Delivery, action: 'record' | 'retry' | 'takedown' | WorkAction) => {
    try {
      const body = action === 'record' ? JSON.stringify({ url: groupUrl }) : undefined
      setMessage(
        (await api(`/deliveries/${delivery.id}/${action}`, { body, method: 'POST' })).message,
      )
      await load()
    } catch (e) {
      setMessage((e as Error).message)
    }
  }

  if (!id) return <Banner>{t('fanout:deliveriesAfterSave')}</Banner>
  const withdrawn = withdrawalSummary(items)
  return (
    <section
      aria-label={t('fanout:deliveries')}
      className="herold-deliveries"
      style={{ margin: '1.5rem 0' }}
    >
      <h3 style={{ marginBottom: 'calc(var(--base) / 2)' }}>{t('fanout:deliveries')}</h3>
      {message ? (
        <div role="status">
          <Banner type="info">{message}</Banner>
        </div>
      ) : null}
      {items.length === 0 ? <Banner>{t('fanout:deliveriesAfterApproval')}</Banner> : null}
      {withdrawn ? (
        <div data-testid="withdrawal-summary">
          <Banner type="info">{t(WITHDRAWAL_SUMMARY_KEYS[withdrawn])}</Banner>
        </div>
      ) : null}
      {items.length > 0 ? (
        <div className="table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('fanout:channel')}</th>
                <th scope="col">{t('fanout:state')}</th>
                <th scope="col">{t('fanout:details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr data-channel={d.channel} data-state={d.state} key={d.id}>
                  <th scope="row" style={{ fontWeight: 600, textAlign: 'start' }}>
                    {channelLabel(d.channel)}
                    {d.correction ? ` – ${t('fanout:correction:singular')}` : null}
                  </th>
                  <td data-testid={`delivery-${d.channel}`}>
                    <Pill pillStyle={PILL_STYLE[d.state] ?? 'light-gray'} size="small">
                      {stateLabel(d.state)}
                    </Pill>
                  </td>
                  <td>
                    <div style={{ display: 'grid', gap: 'calc(var(--base) / 3)' }}>
                      {d.externalUrl && !d.takenDownAt ? (
                        <a href={d.externalUrl} rel="noreferrer" target="_blank">
                          {t('fanout:viewCopy')}
                        </a>
                      ) : null}
                      {d.reason ? <div>{d.reason}</div> : null}
                      {d.lastError ? (
                        <div style={{ color: 'var(--theme-error-500)' }}>{d.lastError}</div>
                      ) : null}
                      {d.flag === 'bip_withdrawn' && !d.takenDownAt && !d.withdrawal ? (
                        <div>{t('fanout:bipWithdrawn')}</div>
                      ) : null}
                      <CopyWork act={(action) => void act(d, action)} copy={d} staff={staff} />
                      {d.state === 'needs_action' && d.channel === 'group' && d.text ? (
                        <div>
                          <TextareaInput
                            label={t('fanout:groupPostText')}
                            path={`herold-group-text-${d.id}`}
                            readOnly
                            rows={6}
                            value={d.text}
                          />
                          <TextInput
                            label={t('fanout:groupPostUrl')}
                            onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                              setGroupUrl(e.target.value)
                            }
                            path={`herold-group-url-${d.id}`}
                            value={groupUrl}
                          />
                          <Button
                            buttonStyle="secondary"
                            margin={false}
                            onClick={() => void act(d, 'record')}
                            size="small"
                          >
                            {t('fanout:saveGroupPostUrl')}
                          </Button>
                        </div>
                      ) : null}
                      {d.state === 'failed' ||
                      (d.state === 'needs_action' && d.channel !== 'group') ? (
                        <div>
                          <Button
                            buttonStyle="secondary"
                            margin={false}
                            onClick={() => void act(d, 'retry')}
                            size="small"
                          >
                            {t('fanout:retryNow')}
                          </Button>
                        </div>
                      ) : null}
                      {d.state === 'needs_action' && d.channel === 'fanpage' ? (
                        <div>{t('fanout:reauthorize')}</div>
                      ) : null}
                      {d.state === 'sent' && d.channel === 'fanpage' && !d.takenDownAt ? (
                        <div>
                          <Button
                            buttonStyle="secondary"
                            margin={false}
                            onClick={() => void act(d, 'takedown')}
                            size="small"
                          >
                            {t('fanout:takeDown')}
                          </Button>
                        </div>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
