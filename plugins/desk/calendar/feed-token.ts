import type { Payload, TypedUser } from 'payload'

import { createHash, randomBytes } from 'node:crypto'

import { USERS } from '../../../src/domain/slugs'
import { FEED_TOKEN_FIELD } from '../constants'

/** What is stored of a token: its SHA-256 (a 256-bit random token needs no slow hash). */
export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** A token is 43 characters of base64url; anything else is no token of ours. */
const TOKEN = /^[\w-]{43}$/

/** Sets a new feed token for the user (the previous one stops working) and returns it once. */
export const issueFeedToken = async (payload: Payload, userId: number | string) => {
  const token = randomBytes(32).toString('base64url')
  await setHash(payload, userId, hashFeedToken(token))
  return token
}

/** Revokes the user's feed: its address answers 404 from now on. */
export const revokeFeedToken = (payload: Payload, userId: number | string) =>
  setHash(payload, userId, null)

// The user acts on their own account only: the endpoint passes the signed-in user's id.
const setHash = (payload: Payload, id: number | string, hash: null | string) =>
  payload.update({
    collection: USERS,
    data: { [FEED_TOKEN_FIELD]: hash },
    depth: 0,
    id,
    overrideAccess: true,
  })

/** Whether the user has a feed address now. */
export const hasFeedToken = async (payload: Payload, userId: number | string) => {
  const user = await payload.findByID({
    collection: USERS,
    depth: 0,
    disableErrors: true,
    id: userId,
    overrideAccess: true,
    select: { [FEED_TOKEN_FIELD]: true },
    showHiddenFields: true,
  })
  return !!user?.[FEED_TOKEN_FIELD]
}

/** The user a feed token belongs to, or null for a token revoked, replaced or never issued. */
export const userOfFeedToken = async (
  payload: Payload,
  token: unknown,
): Promise<null | TypedUser> => {
  if (typeof token !== 'string' || !TOKEN.test(token)) return null
  const found = await payload.find({
    collection: USERS,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { [FEED_TOKEN_FIELD]: { equals: hashFeedToken(token) } },
  })
  const user = found.docs[0]
  return user ? { ...user, collection: USERS } : null
}
