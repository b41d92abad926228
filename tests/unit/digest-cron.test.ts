import { validate } from 'node-cron'
import { describe, expect, it } from 'vitest'

import {
  cronOnSave,
  cronToSchedule,
  isTimeZone,
  parseTime,
  scheduleToCron,
  WEEKDAYS,
} from '../../plugins/newsletter/sending/digest-cron'

describe('days and a time to a cron expression', () => {
  it('writes the minute, the hour and the days, Sunday as 0', () => {
    expect(scheduleToCron({ days: ['mon'], time: '07:00' })).toBe('0 7 * * 1')
    expect(scheduleToCron({ days: ['sun', 'wed', 'mon'], time: '6:05' })).toBe('5 6 * * 1,3,0')
    expect(scheduleToCron({ days: [...WEEKDAYS], time: '23:59' })).toBe('59 23 * * *')
  })

  it('makes nothing without a day or a valid time', () => {
    expect(scheduleToCron({ days: [], time: '07:00' })).toBeNull()
    for (const time of ['', '7', '24:00', '07:60', '7.00', '07:00:00', 'siódma'])
      expect(scheduleToCron({ days: ['mon'], time })).toBeNull()
  })

  it('always makes an expression the scheduler accepts', () => {
    for (let mask = 1; mask < 128; mask += 7) {
      const days = WEEKDAYS.filter((_, i) => mask & (1 << i))
      const cron = scheduleToCron({ days, time: '12:30' })!
      expect(validate(cron)).toBe(true)
      expect(cronToSchedule(cron)).toEqual({ days, time: '12:30' })
    }
  })
})

describe('a stored cron expression to days and a time', () => {
  it('reads the defaults and other fixed times', () => {
    expect(cronToSchedule('0 7 * * *')).toEqual({ days: [...WEEKDAYS], time: '07:00' })
    expect(cronToSchedule('0 7 * * 1')).toEqual({ days: ['mon'], time: '07:00' })
    expect(cronToSchedule(' 30  18 * * 1-5 ')).toEqual({
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      time: '18:30',
    })
    expect(cronToSchedule('0 0 6 * * sat,SUN')).toEqual({ days: ['sat', 'sun'], time: '06:00' })
    expect(cronToSchedule('15 9 * * 7')).toEqual({ days: ['sun'], time: '09:15' })
    expect(cronToSchedule('0 8 * * 0-7')).toEqual({ days: [...WEEKDAYS], time: '08:00' })
  })

  it('leaves what the fields cannot show to the expression', () => {
    for (const cron of [
      '*/15 * * * *',
      '0 7-9 * * *',
      '0 7 1 * *',
      '0 7 * 1 *',
      '0 7 * * */2',
      '30 0 7 * * *',
      '* * * * * *',
      '0 7 * * 5-1',
      '0 7 * * 8',
      '60 7 * * *',
      '0 24 * * *',
      '',
      null,
      undefined,
    ])
      expect(cronToSchedule(cron)).toBeNull()
  })
})

describe('times and zones', () => {
  it('reads HH:MM', () => {
    expect(parseTime('07:05')).toEqual({ hour: 7, minute: 5 })
    expect(parseTime('7:05')).toEqual({ hour: 7, minute: 5 })
    expect(parseTime('25:00')).toBeNull()
  })

  it('knows the zones of the runtime', () => {
    expect(isTimeZone('Europe/Warsaw')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    expect(isTimeZone('Europe/Wisłotki')).toBe(false)
    expect(isTimeZone('')).toBe(false)
    expect(isTimeZone(7)).toBe(false)
  })
})

describe('the expression a save stores', () => {
  it('follows the days and time an editor changed', () => {
    expect(cronOnSave({ days: ['fri'], time: '08:00' }, '0 7 * * 1', '0 7 * * 1')).toBe('0 8 * * 5')
    expect(cronOnSave({ days: ['fri'], time: '08:00' }, '*/5 * * * *', '*/5 * * * *')).toBe(
      '0 8 * * 5',
    )
  })

  it('keeps the given expression when the fields show what is stored, or are empty', () => {
    expect(cronOnSave({ days: ['mon'], time: '07:00' }, '0 7 * * 1', '0 9 * * *')).toBe('0 9 * * *')
    expect(cronOnSave({ days: ['mon'], time: '7:00' }, '0 7 * * mon', '0 7 * * mon')).toBe(
      '0 7 * * mon',
    )
    expect(cronOnSave({ days: [], time: '' }, '*/5 * * * *', '*/5 * * * *')).toBe('*/5 * * * *')
    expect(cronOnSave({}, null, '0 7 * * *')).toBe('0 7 * * *')
  })
})
