import type { Payload } from 'payload'

import cron from 'node-cron'

import { checkBipUrls } from '../../plugins/fanout/engine/bip-check'
import { fanoutContext } from '../../plugins/fanout/engine/context'
import { sweep } from '../../plugins/fanout/engine/sweep'
import { scheduleDigests } from '../../plugins/fanout/newsletter/digest-schedule'
import { resumeHeldCampaigns, resumeStalledCampaigns } from '../../plugins/fanout/newsletter/engine'
import { purgeUnconfirmed } from '../../plugins/fanout/newsletter/subscription'
import { fetchReach, REACH_CRON } from '../../plugins/fanout/reach/fetch-reach'
import { publishDuePosts } from '../jobs/publish-due-posts'
import { MODERATION_CRON, moderationWork } from '../moderation/moderation-task'

type Tick = () => Promise<unknown>

/** A tick that is still running when the next one is due is not started twice. */
const serial = (payload: Payload, name: string, tick: Tick) => {
  let running: null | Promise<unknown> = null
  const run = async () => {
    if (running) return
    running = tick()
      .catch((error) => payload.logger.error({ err: error, msg: `Worker: ${name} failed` }))
      .finally(() => {
        running = null
      })
    await running
  }
  return { idle: () => running ?? Promise.resolve(), run }
}

/**
 * The dedicated worker: node-cron drives the delivery queues (urgent first) every second and the
 * scheduled work (due posts, the outbox sweep, BIP URL checks, newsletter digests on the schedule
 * from the newsletter settings, fanpage comments for moderation every 5 minutes, the reach of
 * the Page's copies daily). Several workers may run at once:
 * every delivery attempt is claimed in the database before anything is sent.
 */
export const startWorker = async (payload: Payload, options: { bipCheckCron?: string; jobsLimit?: number } = {}) => {
  const { queues } = fanoutContext(payload).options
  const limit = options.jobsLimit ?? 50
  let stopping = false
  const deliveries = serial(payload, 'deliveries', async () => {
    // A backlog is worked through within the tick, without waiting for the next one (a newsletter's
    // batches follow each other), urgent alerts first before every batch; a stop ends it between batches.
    while (!stopping) {
      const urgent = await payload.jobs.run({ limit, queue: queues.urgent, silent: true })
      if (!urgent.noJobsRemaining) continue
      const normal = await payload.jobs.run({ limit, queue: queues.normal, silent: true })
      if (normal.noJobsRemaining) break
    }
  })
  const scheduled = serial(payload, 'scheduled work', async () => {
    await publishDuePosts(payload)
    await sweep(payload)
    await resumeStalledCampaigns(payload)
    await purgeUnconfirmed(payload)
  })
  // Its own tick: a mail server that does not answer must not hold up due posts and the sweep.
  const heldCampaigns = serial(payload, 'newsletter campaigns held by the mail server', () => resumeHeldCampaigns(payload))
  const bipChecks = serial(payload, 'BIP URL checks', () => checkBipUrls(payload))
  const moderation = serial(payload, 'moderation work', () => moderationWork(payload))
  const reach = serial(payload, 'fanpage reach', async () => {
    for (const error of (await fetchReach(payload)).errors) payload.logger.warn(`Fanpage reach: ${error}`)
  })

  // Whatever a previous worker left half-done is queued again before anything else.
  await scheduled.run()
  const tasks = [
    cron.schedule('* * * * * *', deliveries.run, { name: 'herold-deliveries', noOverlap: true }),
    cron.schedule('*/10 * * * * *', scheduled.run, { name: 'herold-scheduled', noOverlap: true }),
    cron.schedule('*/10 * * * * *', heldCampaigns.run, { name: 'herold-held-campaigns', noOverlap: true }),
    cron.schedule(options.bipCheckCron ?? '0 */10 * * * *', bipChecks.run, { name: 'herold-bip-check', noOverlap: true }),
    // Fanpage comments for moderation, their retention, and complaint answers that failed to send.
    cron.schedule(MODERATION_CRON, moderation.run, { name: 'herold-moderation', noOverlap: true }),
    // Reactions, comments, shares and impressions of the Page's copies, once a day.
    cron.schedule(REACH_CRON, reach.run, { name: 'herold-reach', noOverlap: true }),
  ]
  const digests = await scheduleDigests(payload)
  return {
    stop: async () => {
      stopping = true
      await digests.stop()
      for (const task of tasks) await task.stop()
      await Promise.all([deliveries.idle(), scheduled.idle(), heldCampaigns.idle(), bipChecks.idle(), moderation.idle(), reach.idle()])
    },
  }
}
