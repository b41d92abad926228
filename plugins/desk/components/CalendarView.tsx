import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { UNITS } from '../../../src/domain/slugs'
import { translator } from '../../../src/domain/translate'
import { hasFeedToken } from '../calendar/feed-token'
import { loadCalendar } from '../calendar/load'
import { CALENDAR_PATH, TIME_ZONE } from '../constants'
import { CALENDAR_VIEWS, type CalendarViewKind, viewRange } from '../rules/calendar-grid'
import { dayOf, isDayKey } from '../rules/zoned-time'
import type { DeskTranslationKeys } from '../translations'
import { Calendar } from './Calendar'

/**
 * The editorial calendar in the admin (/admin/kalendarz?widok=month|week|agenda&dzien=YYYY-MM-DD):
 * the first period is read here with the user's access, then the client keeps it.
 */
export const CalendarView = async ({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  // Custom admin views are not behind the admin's own login redirect.
  if (!req.user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin/${CALENDAR_PATH}`)}`)
  const t = translator<DeskTranslationKeys>(req.i18n)
  const asked = searchParams ?? {}
  const view: CalendarViewKind = CALENDAR_VIEWS.find((v) => v === asked.widok) ?? 'month'
  const day = isDayKey(asked.dzien) ? asked.dzien : dayOf(new Date(), TIME_ZONE)
  const [initial, units, feedActive] = await Promise.all([
    loadCalendar({
      now: new Date(),
      payload: req.payload,
      query: viewRange(view, day),
      user: req.user,
    }),
    req.payload.find({
      collection: UNITS,
      depth: 0,
      limit: 500,
      overrideAccess: false,
      pagination: false,
      select: { name: true },
      sort: 'name',
      user: req.user,
    }),
    hasFeedToken(req.payload, req.user.id),
  ])
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      viewType="calendar"
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: t('desk:calendar') }]} />
      <Gutter>
        <div style={{ paddingBottom: 'calc(var(--base) * 2)', paddingTop: 'var(--base)' }}>
          <h1>{t('desk:calendar')}</h1>
          <p style={{ maxWidth: '60rem' }}>{t('desk:calendar-intro')}</p>
          <Calendar
            feedActive={feedActive}
            initial={initial}
            initialDay={day}
            initialView={view}
            units={units.docs.map((u) => ({ id: u.id, name: u.name }))}
          />
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
