'use client'
import { getTranslation } from '@payloadcms/translations'
import { Button, toast, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { plural } from '../../../src/domain/plural'
import { CATEGORIES, CHANNELS } from '../../../src/domain/taxonomy'
import { WORKFLOW_STATES } from '../../../src/domain/workflow'
import { CALENDAR_ENDPOINT, TIME_ZONE } from '../constants'
import {
  CALENDAR_VIEWS,
  type CalendarViewKind,
  shiftView,
  viewRange,
  weekDays,
} from '../rules/calendar-grid'
import type { Reschedule } from '../rules/reschedule-target'
import { type DayKey, dayOf } from '../rules/zoned-time'
import type { DeskTranslationKeys, DeskTranslations } from '../translations'
import type { CalendarData, CalendarEvent } from '../types'
import { CalendarContext } from './calendar-context'
import { selectStyle, STATE_COLOURS, styles } from './calendar-styles'
import { CalendarFeed } from './CalendarFeed'
import { AgendaList, dayDate, MonthGrid, WeekGrid } from './CalendarGrids'

export type CalendarProps = {
  feedActive: boolean
  initial: CalendarData
  initialDay: DayKey
  initialView: CalendarViewKind
  units: { id: number | string; name: string }[]
}

type Filters = { category: string; channel: string; unit: string }

/** The messages of a REST error answer (the API's own Polish words), in one line. */
const reasonOf = async (res: Response) => {
  const body = (await res.json().catch(() => null)) as null | {
    errors?: { data?: { errors?: { message: string }[] }; message: string }[]
  }
  const messages = (body?.errors ?? []).flatMap((e) => [
    e.message,
    ...(e.data?.errors ?? []).map((f) => f.message),
  ])
  return messages.length ? messages.join(' ') : String(res.status)
}

const Select = ({
  all,
  id,
  label,
  onChange,
  options,
  value,
}: {
  all: string
  id: string
  label: string
  onChange: (value: string) => void
  options: { label: string; value: string }[]
  value: string
}) => (
  <div className="field-type text" style={{ flex: '0 1 14rem', marginBottom: 0 }}>
    <label className="field-label" htmlFor={id}>
      {label}
    </label>
    <select id={id} onChange={(e) => onChange(e.target.value)} style={selectStyle} value={value}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
)

/**
 * The editorial calendar: month, week and agenda views of planned and published posts, filtered
 * by unit, category and channel; a planned post moves by drag and drop or from the keyboard,
 * through the posts API with the user's own rights, and a refusal is shown in the API's words.
 */
export const Calendar = ({
  feedActive,
  initial,
  initialDay,
  initialView,
  units,
}: CalendarProps) => {
  const { i18n, t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const [view, setView] = useState(initialView)
  const [day, setDay] = useState(initialDay)
  const [filters, setFilters] = useState<Filters>({ category: '', channel: '', unit: '' })
  const [data, setData] = useState<CalendarData>(initial)
  const [reload, setReload] = useState(0)
  const [status, setStatus] = useState('')
  const [dragged, setDragged] = useState<CalendarEvent | null>(null)
  const today = dayOf(new Date(), TIME_ZONE)
  const range = viewRange(view, day)
  const query = new URLSearchParams({ from: range.from, to: range.to, ...filters })
  for (const [key, value] of [...query]) if (!value) query.delete(key)
  const key = query.toString()
  const first = useRef(true)

  useEffect(() => {
    window.history.replaceState(null, '', `?widok=${view}&dzien=${day}`)
  }, [view, day])

  useEffect(() => {
    // The server already read the first period.
    if (first.current) {
      first.current = false
      return
    }
    let stale = false
    fetch(`/api${CALENDAR_ENDPOINT}?${key}`, { credentials: 'include' })
      .then(async (res) => {
        if (!res.ok) throw new Error(await reasonOf(res))
        const next = (await res.json()) as CalendarData
        if (!stale) setData(next)
      })
      .catch((error: Error) => {
        if (!stale) setStatus(t('desk:calendar-loadFailed', { reason: error.message }))
      })
    return () => {
      stale = true
    }
  }, [key, reload, t])

  const move = useCallback(
    async (event: CalendarEvent, to: Reschedule) => {
      const refuse = (reason: string) => {
        const text = t('desk:calendar-refused', { reason, title: event.title })
        setStatus(text)
        toast.error(text)
        return false
      }
      if (!to.ok) return refuse(t(`desk:calendar-reason-${to.reason}`))
      try {
        const res = await fetch(`/api/posts/${event.id}`, {
          body: JSON.stringify({ publishAt: to.at.toISOString() }),
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          method: 'PATCH',
        })
        if (!res.ok) return refuse(await reasonOf(res))
      } catch {
        return refuse(t('desk:calendar-reason-unknown'))
      }
      const when = new Intl.DateTimeFormat(i18n.language, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: TIME_ZONE,
      })
      const text = t('desk:calendar-moved', { title: event.title, when: when.format(to.at) })
      setStatus(text)
      toast.success(text)
      setReload((n) => n + 1)
      return true
    },
    [i18n.language, t],
  )

  const actions = useMemo(() => ({ dragged, move, setDragged }), [dragged, move])
  const period = useMemo(() => {
    if (view === 'week') {
      const days = weekDays(day)
      return new Intl.DateTimeFormat(i18n.language, {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).formatRange(dayDate(days[0]), dayDate(days[6]))
    }
    return new Intl.DateTimeFormat(i18n.language, {
      month: 'long',
      timeZone: 'UTC',
      year: 'numeric',
    }).format(dayDate(day))
  }, [day, i18n.language, view])
  const options = (list: readonly { label: { en: string; pl: string }; value: string }[]) =>
    list.map((o) => ({ label: getTranslation(o.label, i18n), value: o.value }))
  const setFilter = (name: keyof Filters) => (value: string) =>
    setFilters((f) => ({ ...f, [name]: value }))

  return (
    <CalendarContext.Provider value={actions}>
      <div style={styles.toolbar}>
        <div aria-label={t('desk:calendar-navigation')} role="group" style={styles.toolbarGroup}>
          <Button
            buttonStyle="secondary"
            margin={false}
            onClick={() => setDay(shiftView(view, day, -1))}
            size="small"
          >
            {t('desk:calendar-previous')}
          </Button>
          <Button buttonStyle="secondary" margin={false} onClick={() => setDay(today)} size="small">
            {t('desk:calendar-today')}
          </Button>
          <Button
            buttonStyle="secondary"
            margin={false}
            onClick={() => setDay(shiftView(view, day, 1))}
            size="small"
          >
            {t('desk:calendar-next')}
          </Button>
          <h2
            aria-live="polite"
            data-testid="calendar-period"
            style={{ fontSize: '1.25rem', margin: '0 0 0 0.5rem' }}
          >
            {period}
          </h2>
        </div>
        <div aria-label={t('desk:calendar-views')} role="group" style={styles.toolbarGroup}>
          {CALENDAR_VIEWS.map((v) => (
            <Button
              buttonStyle={v === view ? 'primary' : 'pill'}
              extraButtonProps={{ 'aria-pressed': v === view }}
              key={v}
              margin={false}
              onClick={() => setView(v)}
              size="small"
            >
              {t(`desk:calendar-view-${v}`)}
            </Button>
          ))}
        </div>
      </div>
      <div aria-label={t('desk:calendar-filters')} role="group" style={styles.filters}>
        <Select
          all={t('desk:calendar-allUnits')}
          id="kalendarz-jednostka"
          label={t('desk:calendar-unit')}
          onChange={setFilter('unit')}
          options={units.map((u) => ({ label: u.name, value: String(u.id) }))}
          value={filters.unit}
        />
        <Select
          all={t('desk:calendar-allCategories')}
          id="kalendarz-kategoria"
          label={t('desk:calendar-category')}
          onChange={setFilter('category')}
          options={options(CATEGORIES)}
          value={filters.category}
        />
        <Select
          all={t('desk:calendar-allChannels')}
          id="kalendarz-kanal"
          label={t('desk:calendar-channel')}
          onChange={setFilter('channel')}
          options={options(CHANNELS)}
          value={filters.channel}
        />
      </div>
      <ul aria-label={t('desk:calendar-legend')} style={styles.legend}>
        {WORKFLOW_STATES.filter((s) => s.value !== 'withdrawn').map((s) => (
          <li key={s.value} style={styles.meta}>
            <span aria-hidden style={{ ...styles.swatch, background: STATE_COLOURS[s.value] }} />
            {getTranslation(s.label, i18n)}
          </li>
        ))}
        <li style={styles.meta}>
          <span style={styles.badge}>{t('desk:calendar-heldForBip')}</span>
        </li>
      </ul>
      <p style={styles.meta}>
        {plural(t, 'desk:calendar-count', data.events.length)} · {t('desk:calendar-dragHint')}
      </p>
      {data.truncated ? <p role="alert">{t('desk:calendar-truncated')}</p> : null}
      <p aria-live="polite" data-testid="calendar-status" role="status" style={styles.status}>
        {status}
      </p>
      {view === 'month' ? <MonthGrid day={day} events={data.events} today={today} /> : null}
      {view === 'week' ? <WeekGrid day={day} events={data.events} today={today} /> : null}
      {view === 'agenda' ? (
        data.events.length ? (
          <AgendaList events={data.events} />
        ) : (
          <p>{t('desk:calendar-empty')}</p>
        )
      ) : null}
      <CalendarFeed active={feedActive} />
    </CalendarContext.Provider>
  )
}
