'use client'
import { getTranslation } from '@payloadcms/translations'
import { Button, Link, useTranslation } from '@payloadcms/ui'
import React, { useId, useState } from 'react'

import { WORKFLOW_STATES } from '../../../src/domain/workflow'
import { TIME_ZONE } from '../constants'
import { rescheduleToInput, toLocalInput } from '../rules/reschedule-target'
import type { DeskTranslationKeys, DeskTranslations } from '../translations'
import type { CalendarEvent } from '../types'
import { useCalendar } from './calendar-context'
import { STATE_COLOURS, styles } from './calendar-styles'

/** The state as written beside the colour: a published post held for BIP reads so. */
export const useStateLabel = () => {
  const { i18n } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  return (state: CalendarEvent['state']) => {
    const option = WORKFLOW_STATES.find((s) => s.value === state)
    return option ? getTranslation(option.label, i18n) : state
  }
}

/** The keyboard's way to move a post: a date and time typed on the gmina's clocks. */
const MoveForm = ({ event, onDone }: { event: CalendarEvent; onDone: () => void }) => {
  const { t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const { move } = useCalendar()
  const inputId = useId()
  const [value, setValue] = useState(() => toLocalInput(new Date(event.at), TIME_ZONE))
  const [busy, setBusy] = useState(false)
  return (
    <form
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone()
      }}
      onSubmit={async (e) => {
        e.preventDefault()
        setBusy(true)
        const moved = await move(
          event,
          rescheduleToInput(new Date(event.at), value, new Date(), TIME_ZONE),
        )
        setBusy(false)
        if (moved) onDone()
      }}
      style={styles.form}
    >
      <label htmlFor={inputId} style={styles.meta}>
        {t('desk:calendar-newTime', { title: event.title })}
      </label>
      <input
        autoFocus
        id={inputId}
        onChange={(e) => setValue(e.target.value)}
        required
        step={60}
        type="datetime-local"
        value={value}
      />
      <div style={{ display: 'flex', gap: '0.25rem' }}>
        <Button buttonStyle="primary" disabled={busy} margin={false} size="xsmall" type="submit">
          {t('desk:calendar-save')}
        </Button>
        <Button buttonStyle="secondary" margin={false} onClick={onDone} size="xsmall" type="button">
          {t('desk:calendar-cancel')}
        </Button>
      </div>
    </form>
  )
}

/**
 * One post: its time, title (opening the post), state, unit and whether it waits for BIP. A planned
 * post can be dragged, or moved with its "Przesuń" button from the keyboard.
 */
export const CalendarItem = ({ event, time }: { event: CalendarEvent; time: string }) => {
  const { t } = useTranslation<DeskTranslations, DeskTranslationKeys>()
  const { setDragged } = useCalendar()
  const stateLabel = useStateLabel()
  const [moving, setMoving] = useState(false)
  const movable = event.kind === 'planned'
  const kind = t(`desk:calendar-kind-${event.kind}`)
  return (
    <li
      data-event={event.id}
      data-state={event.state}
      draggable={movable && !moving}
      onDragEnd={() => setDragged(null)}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move'
        e.dataTransfer.setData('text/plain', String(event.id))
        setDragged(event)
      }}
      style={{
        ...styles.item,
        borderLeftColor: STATE_COLOURS[event.state],
        cursor: movable ? 'grab' : undefined,
      }}
    >
      <span style={styles.meta}>
        <time dateTime={event.at}>{time}</time> · {kind}
      </span>
      <Link href={event.href} prefetch={false} style={styles.itemTitle}>
        {event.title}
      </Link>
      <span style={styles.meta}>
        {stateLabel(event.state)}
        {event.unit ? ` · ${event.unit.name}` : ''}
      </span>
      {event.heldForBip ? (
        <span>
          <span style={styles.badge}>{t('desk:calendar-heldForBip')}</span>
        </span>
      ) : null}
      {movable && !moving ? (
        <span>
          <Button
            aria-label={t('desk:calendar-moveLabel', { title: event.title })}
            buttonStyle="subtle"
            margin={false}
            onClick={() => setMoving(true)}
            size="xsmall"
          >
            {t('desk:calendar-move')}
          </Button>
        </span>
      ) : null}
      {moving ? <MoveForm event={event} onDone={() => setMoving(false)} /> : null}
    </li>
  )
}
