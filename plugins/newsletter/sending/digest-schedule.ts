import type { Payload } from 'payload'

import cron, { type ScheduledTask } from 'node-cron'

import { startDigest } from './digests'
import { readSettings } from '../settings'

/** The scheduled minute a cron run stands for, so every worker names the same digest. */
export const slotOf = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000)

/**
 * The worker's digest clock: node-cron runs the daily and weekly schedules from the newsletter
 * settings, and a change of the settings takes effect within a minute, without a restart.
 */
export const scheduleDigests = async (payload: Payload, options: { reloadMs?: number } = {}) => {
  let tasks: ScheduledTask[] = []
  let current = ''
  const apply = async () => {
    const settings = await readSettings(payload)
    const signature = `${settings.dailyCron}|${settings.weeklyCron}|${settings.timeZone}`
    if (signature === current) return
    for (const task of tasks) await task.stop()
    current = signature
    const run = (kind: 'digest_daily' | 'digest_weekly') => async () => {
      try {
        await startDigest(payload, kind, slotOf(new Date()))
      } catch (error) {
        payload.logger.error({ err: error, msg: `Newsletter: the ${kind} digest failed to start` })
      }
    }
    tasks = [
      cron.schedule(settings.dailyCron, run('digest_daily'), {
        name: 'herold-digest-daily',
        noOverlap: true,
        timezone: settings.timeZone,
      }),
      cron.schedule(settings.weeklyCron, run('digest_weekly'), {
        name: 'herold-digest-weekly',
        noOverlap: true,
        timezone: settings.timeZone,
      }),
    ]
  }
  await apply()
  const reload = setInterval(
    () =>
      void apply().catch((error) =>
        payload.logger.error({ err: error, msg: 'Newsletter: reading the digest schedule failed' }),
      ),
    options.reloadMs ?? 60_000,
  )
  return {
    schedule: () => current,
    stop: async () => {
      clearInterval(reload)
      for (const task of tasks) await task.stop()
    },
  }
}
