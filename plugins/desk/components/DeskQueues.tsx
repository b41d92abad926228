'use client'
import { Button, Link, Pill, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { plural } from '../../../src/domain/plural'
import { DESK_ENDPOINT, POLL_MS } from '../constants'
import { relativeTime } from '../rules/relative-time'
import type { DeskTranslationKeys, DeskTranslations } from '../translations'
import type { DeskSnapshot, Queue } from '../types'
import { styles } from './desk-styles'

/** Asks for the user's queues again every `POLL_MS` and whenever the tab comes back into view. */
const useLiveSnapshot = (initial: DeskSnapshot) => {
  const [snapshot, setSnapshot] = useState(initial)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let stopped = false
    const refresh = async () => {
      if (document.visibilityState === 'hidden') return
      try {
        const res = await fetch(`/api${DESK_ENDPOINT}`, { credentials: 'include' })
        if (!res.ok) throw new Error(String(res.status))
        const next = (await res.json()) as DeskSnapshot
        if (!stopped) {
          setSnapshot(next)
          setFailed(false)
        }
      } catch {
        if (!stopped) setFailed(true)
      }
    }
    const timer = setInterval(refresh, POLL_MS)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      stopped = true
      clearInterval(timer)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [])
  return { failed, snapshot }
}

const QueueCard = ({ now, queue }: { now: Date; queue: Queue }) => {
  const { i18n, t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const headingId = `desk-${queue.id}`
  const name = t(`desk:queue-${queue.id}`)
  const count = plural(t, 'desk:count', queue.count)
  return (
    <section aria-labelledby={headingId} data-queue={queue.id} style={styles.queue}>
      {/* Read as "Do akceptacji: 3 pozycje"; seen as the name and a pill with the number. */}
      <h3 aria-label={`${name}: ${count}`} id={headingId} style={styles.heading}>
        <span>{name}</span>
        <Pill pillStyle={queue.count > 0 ? 'warning' : 'light'} size="small">
          {queue.count}
        </Pill>
      </h3>
      {queue.rows.length === 0 ? (
        <p style={styles.empty}>{t(`desk:empty-${queue.id}`)}</p>
      ) : (
        <ul style={styles.rows}>
          {queue.rows.map((row) => (
            <li style={styles.row} key={row.id}>
              <Link style={styles.rowTitle} href={row.href} prefetch={false}>
                {row.title}
              </Link>
              <span style={styles.meta}>
                {[
                  row.context,
                  row.at &&
                    t(`desk:at-${queue.id}`, {
                      when: relativeTime(new Date(row.at), now, i18n.language),
                    }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {row.note ? <span style={styles.note}>{row.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {queue.listHref && queue.count > queue.rows.length ? (
        <Button buttonStyle="subtle" el="link" size="small" url={queue.listHref}>
          {t('desk:showAll')}
        </Button>
      ) : null}
    </section>
  )
}

/** The user's queues with live counts; each row opens the post. */
export const DeskQueues = ({ initial }: { initial: DeskSnapshot }) => {
  const { i18n, t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const { failed, snapshot } = useLiveSnapshot(initial)
  const now = new Date(snapshot.at)
  if (snapshot.queues.length === 0) return null
  return (
    <section aria-labelledby="desk-title" style={styles.desk} id="desk">
      <div style={styles.header}>
        <h2 style={styles.title} id="desk-title">
          {t('desk:title')}
        </h2>
        <span aria-live="polite" style={styles.updated}>
          {failed
            ? t('desk:refreshFailed')
            : t('desk:updated', {
                time: now.toLocaleTimeString(i18n.language, { timeStyle: 'short' }),
              })}
        </span>
      </div>
      <div style={styles.queues}>
        {snapshot.queues.map((queue) => (
          <QueueCard key={queue.id} now={now} queue={queue} />
        ))}
      </div>
    </section>
  )
}
