import type { Endpoint } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { fanoutContext } from '../engine/context'
import { plural, requestT } from '../i18n'
import { sendNow, sendSkippedRecent } from '../outbox/send-skipped'
import { updateDelivery } from '../outbox/store'
import { deliveryFor, fail } from './delivery-actions'

/** Staff and editors at work on copies: a withdrawal task done, skipped copies sent now. */
export const channelWorkEndpoints: Endpoint[] = [
  {
    // The editor removed a withdrawn post's copy by hand (the group, or the Page) and says so.
    handler: async (req) => {
      const t = requestT(req)
      const delivery = await deliveryFor(req)
      if (delivery instanceof Response) return delivery
      if (delivery.withdrawal !== 'task' || delivery.takenDownAt)
        return fail(400, t('fanout:withdrawal:notATask'))
      const doc = await updateDelivery(
        req.payload,
        delivery,
        { reason: null, takenDownAt: new Date().toISOString() },
        req,
      )
      return Response.json({ doc, message: t('fanout:withdrawal:recorded') })
    },
    method: 'post',
    path: '/:id/removed',
  },
  {
    // "Wyślij teraz": a copy skipped because its channel was not configured then.
    handler: async (req) => {
      const t = requestT(req)
      const delivery = await deliveryFor(req)
      if (delivery instanceof Response) return delivery
      if (!isStaff(req.user)) return fail(403, t('fanout:sendNow:role'))
      const result = await sendNow(req.payload, delivery, t, req)
      if (!result.ok) return fail(result.status, result.message)
      return Response.json({
        doc: result.delivery,
        message: t(result.waiting ? 'fanout:sendNow:waitingForBip' : 'fanout:sendNow:queued'),
      })
    },
    method: 'post',
    path: '/:id/send',
  },
  {
    // The dashboard's bulk action; its form comes back to the dashboard.
    handler: async (req) => {
      const t = requestT(req)
      if (!req.user) return fail(401, t('fanout:apiSignIn'))
      if (!isStaff(req.user)) return fail(403, t('fanout:sendNow:role'))
      const sent = await sendSkippedRecent(req.payload, t, req)
      if ((req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded'))
        return new Response(null, {
          headers: { Location: `${fanoutContext(req.payload).options.siteUrl}/admin` },
          status: 303,
        })
      return Response.json({ message: plural(t, 'fanout:sendNow:bulkDone', sent), sent })
    },
    method: 'post',
    path: '/send-skipped',
  },
]
