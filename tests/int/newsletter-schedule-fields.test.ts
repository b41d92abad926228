/**
 * The newsletter settings' schedule as editors set it: days and a time in a time zone, turned into
 * the stored cron expression the scheduler runs, and stored expressions read back into the fields.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scheduleDigests } from '../../plugins/newsletter/sending/digest-schedule'
import { type Gmina, makeGmina } from '../helpers/fixtures'
import { startPayload } from '../helpers/payload'

let payload: Payload
let g: Gmina

beforeAll(async () => {
  payload = await startPayload()
  g = await makeGmina(payload)
})
afterAll(async () => {
  await payload.destroy()
})

const save = (data: Record<string, unknown>, user = g.approver) =>
  payload.updateGlobal({ data, overrideAccess: false, slug: 'newsletter-settings', user })
const read = () =>
  payload.findGlobal({ overrideAccess: false, slug: 'newsletter-settings', user: g.approver })
const stored = async () => {
  const doc = await payload.findGlobal({ overrideAccess: true, slug: 'newsletter-settings' })
  return { daily: doc.dailyCron, timeZone: doc.timeZone, weekly: doc.weeklyCron }
}
const refusal = async (data: Record<string, unknown>) => {
  const error = await save(data).then(
    () => null,
    (e: { data?: { errors?: { message: string; path: string }[] }; status?: number }) => e,
  )
  expect(error?.status).toBe(400)
  return error!.data!.errors!.map((e) => `${e.path}: ${e.message}`).join('\n')
}

describe('the digest schedule in days and an hour', () => {
  it('shows the default expressions as days and a time', async () => {
    const doc = await read()
    expect(doc).toMatchObject({
      dailyDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      dailyTime: '07:00',
      timeZone: 'Europe/Warsaw',
      weeklyDays: ['mon'],
      weeklyTime: '07:00',
    })
  })

  it('stores the cron expression derived from the chosen days, time and zone', async () => {
    await save({
      dailyDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      dailyTime: '06:30',
      timeZone: 'Europe/London',
      weeklyDays: ['sat'],
      weeklyTime: '9:15',
    })
    expect(await stored()).toEqual({
      daily: '30 6 * * 1,2,3,4,5',
      timeZone: 'Europe/London',
      weekly: '15 9 * * 6',
    })
    expect(await read()).toMatchObject({ dailyTime: '06:30', weeklyDays: ['sat'] })
  })

  it('runs the stored expressions in the chosen zone', async () => {
    const clock = await scheduleDigests(payload, { reloadMs: 60_000 })
    try {
      expect(clock.schedule()).toBe('30 6 * * 1,2,3,4,5|15 9 * * 6|Europe/London')
    } finally {
      await clock.stop()
    }
  })

  it('takes no expression from anyone but an admin, and keeps one the fields cannot show', async () => {
    await save({ dailyCron: '* * * * *' })
    expect((await stored()).daily).toBe('30 6 * * 1,2,3,4,5')
    await save({ dailyCron: '*/15 8-16 * * *' }, g.admin)
    expect((await stored()).daily).toBe('*/15 8-16 * * *')
    const doc = await read()
    expect(doc).toMatchObject({ dailyDays: [], dailyTime: '' })
    // The form saved again as it was shown: empty days and time keep the expression.
    await save({ ...doc, dailyDays: [], dailyTime: '' })
    expect((await stored()).daily).toBe('*/15 8-16 * * *')
    await save({ dailyDays: ['sun'], dailyTime: '20:00' })
    expect((await stored()).daily).toBe('0 20 * * 0')
  })

  it('refuses a schedule that is not one, in Polish', async () => {
    expect(await refusal({ dailyDays: ['mon'], dailyTime: '25:00' })).toBe(
      'dailyTime: Podaj godzinę w formacie GG:MM, np. 07:00.',
    )
    expect(await refusal({ dailyDays: ['mon'], dailyTime: '' })).toBe(
      'dailyTime: Podaj godzinę w formacie GG:MM, np. 07:00.',
    )
    expect(await refusal({ weeklyDays: [], weeklyTime: '07:00' })).toBe(
      'weeklyDays: Wybierz co najmniej jeden dzień tygodnia.',
    )
    expect(await refusal({ timeZone: 'Europe/Wisłotki' })).toBe(
      'timeZone: Wybierz strefę czasową z listy.',
    )
    expect(await stored()).toEqual({
      daily: '0 20 * * 0',
      timeZone: 'Europe/London',
      weekly: '15 9 * * 6',
    })
  })
})
