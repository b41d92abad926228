import type { Endpoint, PayloadRequest } from 'payload'

import { translator } from '../../../src/domain/translate'
import { loadCalendar } from '../calendar/load'
import { CALENDAR_ENDPOINT, MAX_RANGE_DAYS } from '../constants'
import { parseCalendarQuery } from '../rules/calendar-query'
import type { DeskTranslationKeys } from '../translations'

export const refusal = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { headers: { 'Cache-Control': 'no-store' }, status })

/** `GET /api/desk/calendar?from=&to=&unit=&category=&channel=`: the posts of a period the user may read. */
export const calendarEndpoint: Endpoint = {
  handler: async (req: PayloadRequest) => {
    const t = translator<DeskTranslationKeys>(req.i18n)
    if (!req.user) return refusal(401, t('desk:calendar-signIn'))
    const parsed = parseCalendarQuery(req.query ?? {}, {
      idType: req.payload.db.defaultIDType,
      maxDays: MAX_RANGE_DAYS,
    })
    if (!parsed.ok)
      return refusal(400, t(`desk:calendar-error-${parsed.error}`, { max: MAX_RANGE_DAYS }))
    const data = await loadCalendar({
      now: new Date(),
      payload: req.payload,
      query: parsed.query,
      user: req.user,
    })
    return Response.json(data, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'get',
  path: CALENDAR_ENDPOINT,
}
