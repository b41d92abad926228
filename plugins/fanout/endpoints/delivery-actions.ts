import type { Endpoint, PayloadRequest } from 'payload'

import { belongsToUnit, idOf, isStaff } from '../../../src/access/roles'
import { normalizeBipUrl } from '../../../src/domain/bip-url'
import { findAccount, toChannelAccount } from '../engine/accounts'
import { fanoutContext } from '../engine/context'
import type { Delivery } from '../delivery/types'
import { queueDelivery } from '../outbox/queue'
import { updateDelivery } from '../outbox/store'
import { requestT } from '../i18n'
import { DELIVERIES } from '../constants'

export const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** The delivery named in the URL, if the user may act on it (staff, or an editor of its unit). */
export const deliveryFor = async (req: PayloadRequest): Promise<Delivery | Response> => {
  const t = requestT(req)
  if (!req.user) return fail(401, t('fanout:apiSignIn'))
  const delivery = await req.payload.findByID({
    collection: DELIVERIES,
    depth: 0,
    disableErrors: true,
    id: String(req.routeParams?.id),
    overrideAccess: true,
  })
  if (!delivery || (!isStaff(req.user) && !belongsToUnit(req.user, delivery.unit)))
    return fail(404, t('fanout:apiDeliveryNotFound'))
  return delivery
}

const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

export const deliveryEndpoints: Endpoint[] = [
  {
    // "Retry now" for a failed delivery, or one that waited for a person (e.g. after re-authorisation).
    handler: async (req) => {
      const t = requestT(req)
      const delivery = await deliveryFor(req)
      if (delivery instanceof Response) return delivery
      if (!['failed', 'needs_action'].includes(delivery.state))
        return fail(400, t('fanout:apiRetryState'))
      const now = new Date().toISOString()
      const next = await updateDelivery(
        req.payload,
        delivery,
        { nextAttemptAt: now, queuedAt: now, reason: null, state: 'pending' },
        req,
      )
      await queueDelivery(req.payload, next)
      return Response.json({ doc: next, message: t('fanout:apiRequeued') })
    },
    method: 'post',
    path: '/:id/retry',
  },
  {
    // Handoff: the editor pasted the post into the group and records where it is.
    handler: async (req) => {
      const t = requestT(req)
      const delivery = await deliveryFor(req)
      if (delivery instanceof Response) return delivery
      if (delivery.channel !== 'group' || delivery.state !== 'needs_action')
        return fail(400, t('fanout:apiRecordOnlyGroup'))
      const { url } = await readBody(req)
      const checked = typeof url === 'string' ? normalizeBipUrl(url) : null
      if (!checked?.ok) return fail(400, t('fanout:apiGroupPostUrl'))
      const doc = await updateDelivery(
        req.payload,
        delivery,
        {
          externalId: checked.value,
          externalUrl: checked.value,
          lastError: null,
          reason: null,
          sentAt: new Date().toISOString(),
          state: 'sent',
        },
        req,
      )
      return Response.json({ doc, message: t('fanout:apiGroupPostSaved') })
    },
    method: 'post',
    path: '/:id/record',
  },
  {
    // Take a fanpage copy down, e.g. after its BIP entry was withdrawn.
    handler: async (req) => {
      const t = requestT(req)
      const delivery = await deliveryFor(req)
      if (delivery instanceof Response) return delivery
      if (!isStaff(req.user)) return fail(403, t('fanout:apiTakeDownRole'))
      const channel = fanoutContext(req.payload).channels[delivery.channel]
      const account = delivery.account
        ? await findAccount(req.payload, idOf(delivery.account)!)
        : null
      const { externalId } = delivery
      if (delivery.state !== 'sent' || !channel?.takeDown || !account || !externalId)
        return fail(400, t('fanout:apiCannotTakeDown'))
      try {
        await channel.takeDown(externalId, {
          account: toChannelAccount(req.payload, account),
          deliveryId: delivery.id,
          payload: req.payload,
          t,
        })
      } catch (error) {
        return fail(502, channel.classify(error, t).message)
      }
      const doc = await updateDelivery(
        req.payload,
        delivery,
        { takenDownAt: new Date().toISOString() },
        req,
      )
      return Response.json({ doc, message: t('fanout:apiTakenDown') })
    },
    method: 'post',
    path: '/:id/takedown',
  },
]
