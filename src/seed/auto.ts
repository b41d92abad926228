import type { Payload } from 'payload'

import { UNITS } from '../domain/slugs'
import { seedDemo } from './wislotki'

/** `npm run dev` on an empty database shows the demo gmina at once; production never seeds by itself. */
export const seedIfEmpty = async (payload: Payload) => {
  const wanted = process.env.HEROLD_AUTOSEED
    ? process.env.HEROLD_AUTOSEED === 'true'
    : process.env.NODE_ENV === 'development'
  if (!wanted) return
  const { totalDocs } = await payload.count({ collection: UNITS, overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: loading the demo gmina Wisłotki…')
  const { created } = await seedDemo(payload)
  payload.logger.info(`Demo gmina loaded (${created} records).`)
}
