import type { Payload, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types'

import { BIP_SOURCES, POLL_TASK, WATCH_QUEUE } from '../constants'
import { newContext } from '../engine/context'
import { pollSource } from '../engine/poll-source'
import { pl } from '../translations/pl'

/** Polls every enabled source once; one source's failure never stops the others. */
export const pollAll = async (payload: Payload, options: ResolvedOptions, now = new Date()) => {
  const { docs } = await payload.find({
    collection: BIP_SOURCES,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    where: { enabled: { equals: true } },
  })
  let errors = 0
  for (const source of docs) {
    try {
      errors += (await pollSource(await newContext(payload, options, source, now))).length
    } catch (error) {
      errors++
      payload.logger.error({ err: error, msg: `BIP watcher: source ${source.id} failed` })
    }
  }
  return { errors, sources: docs.length }
}

/** The watcher's scheduled task on Payload's Jobs Queue (run by the worker or the web process). */
export const pollTask = (options: ResolvedOptions): TaskConfig<typeof POLL_TASK> => ({
  slug: POLL_TASK,
  // Payload takes a task's label as a plain string: in Polish, the install's language.
  label: pl.bipWatch.task,
  handler: async ({ req }) => ({ output: await pollAll(req.payload, options) }),
  outputSchema: [
    { name: 'errors', type: 'number', required: true },
    { name: 'sources', type: 'number', required: true },
  ],
  retries: 1,
  schedule: [{ cron: options.cron, queue: WATCH_QUEUE }],
})
