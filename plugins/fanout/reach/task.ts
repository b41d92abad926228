import type { TaskConfig } from 'payload'

import { REACH_TASK } from '../constants'
import { fetchReach } from './fetch-reach'
import { polishT } from '../i18n'

/** The daily reach run on the fan-out's maintenance queue (its schedule is added with the plugin's other tasks). */
export const reachTask: TaskConfig<{
  input: object
  output: { errors: number; gone: number; updated: number }
}> = {
  slug: REACH_TASK,
  label: polishT('fanout:task:reach'),
  handler: async ({ req }) => {
    const report = await fetchReach(req.payload)
    for (const error of report.errors) req.payload.logger.warn(`Fanpage reach: ${error}`)
    return { output: { errors: report.errors.length, gone: report.gone, updated: report.updated } }
  },
  outputSchema: [
    { name: 'errors', type: 'number', required: true },
    { name: 'gone', type: 'number', required: true },
    { name: 'updated', type: 'number', required: true },
  ],
  retries: 1,
}
