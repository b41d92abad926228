import type { Payload, PayloadRequest } from 'payload'

import { PRIVACY_REQUESTS, RECIPIENTS, SUBSCRIBERS } from '../constants'

type User = NonNullable<PayloadRequest['user']>

const recordsOf = async (payload: Payload, id: number | string) =>
  (
    await payload.db.find({
      collection: RECIPIENTS,
      limit: 0,
      pagination: false,
      where: { subscriber: { equals: id } },
    })
  ).docs as Record<string, unknown>[]

const register = (
  payload: Payload,
  kind: 'erase' | 'export',
  user: User,
  recordsAffected: number,
) =>
  payload.create({
    collection: PRIVACY_REQUESTS,
    data: { handledBy: user.id, kind, recordsAffected },
    overrideAccess: true,
  })

/** Everything held about one subscriber, links' tokens excepted (they are credentials, not data about them). */
export const exportSubscriber = async (payload: Payload, id: number | string, user: User) => {
  const subscriber = (await payload.findByID({
    collection: SUBSCRIBERS,
    depth: 1,
    disableErrors: true,
    id,
    overrideAccess: true,
  })) as null | Record<string, unknown>
  if (!subscriber) return null
  const { confirmToken: _c, manageToken: _m, ...data } = subscriber
  const sends = await recordsOf(payload, id)
  await register(payload, 'export', user, sends.length + 1)
  return {
    exportedAt: new Date().toISOString(),
    messages: sends.map((r) => ({
      campaign: r.campaign,
      reply: r.reply ?? null,
      sentAt: r.sentAt ?? null,
      state: r.state,
    })),
    subscriber: data,
  }
}

export const eraseSubscriber = async (payload: Payload, id: number | string, user: User) => {
  const subscriber = await payload.findByID({
    collection: SUBSCRIBERS,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
  })
  if (!subscriber) return false
  const sends = await recordsOf(payload, id)
  await payload.db.deleteMany({ collection: RECIPIENTS, where: { subscriber: { equals: id } } })
  await payload.delete({ collection: SUBSCRIBERS, id, overrideAccess: true })
  await register(payload, 'erase', user, sends.length + 1)
  return true
}
