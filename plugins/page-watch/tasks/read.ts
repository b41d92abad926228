import type { Payload, TaskConfig } from 'payload'

import { canReadPage, enabledAccounts } from '../../fanout/exports/server'
import { READ_TASK, WATCH_QUEUE } from '../constants'
import { readPage } from '../engine/read-page'
import { pl } from '../translations/pl'
import type { ResolvedOptions } from '../types'

/** Reads every enabled fanpage account's Page; one Page's failure never stops the others. */
export const readPages = async (payload: Payload, options: ResolvedOptions, now = new Date()) => {
  const report = { errors: 0, gone: 0, held: 0, pages: 0, stored: 0 }
  for (const doc of await enabledAccounts(payload, 'fanpage')) {
    // Held by a rate limit or waiting for re-authorisation: the pass resumes on a later run.
    if (!canReadPage(payload, doc, now)) continue
    report.pages++
    try {
      const outcome = await readPage(payload, options, doc, now)
      report.stored += outcome.stored
      report.gone += outcome.gone
      if (outcome.held) report.held++
      if (outcome.error) {
        report.errors++
        payload.logger.warn(`Page watcher: account ${doc.id}: ${outcome.error}`)
      }
    } catch (error) {
      report.errors++
      payload.logger.error({ err: error, msg: `Page watcher: account ${doc.id} failed` })
    }
  }
  return report
}

/** The watcher's scheduled task on Payload's Jobs Queue (run by the worker or the web process). */
export const readTask = (options: ResolvedOptions): TaskConfig<typeof READ_TASK> => ({
  slug: READ_TASK,
  // Payload takes a task's label as a plain string: in Polish, the install's language.
  label: pl.pageWatch.task,
  handler: async ({ req }) => ({ output: await readPages(req.payload, options) }),
  outputSchema: ['errors', 'gone', 'held', 'pages', 'stored'].map((name) => ({
    name,
    type: 'number' as const,
    required: true,
  })),
  retries: 1,
  schedule: [{ cron: options.cron, queue: WATCH_QUEUE }],
})
