import type { Endpoint, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import { translator } from '../../../src/domain/translate'
import { WORKFLOW_STATES } from '../../../src/domain/workflow'
import { issueFeedToken, revokeFeedToken, userOfFeedToken } from '../calendar/feed-token'
import { loadCalendar } from '../calendar/load'
import {
  CALENDAR_FEED_ENDPOINT,
  CALENDAR_ICS_ENDPOINT,
  FEED_DAYS_AHEAD,
  FEED_DAYS_BACK,
  TIME_ZONE,
} from '../constants'
import { renderIcs } from '../rules/ics'
import { addDays, dayOf } from '../rules/zoned-time'
import type { DeskTranslationKeys } from '../translations'
import type { CalendarEvent } from '../types'
import { refusal } from './calendar'

/** The instance's address: the configured one, or the request's own. */
const originOf = (req: PayloadRequest) =>
  (req.payload.config.serverURL || new URL(req.url ?? 'http://localhost').origin).replace(/\/$/, '')

const feedUrl = (req: PayloadRequest, token: string) =>
  `${originOf(req)}${req.payload.config.routes.api}${CALENDAR_ICS_ENDPOINT}?token=${token}`

/** `POST /api/desk/calendar/feed`: a new secret feed address for the signed-in user, shown once. */
export const createFeedEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user)
      return refusal(401, translator<DeskTranslationKeys>(req.i18n)('desk:calendar-signIn'))
    const token = await issueFeedToken(req.payload, req.user.id)
    return Response.json({ url: feedUrl(req, token) }, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'post',
  path: CALENDAR_FEED_ENDPOINT,
}

/** `DELETE /api/desk/calendar/feed`: the signed-in user's feed address stops working. */
export const revokeFeedEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user)
      return refusal(401, translator<DeskTranslationKeys>(req.i18n)('desk:calendar-signIn'))
    await revokeFeedToken(req.payload, req.user.id)
    return Response.json({ revoked: true }, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'delete',
  path: CALENDAR_FEED_ENDPOINT,
}

const describe = (event: CalendarEvent, req: PayloadRequest) => {
  const t = translator<DeskTranslationKeys>(req.i18n)
  const state = WORKFLOW_STATES.find((s) => s.value === event.state)
  return [
    t('desk:calendar-ics-state', {
      state: event.heldForBip
        ? t('desk:calendar-heldForBip')
        : state
          ? getTranslation(state.label, req.i18n)
          : event.state,
    }),
    event.unit ? t('desk:calendar-ics-unit', { unit: event.unit.name }) : null,
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * `GET /api/desk/calendar.ics?token=…`: the feed's owner's calendar (what they may read now)
 * from two months back to a year ahead. A token revoked or replaced answers 404.
 */
export const calendarIcsEndpoint: Endpoint = {
  handler: async (req) => {
    const t = translator<DeskTranslationKeys>(req.i18n)
    const user = await userOfFeedToken(req.payload, req.query?.token)
    if (!user) return refusal(404, t('desk:calendar-feedNotFound'))
    const now = new Date()
    const today = dayOf(now, TIME_ZONE)
    const data = await loadCalendar({
      now,
      payload: req.payload,
      query: { from: addDays(today, -FEED_DAYS_BACK), to: addDays(today, FEED_DAYS_AHEAD) },
      user,
    })
    const origin = originOf(req)
    const host = new URL(origin).host
    const body = renderIcs({
      events: data.events.map((event) => ({
        description: describe(event, req),
        lastModified: new Date(event.updatedAt),
        start: new Date(event.at),
        status: event.kind === 'published' ? 'CONFIRMED' : 'TENTATIVE',
        summary: event.title,
        uid: `post-${event.id}@${host}`,
        url: `${origin}${event.href}`,
      })),
      name: t('desk:calendar-feedName'),
      now,
      prodId: '-//Herold//Kalendarz publikacji//PL',
    })
    return new Response(body, {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Type': 'text/calendar; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: CALENDAR_ICS_ENDPOINT,
}
