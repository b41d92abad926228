'use client'
import { Button, Pill, Popup, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { plural } from '../../../src/domain/plural'
import { FEED_PATH, NOTIFICATIONS, POLL_MS, READ_PATH } from '../constants'
import type { NotificationsTranslationKeys, NotificationsTranslations } from '../translations'
import type { Feed, FeedItem } from '../types'
import { styles } from './bell-styles'

const EMPTY: Feed = { items: [], unread: 0 }

/** The user's feed, asked for every `POLL_MS` and whenever the tab comes back into view. */
const useFeed = (signedIn: boolean) => {
  const [feed, setFeed] = useState<Feed>(EMPTY)
  const apply = useCallback(async (res: Response) => {
    if (res.ok) setFeed((await res.json()) as Feed)
  }, [])
  const refresh = useCallback(async () => {
    if (document.visibilityState === 'hidden') return
    await apply(await fetch(`/api/${NOTIFICATIONS}${FEED_PATH}`, { credentials: 'include' })).catch(
      () => {},
    )
  }, [apply])
  const markRead = useCallback(
    async (body: { all: true } | { ids: FeedItem['id'][] }) => {
      const res = await fetch(`/api/${NOTIFICATIONS}${READ_PATH}`, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      }).catch(() => null)
      if (res) await apply(res)
    },
    [apply],
  )
  useEffect(() => {
    if (!signedIn) return
    void refresh()
    const timer = setInterval(refresh, POLL_MS)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [refresh, signedIn])
  return { feed, markRead }
}

/** A bell drawn like Payload's own icons (a stroke in the theme's text colour). */
const BellIcon = () => (
  <svg aria-hidden className="icon" fill="none" height="20" viewBox="0 0 20 20" width="20">
    <path
      className="stroke"
      d="M6 8.5a4 4 0 0 1 8 0c0 3.5 1.5 5 1.5 5h-11S6 12 6 8.5ZM8.5 15.5a1.5 1.5 0 0 0 3 0"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)

/** The bell in the admin's header: the unread count, the latest notifications, mark all read. */
export const NotificationBell = () => {
  const { user } = useAuth()
  const { i18n, t } = useTranslation<NotificationsTranslations, NotificationsTranslationKeys>()
  const router = useRouter()
  const { feed, markRead } = useFeed(!!user)
  if (!user) return null
  const label =
    feed.unread > 0 ? plural(t, 'notifications:bellUnread', feed.unread) : t('notifications:bell')
  const open = async (item: FeedItem, close: () => void) => {
    close()
    if (!item.read) await markRead({ ids: [item.id] })
    if (item.href) router.push(item.href)
  }
  return (
    <Popup
      button={
        <span aria-label={label} style={styles.bell} title={label}>
          <BellIcon />
          {feed.unread > 0 ? (
            <Pill pillStyle="error" rounded size="small">
              {feed.unread}
            </Pill>
          ) : null}
        </span>
      }
      buttonType="custom"
      horizontalAlign="right"
      render={({ close }) => (
        <div style={styles.panel}>
          {feed.items.length === 0 ? (
            <p style={styles.empty}>{t('notifications:empty')}</p>
          ) : (
            <ul style={styles.list}>
              {feed.items.map((item) => (
                <li key={item.id}>
                  <button
                    onClick={() => void open(item, close)}
                    style={{ ...styles.item, ...(item.read ? {} : styles.unread) }}
                    type="button"
                  >
                    {item.text}
                    <br />
                    <span style={styles.time}>
                      {new Date(item.at).toLocaleString(i18n.language, {
                        dateStyle: 'short',
                        timeStyle: 'short',
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {feed.unread > 0 ? (
            <div style={styles.footer}>
              <Button
                buttonStyle="subtle"
                onClick={() => void markRead({ all: true })}
                size="small"
              >
                {t('notifications:markAllRead')}
              </Button>
            </div>
          ) : null}
        </div>
      )}
      size="large"
      verticalAlign="bottom"
    />
  )
}
