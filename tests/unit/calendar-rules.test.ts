import { describe, expect, it } from 'vitest'

import { monthGrid, shiftView, viewRange, weekDays } from '../../plugins/desk/rules/calendar-grid'
import { parseCalendarQuery } from '../../plugins/desk/rules/calendar-query'
import {
  parseLocalInput,
  rescheduleTarget,
  rescheduleToInput,
  toLocalInput,
} from '../../plugins/desk/rules/reschedule-target'
import {
  addDays,
  dayOf,
  isDayKey,
  wallTime,
  zonedInstant,
} from '../../plugins/desk/rules/zoned-time'

const TZ = 'Europe/Warsaw'
const at = (iso: string) => new Date(iso)

describe('the gmina’s clocks', () => {
  it('turns wall time into instants in winter, in summer and across both changes', () => {
    expect(zonedInstant({ day: '2026-12-07', hour: 9, minute: 30 }, TZ).toISOString()).toBe(
      '2026-12-07T08:30:00.000Z',
    )
    expect(zonedInstant({ day: '2027-07-01', hour: 0, minute: 0 }, TZ).toISOString()).toBe(
      '2027-06-30T22:00:00.000Z',
    )
    // 02:30 on 28 March 2027 never happens: clocks jump from 02:00 to 03:00.
    expect(zonedInstant({ day: '2027-03-28', hour: 2, minute: 30 }, TZ).toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    )
    // 02:30 on 31 October 2027 happens twice: the first one counts.
    expect(zonedInstant({ day: '2027-10-31', hour: 2, minute: 30 }, TZ).toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    )
  })

  it('reads the day of an instant in Warsaw, not in UTC', () => {
    expect(dayOf(at('2026-12-31T23:30:00Z'), TZ)).toBe('2027-01-01')
    expect(wallTime(at('2027-06-30T22:15:00Z'), TZ)).toMatchObject({
      day: '2027-07-01',
      hour: 0,
      minute: 15,
    })
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(['2027-02-29', '2026-13-01', '2026-1-01', 42].map(isDayKey)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})

describe('the calendar grid', () => {
  it('draws a month as whole weeks from Monday, neighbouring days marked', () => {
    const december = monthGrid('2026-12-15')
    expect(december).toHaveLength(5)
    expect(december[0][0]).toEqual({ day: '2026-11-30', inMonth: false })
    expect(december[0][1]).toEqual({ day: '2026-12-01', inMonth: true })
    expect(december[4][6]).toEqual({ day: '2027-01-03', inMonth: false })
    // February 2027 starts on a Monday and ends on a Sunday: four weeks, nothing borrowed.
    const february = monthGrid('2027-02-01')
    expect(february).toHaveLength(4)
    expect(february.flat().every((d) => d.inMonth)).toBe(true)
  })

  it('gives each view its period and moves by a week or a month', () => {
    expect(viewRange('month', '2026-12-15')).toEqual({ from: '2026-11-30', to: '2027-01-04' })
    expect(viewRange('week', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-07' })
    expect(viewRange('agenda', '2026-12-06')).toEqual({ from: '2026-12-01', to: '2027-01-01' })
    expect(weekDays('2026-12-06')[0]).toBe('2026-11-30')
    expect(shiftView('week', '2026-12-06', 1)).toBe('2026-12-13')
    expect(shiftView('month', '2026-12-31', 1)).toBe('2027-01-01')
    expect(shiftView('agenda', '2026-01-10', -1)).toBe('2025-12-01')
  })
})

describe('the time a moved post gets', () => {
  const now = at('2027-03-01T12:00:00Z')
  const planned = at('2027-03-26T09:15:00Z') // 10:15 in Warsaw, winter time

  it('keeps the time of day on the clocks when dropped on a day, across the change to summer time', () => {
    const moved = rescheduleTarget(planned, { day: '2027-03-29' }, now, TZ)
    expect(moved).toEqual({ at: at('2027-03-29T08:15:00Z'), ok: true })
  })

  it('takes the hour and keeps the minutes when dropped on an hour of the week', () => {
    expect(rescheduleTarget(planned, { day: '2027-03-25', hour: 7 }, now, TZ)).toEqual({
      at: at('2027-03-25T06:15:00Z'),
      ok: true,
    })
  })

  it('refuses the past, the same time and what is no day or hour', () => {
    expect(rescheduleTarget(planned, { day: '2027-02-27' }, now, TZ)).toEqual({
      ok: false,
      reason: 'past',
    })
    expect(rescheduleTarget(planned, { day: '2027-03-26' }, now, TZ)).toEqual({
      ok: false,
      reason: 'unchanged',
    })
    expect(rescheduleTarget(planned, { day: '2027-03-32' }, now, TZ).ok).toBe(false)
    expect(rescheduleTarget(planned, { day: '2027-03-27', hour: 24 }, now, TZ)).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('reads the keyboard’s date and time on the gmina’s clocks', () => {
    expect(toLocalInput(planned, TZ)).toBe('2027-03-26T10:15')
    expect(rescheduleToInput(planned, '2027-04-02T18:05', now, TZ)).toEqual({
      at: at('2027-04-02T16:05:00Z'),
      ok: true,
    })
    expect(parseLocalInput('2027-04-02 18:05')).toBeNull()
    expect(parseLocalInput('2027-04-02T25:00')).toBeNull()
    expect(rescheduleToInput(planned, '', now, TZ)).toEqual({ ok: false, reason: 'invalid' })
  })
})

describe('the calendar query', () => {
  const opts = { idType: 'number' as const, maxDays: 62 }
  it('accepts a period and known filters', () => {
    expect(
      parseCalendarQuery(
        { category: 'culture', channel: 'rss', from: '2026-11-30', to: '2027-01-04', unit: '3' },
        opts,
      ),
    ).toEqual({
      ok: true,
      query: {
        category: 'culture',
        channel: 'rss',
        from: '2026-11-30',
        to: '2027-01-04',
        unit: '3',
      },
    })
    expect(parseCalendarQuery({ from: '2026-12-01', to: '2026-12-02', unit: '' }, opts)).toEqual({
      ok: true,
      query: { from: '2026-12-01', to: '2026-12-02' },
    })
  })

  it('names what is wrong', () => {
    const error = (q: Record<string, unknown>) => {
      const parsed = parseCalendarQuery(q, opts)
      return parsed.ok ? null : parsed.error
    }
    const period = { from: '2026-12-01', to: '2026-12-31' }
    expect(error({ to: '2026-12-31' })).toBe('from')
    expect(error({ from: '2026-02-30', to: '2026-12-31' })).toBe('from')
    expect(error({ from: '2026-12-01', to: 'jutro' })).toBe('to')
    expect(error({ from: '2026-12-01', to: '2026-12-01' })).toBe('range')
    expect(error({ from: '2026-01-01', to: '2026-12-31' })).toBe('range')
    expect(error({ ...period, unit: 'x; drop' })).toBe('unit')
    expect(error({ ...period, unit: ['1', '2'] })).toBe('unit')
    expect(error({ ...period, category: 'weather' })).toBe('category')
    expect(error({ ...period, channel: { in: 'rss' } })).toBe('channel')
  })
})
