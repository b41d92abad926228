import type { ServerProps } from 'payload'

import { Button } from '@payloadcms/ui'
import React from 'react'

import { roleOf } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { POSTS } from '../../../src/domain/slugs'
import { listHref } from '../queues/links'
import type { DeskTranslationKeys } from '../translations'
import { isCurrentView, postViews } from '../views/post-views'

const row: React.CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 'calc(var(--base) / 2)',
  listStyle: 'none',
  margin: '0 0 var(--base)',
  padding: 0,
}

/** Above the posts list: the saved views of the user's role, one click each. */
export const PostViews = ({ i18n, searchParams = {}, user }: ServerProps) => {
  if (!user) return null
  const t = translator<DeskTranslationKeys>(i18n)
  const views = postViews(roleOf(user), user.id, new Date())
  return (
    <nav aria-label={t('desk:views')}>
      <ul style={row}>
        {views.map((view) => {
          const current = isCurrentView(view, searchParams)
          return (
            <li key={view.id}>
              <Button
                buttonStyle={current ? 'primary' : 'pill'}
                el="link"
                extraButtonProps={current ? { 'aria-current': 'page' } : undefined}
                margin={false}
                size="small"
                url={listHref(POSTS, view.where, view.sort)}
              >
                {t(`desk:view-${view.id}`)}
              </Button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
