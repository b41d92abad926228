'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { DELIVERY_STATES } from '../delivery/states'

type Delivery = {
  channel: string
  externalUrl?: null | string
  flag?: null | string
  id: number | string
  lastError?: null | string
  lint?: { message: string; rule: string }[] | null
  reason?: null | string
  state: string
  takenDownAt?: null | string
  text?: null | string
}
type Preview = { channel: string; lint: { message: string; rule: string }[]; text: string }

const stateLabel = (state: string) =>
  DELIVERY_STATES.find((s) => s.value === state)?.label.pl ?? state
const CHANNEL_LABEL: Record<string, string> = {
  fanpage: 'Fanpage',
  group: 'Grupa mieszkańców',
  newsletter: 'Newsletter',
  rss: 'RSS',
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

/** Per-channel status of a post, with the actions an editor needs, and previews of every copy. */
export const DeliveriesPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.workflowState?.value) as string | undefined
  const [items, setItems] = useState<Delivery[]>([])
  const [previews, setPreviews] = useState<Preview[]>([])
  const [message, setMessage] = useState<null | string>(null)
  const [groupUrl, setGroupUrl] = useState('')

  const load = useCallback(async () => {
    if (!id) return
    const list = await api(`/deliveries?where[post][equals]=${id}&limit=50&depth=0&sort=channel`)
    setItems(list.docs)
    setPreviews((await api(`/posts/${id}/fanout-preview`)).previews)
  }, [id])

  useEffect(() => {
    void load().catch((e: Error) => setMessage(e.message))
    // Refresh while something is on its way.
    const timer = setInterval(() => void load().catch(() => undefined), 5000)
    return () => clearInterval(timer)
  }, [load, state])

  const act = async (delivery: Delivery, action: 'record' | 'retry' | 'takedown') => {
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

  if (!id) return <p>Podgląd i stan kanałów pojawią się po zapisaniu wpisu.</p>
  return (
    <section
      aria-label="Publikacja w kanałach"
      className="herold-deliveries"
      style={{ margin: '1.5rem 0' }}
    >
      <h3>Publikacja w kanałach</h3>
      {message ? <p role="status">{message}</p> : null}
      {items.length === 0 ? <p>Wpis trafi do kanałów po zatwierdzeniu.</p> : null}
      <table style={{ width: '100%' }}>
        <tbody>
          {items.map((d) => (
            <tr data-channel={d.channel} data-state={d.state} key={d.id}>
              <th scope="row" style={{ textAlign: 'left' }}>
                {CHANNEL_LABEL[d.channel] ?? d.channel}
              </th>
              <td data-testid={`delivery-${d.channel}`}>{stateLabel(d.state)}</td>
              <td style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                {d.externalUrl ? (
                  <a href={d.externalUrl} rel="noreferrer" target="_blank">
                    Zobacz kopię
                  </a>
                ) : null}
                {d.reason ? <div>{d.reason}</div> : null}
                {d.lastError ? (
                  <div style={{ color: 'var(--theme-error-500)' }}>{d.lastError}</div>
                ) : null}
                {d.flag === 'bip_withdrawn' && !d.takenDownAt ? (
                  <div>Wpis w BIP wycofano – rozważ usunięcie kopii.</div>
                ) : null}
                {d.state === 'needs_action' && d.channel === 'group' && d.text ? (
                  <div>
                    <textarea readOnly rows={6} style={{ width: '100%' }} value={d.text} />
                    <label>
                      Adres posta w grupie{' '}
                      <input
                        onChange={(e) => setGroupUrl(e.target.value)}
                        type="url"
                        value={groupUrl}
                      />
                    </label>
                    <Button
                      buttonStyle="secondary"
                      onClick={() => void act(d, 'record')}
                      size="small"
                    >
                      Zapisz adres posta
                    </Button>
                  </div>
                ) : null}
                {d.state === 'failed' || (d.state === 'needs_action' && d.channel !== 'group') ? (
                  <Button buttonStyle="secondary" onClick={() => void act(d, 'retry')} size="small">
                    Ponów teraz
                  </Button>
                ) : null}
                {d.state === 'needs_action' && d.channel === 'fanpage' ? (
                  <div>
                    Ponowna autoryzacja: administrator zapisuje nowy token strony w „Kanały
                    społecznościowe”; wstrzymane publikacje wznowią się same.
                  </div>
                ) : null}
                {d.state === 'sent' && d.channel === 'fanpage' && !d.takenDownAt ? (
                  <Button
                    buttonStyle="secondary"
                    onClick={() => void act(d, 'takedown')}
                    size="small"
                  >
                    Usuń kopię z fanpage
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {previews.map((p) => (
        <details key={p.channel}>
          <summary>
            Podgląd: {CHANNEL_LABEL[p.channel] ?? p.channel}
            {p.lint.length ? ` – ostrzeżenia: ${p.lint.length}` : ''}
          </summary>
          {p.lint.length ? (
            <ul>
              {p.lint.map((w) => (
                <li key={w.rule}>{w.message}</li>
              ))}
            </ul>
          ) : null}
          <pre style={{ whiteSpace: 'pre-wrap' }}>{p.text}</pre>
        </details>
      ))}
    </section>
  )
}
