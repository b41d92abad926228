// The outbox's store: deliveries read and written, every change of state passed to the audit.
import type {
  BaseDatabaseAdapter,
  Payload,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
  Where,
} from 'payload'

import { DELIVERIES } from '../constants'
import { recordDeliveryState } from '../delivery/audit'
import type { Delivery, DeliveryData, DeliveryRef } from '../delivery/types'

type Req = Partial<PayloadRequest>

/** What a new delivery must say: which copy (key, post, channel) and where it starts. */
export type NewDelivery = DeliveryData &
  Required<Pick<DeliveryData, 'channel' | 'key' | 'post' | 'state'>>

/**
 * A new delivery, through Payload (its defaults and validation), logged as created. The caller's
 * request keeps it in the transaction of the change that planned it.
 */
export const createDelivery = async (payload: Payload, data: NewDelivery, req?: Req) => {
  const doc = await payload.create({
    collection: DELIVERIES,
    // Relations may carry string ids (MongoDB) where the generated type says numbers.
    data: data as RequiredDataFromCollectionSlug<typeof DELIVERIES>,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await recordDeliveryState(payload, doc, data, req, 'create')
  return doc
}

/**
 * Deliveries are the engine's own bookkeeping, with no hooks or access rules to run: they are
 * written through the database adapter's portable API, which keeps a delivery to a few queries.
 * The caller passes the delivery as it knows it, so a change of state reaches the audit log
 * without reading the record back.
 */
export const updateDelivery = async (
  payload: Payload,
  delivery: DeliveryRef,
  data: DeliveryData,
  req?: Req,
) => {
  // Read as the portable adapter: one adapter's typings return a DOM `Document` from `updateOne`.
  const db: Pick<BaseDatabaseAdapter, 'updateOne'> = payload.db
  const doc: Delivery = await db.updateOne({
    collection: DELIVERIES,
    data,
    id: delivery.id,
    req,
  })
  await recordDeliveryState(payload, delivery, data, req)
  return doc
}

/** The same write when nobody needs the record back (the sending path): one query less. */
export const setDelivery = async (payload: Payload, delivery: DeliveryRef, data: DeliveryData) => {
  await payload.db.updateOne({ collection: DELIVERIES, data, id: delivery.id, returning: false })
  await recordDeliveryState(payload, delivery, data)
}

export const readDelivery = (payload: Payload, id: number | string) =>
  payload.db.findOne<Delivery>({ collection: DELIVERIES, where: { id: { equals: id } } })

export const findDeliveries = async (payload: Payload, where: Where, req?: Req, limit = 500) =>
  (
    await payload.find({
      collection: DELIVERIES,
      depth: 0,
      limit,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'createdAt',
      where,
    })
  ).docs
