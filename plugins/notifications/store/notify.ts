import type { Payload, PayloadRequest, Where } from 'payload'

import { USERS } from '../../../src/domain/slugs'
import { EMAIL_TASK, NOTIFICATIONS, NOTIFICATIONS_QUEUE, PREFERENCE_FIELD } from '../constants'
import { notificationKey, recipientsOf } from '../rules/recipients'
import type { Audience, NotificationEvent } from '../types'

type Req = Partial<PayloadRequest>

/** The users an audience may include, read once per event (a gmina has tens of users). */
const candidatesFor = async (payload: Payload, audience: Audience, req?: Req) => {
  const where: Where =
    audience.kind === 'user'
      ? { id: { equals: audience.user } }
      : {
          role: {
            equals:
              audience.kind === 'admins'
                ? 'admin'
                : audience.kind === 'approvers'
                  ? 'approver'
                  : 'editor',
          },
        }
  if (audience.kind === 'user' && audience.user == null) return []
  const { docs } = await payload.find({
    collection: USERS,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { [PREFERENCE_FIELD]: true, role: true, units: true },
    where,
  })
  return docs
}

const create = (
  payload: Payload,
  event: NotificationEvent,
  key: string,
  recipient: number,
  req?: Req,
) =>
  payload.create({
    collection: NOTIFICATIONS,
    data: {
      account: event.account ?? null,
      detail: event.detail ?? null,
      key,
      kind: event.kind,
      post: event.post ?? null,
      recipient,
      title: event.title,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * Records the event for each of its recipients, once: a notification whose key exists is not made
 * again, so a hook that runs twice or an event replayed changes nothing. Those who want e-mails at
 * once get a job on the queue, in the same transaction as the notification.
 */
export const notify = async (payload: Payload, event: NotificationEvent, req?: Req) => {
  if (!payload.collections[NOTIFICATIONS]) return []
  const candidates = await candidatesFor(payload, event.audience, req)
  const made: (number | string)[] = []
  for (const recipient of recipientsOf(event.audience, event.actor, candidates)) {
    const key = notificationKey(event, recipient)
    const exists = async () =>
      (
        await payload.count({
          collection: NOTIFICATIONS,
          overrideAccess: true,
          req,
          where: { key: { equals: key } },
        })
      ).totalDocs > 0
    if (await exists()) continue
    const doc = await create(payload, event, key, recipient, req).catch(async (error) => {
      // Made meanwhile by a concurrent run (the unique key refused ours): nothing to do.
      if (await exists()) return null
      throw error
    })
    if (!doc) continue
    made.push(doc.id)
    const user = candidates.find((c) => String(c.id) === String(recipient))
    if ((user?.[PREFERENCE_FIELD] ?? 'immediately') === 'immediately')
      await payload.jobs.queue({
        input: { notification: String(doc.id) },
        queue: NOTIFICATIONS_QUEUE,
        // The writer's transaction, as the fan-out queues its jobs (a hook's request is whole).
        req: req as PayloadRequest,
        task: EMAIL_TASK,
      })
  }
  return made
}
