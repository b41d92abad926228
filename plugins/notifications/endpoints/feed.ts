import type { Endpoint, PayloadRequest } from 'payload'

import { isWellFormedId } from '../../../src/domain/well-formed-id'
import { translator } from '../../../src/domain/translate'
import { FEED_LIMIT, FEED_PATH, NOTIFICATIONS, READ_PATH } from '../constants'
import { adminPath } from '../rules/email-text'
import { mailItem } from '../tasks/mail'
import type { NotificationsTranslationKeys } from '../translations'
import type { Feed } from '../types'

const noStore = { 'Cache-Control': 'no-store' }

const refuse = (req: PayloadRequest, status: number, key: NotificationsTranslationKeys) =>
  Response.json(
    { errors: [{ message: translator<NotificationsTranslationKeys>(req.i18n)(key) }] },
    { headers: noStore, status },
  )

/** The user's latest notifications with the unread count, in the user's language. */
export const loadFeed = async (req: PayloadRequest, userId: number | string): Promise<Feed> => {
  const { payload } = req
  const own = { recipient: { equals: userId } }
  const t = translator<NotificationsTranslationKeys>(req.i18n)
  const [{ docs }, { totalDocs: unread }] = await Promise.all([
    payload.find({
      collection: NOTIFICATIONS,
      depth: 0,
      limit: FEED_LIMIT,
      overrideAccess: true,
      pagination: false,
      sort: '-createdAt',
      where: own,
    }),
    payload.count({
      collection: NOTIFICATIONS,
      overrideAccess: true,
      where: { and: [own, { readAt: { exists: false } }] },
    }),
  ])
  return {
    items: docs.map((doc) => {
      const item = mailItem(doc)
      const line = t(`notifications:kind-${doc.kind}`, { title: doc.title })
      return {
        at: doc.createdAt,
        href: adminPath(item, payload.config.routes.admin),
        id: doc.id,
        kind: doc.kind,
        read: !!doc.readAt,
        text: doc.detail ? `${line} ${doc.detail}` : line,
      }
    }),
    unread,
  }
}

/** `GET /api/notifications/feed`: what the bell shows, for the signed-in user only. */
export const feedEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'notifications:signIn')
    return Response.json(await loadFeed(req, req.user.id), { headers: noStore })
  },
  method: 'get',
  path: FEED_PATH,
}

const readBody = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return req.json ? await req.json() : null
  } catch {
    return null
  }
}

/**
 * `POST /api/notifications/read` with `{ "ids": [...] }` or `{ "all": true }`: marks the user's
 * own notifications read (others' ids change nothing) and answers the feed.
 */
export const readEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, 'notifications:signIn')
    const body = await readBody(req)
    const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
    const all = !!body && typeof body === 'object' && 'all' in body && body.all === true
    const given: unknown = body && typeof body === 'object' && 'ids' in body ? body.ids : undefined
    const ids = Array.isArray(given)
      ? given.filter((id): id is number | string => isWellFormedId(id, idType))
      : []
    const validIds =
      Array.isArray(given) && ids.length === given.length && ids.length > 0 && ids.length <= 100
    if (!all && !validIds) return refuse(req, 400, 'notifications:wrongRequest')
    await req.payload.update({
      collection: NOTIFICATIONS,
      data: { readAt: new Date().toISOString() },
      overrideAccess: true,
      req,
      where: {
        and: [
          { recipient: { equals: req.user.id } },
          { readAt: { exists: false } },
          ...(all ? [] : [{ id: { in: ids } }]),
        ],
      },
    })
    return Response.json(await loadFeed(req, req.user.id), { headers: noStore })
  },
  method: 'post',
  path: READ_PATH,
}
