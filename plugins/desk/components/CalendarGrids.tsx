'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { TIME_ZONE } from '../constants'
import { monthGrid, weekDays } from '../rules/calendar-grid'
import { rescheduleTarget } from '../rules/reschedule-target'
import { type DayKey, dayOf, wallTime } from '../rules/zoned-time'
import type { DeskTranslationKeys, DeskTranslations } from '../translations'
import type { CalendarEvent } from '../types'
import { useCalendar } from './calendar-context'
import { styles } from './calendar-styles'
import { CalendarItem } from './CalendarItem'

type GridProps = { day: DayKey; events: CalendarEvent[]; today: DayKey }

/** A day (or day and hour) a planned post can be dropped on. */
const DropCell = ({
  children,
  day,
  hour,
  style,
}: {
  children: React.ReactNode
  day: DayKey
  hour?: number
  style?: React.CSSProperties
}) => {
  const { dragged, move, setDragged } = useCalendar()
  const [over, setOver] = useState(false)
  return (
    <td
      data-day={day}
      data-hour={hour}
      onDragLeave={() => setOver(false)}
      onDragOver={(e) => {
        if (!dragged) return
        e.preventDefault()
        e.dataTransfer.dropEffect = 'move'
        setOver(true)
      }}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        if (!dragged) return
        const event = dragged
        setDragged(null)
        void move(event, rescheduleTarget(new Date(event.at), { day, hour }, new Date(), TIME_ZONE))
      }}
      style={{ ...styles.cell, ...style, ...(over ? styles.dropActive : {}) }}
    >
      {children}
    </td>
  )
}

/** Day keys read as dates: noon UTC of the day, formatted in UTC, names the same day everywhere. */
export const dayDate = (day: DayKey) => new Date(`${day}T12:00:00Z`)

const useFormats = () => {
  const { i18n } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: TIME_ZONE })
  const weekday = new Intl.DateTimeFormat(i18n.language, { timeZone: 'UTC', weekday: 'short' })
  const long = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' })
  const dayMonth = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
  return { dayMonth, long, time, weekday }
}

const Items = ({ events, format }: { events: CalendarEvent[]; format: Intl.DateTimeFormat }) =>
  events.length ? (
    <ul style={styles.items}>
      {events.map((event) => (
        <CalendarItem
          event={event}
          key={`${event.kind}-${event.id}`}
          time={format.format(new Date(event.at))}
        />
      ))}
    </ul>
  ) : null

const byDay = (events: CalendarEvent[]) => {
  const days = new Map<DayKey, CalendarEvent[]>()
  for (const event of events) {
    const day = dayOf(new Date(event.at), TIME_ZONE)
    days.set(day, [...(days.get(day) ?? []), event])
  }
  return days
}

/** The month: whole weeks, Monday first; a planned post dropped on a day keeps its time. */
export const MonthGrid = ({ day, events, today }: GridProps) => {
  const f = useFormats()
  const days = byDay(events)
  const weeks = monthGrid(day)
  return (
    <table data-view="month" style={styles.table}>
      <thead>
        <tr>
          {weeks[0].map(({ day: d }) => (
            <th key={d} scope="col" style={styles.th}>
              {f.weekday.format(dayDate(d))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0].day}>
            {week.map(({ day: d, inMonth }) => (
              <DropCell
                day={d}
                key={d}
                style={{
                  height: '6rem',
                  ...(inMonth ? {} : styles.otherMonth),
                  ...(d === today ? styles.today : {}),
                }}
              >
                <time dateTime={d} style={styles.dayNumber} title={f.long.format(dayDate(d))}>
                  {Number(d.slice(8))}
                </time>
                <Items events={days.get(d) ?? []} format={f.time} />
              </DropCell>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const HOURS = Array.from({ length: 24 }, (_, h) => h)

/** The week: a row per hour; a planned post dropped on a day and hour keeps its minutes. */
export const WeekGrid = ({ day, events, today }: GridProps) => {
  const { t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const f = useFormats()
  const days = weekDays(day)
  const slots = new Map<string, CalendarEvent[]>()
  for (const event of events) {
    const w = wallTime(new Date(event.at), TIME_ZONE)
    const key = `${w.day} ${w.hour}`
    slots.set(key, [...(slots.get(key) ?? []), event])
  }
  return (
    <table data-view="week" style={styles.table}>
      <thead>
        <tr>
          <th scope="col" style={{ ...styles.th, width: '4rem' }}>
            {t('desk:calendar-hour')}
          </th>
          {days.map((d) => (
            <th key={d} scope="col" style={{ ...styles.th, ...(d === today ? styles.today : {}) }}>
              {f.weekday.format(dayDate(d))} {f.dayMonth.format(dayDate(d))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {HOURS.map((hour) => (
          <tr key={hour}>
            <th scope="row" style={styles.hourCell}>
              {`${String(hour).padStart(2, '0')}:00`}
            </th>
            {days.map((d) => (
              <DropCell day={d} hour={hour} key={d}>
                <Items events={slots.get(`${d} ${hour}`) ?? []} format={f.time} />
              </DropCell>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The agenda: the period's days that have posts, each with its posts in time order. */
export const AgendaList = ({ events }: { events: CalendarEvent[] }) => {
  const f = useFormats()
  return (
    <div data-view="agenda">
      {[...byDay(events)].map(([d, dayEvents]) => (
        <section aria-labelledby={`agenda-${d}`} key={d} style={{ marginBottom: 'var(--base)' }}>
          <h3 id={`agenda-${d}`} style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>
            {f.long.format(dayDate(d))}
          </h3>
          <Items events={dayEvents} format={f.time} />
        </section>
      ))}
    </div>
  )
}
