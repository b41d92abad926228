import type { Endpoint } from 'payload'

import { translator } from '../../../src/domain/translate'
import { DESK_ENDPOINT } from '../constants'
import { loadDesk } from '../queues'
import type { DeskTranslationKeys } from '../translations'

/** `GET /api/desk`: the signed-in user's queues, for the dashboard's live counts. */
export const deskEndpoint: Endpoint = {
  handler: async (req) => {
    const { user } = req
    if (!user) {
      const t = translator<DeskTranslationKeys>(req.i18n)
      return Response.json({ errors: [{ message: t('desk:signIn') }] }, { status: 401 })
    }
    const snapshot = await loadDesk({ i18n: req.i18n, now: new Date(), payload: req.payload, user })
    return Response.json(snapshot, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'get',
  path: DESK_ENDPOINT,
}
