import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import { SUBSCRIBERS } from '../constants'

/** 32 random bytes: a token nobody can guess or enumerate, short enough for a link. */
const TOKEN_BYTES = 32

/** base64url of 32 bytes is always 43 characters of [A-Za-z0-9_-]. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

export const newToken = () => randomBytes(TOKEN_BYTES).toString('base64url')

/** Anything else (too short, other characters, an array from a crafted query) is refused before a query. */
export const isTokenShaped = (value: unknown): value is string =>
  typeof value === 'string' && TOKEN_SHAPE.test(value)

export type TokenField = 'confirmToken' | 'manageToken'

/**
 * The subscriber a link's token belongs to, with every field (tokens included: this runs on the
 * server only), or null for a malformed or unknown token.
 */
export const findByToken = async <T = Record<string, unknown>>(
  payload: Payload,
  field: TokenField,
  token: unknown,
): Promise<null | T> => {
  if (!isTokenShaped(token)) return null
  const { docs } = await payload.find({
    collection: SUBSCRIBERS,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { [field]: { equals: token } },
  })
  return (docs[0] as T | undefined) ?? null
}

export const findByManageToken = <T = Record<string, unknown>>(payload: Payload, token: unknown) =>
  findByToken<T>(payload, 'manageToken', token)
export const findByConfirmToken = <T = Record<string, unknown>>(payload: Payload, token: unknown) =>
  findByToken<T>(payload, 'confirmToken', token)
