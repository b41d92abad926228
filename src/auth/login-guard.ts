import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  Endpoint,
  PayloadRequest,
} from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { clientIpFrom, hashIp } from '../client-ip'
import { say } from '../domain/labels'
import { LOGIN_LIMIT, loginWait, waitInMinutes } from '../domain/login-limit'
import { LOGIN_ATTEMPTS } from '../domain/slugs'

/** Where the login's attempt record waits in req.context until the login succeeds. */
const ATTEMPT = 'heroldLoginAttempt'

/**
 * Records an attempt of this client before anything is checked, then counts its attempts in the
 * window, this one included: of many parallel attempts the one inserted last sees all before it,
 * so no burst gets past the limit. A refused attempt is not kept (a client that keeps trying
 * waits out the window, no longer). Throws 429 with Retry-After when over the limit.
 */
export const admitClient = async (req: PayloadRequest): Promise<number | string> => {
  const { payload } = req
  const client = hashIp(payload.secret, clientIpFrom(req.headers))
  const now = Date.now()
  const since = new Date(now - LOGIN_LIMIT.windowMs).toISOString()
  // Outside any transaction of the request: the attempt counts even if the login's work is rolled back.
  await payload.db.deleteMany({ collection: LOGIN_ATTEMPTS, where: { at: { less_than: since } } })
  const attempt = await payload.db.create({
    collection: LOGIN_ATTEMPTS,
    data: { at: new Date(now).toISOString(), client },
  })
  const recent = await payload.db.find<{ at: string }>({
    collection: LOGIN_ATTEMPTS,
    limit: 1,
    sort: 'at',
    where: { and: [{ client: { equals: client } }, { at: { greater_than_equal: since } }] },
  })
  const oldest = recent.docs[0]
  const wait = loginWait(recent.totalDocs, oldest ? new Date(oldest.at) : null, now)
  if (wait === null) return attempt.id as number | string
  await payload.db.deleteOne({ collection: LOGIN_ATTEMPTS, where: { id: { equals: attempt.id } } })
  req.responseHeaders = new Headers({ 'Retry-After': String(wait) })
  const minutes = waitInMinutes(wait)
  throw new APIError(
    say(
      req,
      `Zbyt wiele nieudanych prób logowania z tego adresu. Spróbuj ponownie za ${minutes} min.`,
      `Too many failed sign-in attempts from this address. Try again in ${minutes} min.`,
    ),
    429,
  )
}

/**
 * Payload 3.90's current password hash (generatePasswordSaltHash: PBKDF2-SHA256, 600 000
 * iterations, 32 bytes), computed against a salt of no account: an unknown e-mail then takes as
 * long to refuse as a wrong password, and the time says nothing about who has an account.
 */
const HASH = { iterations: 600_000, keyLength: 32 }
const NO_ACCOUNT_SALT = randomBytes(32).toString('hex')
const hashAsForAnAccount = (password: string) =>
  promisify(pbkdf2)(password, NO_ACCOUNT_SALT, HASH.iterations, HASH.keyLength, 'sha256')

const loginData = (data: unknown) => {
  const { email, password } = (data ?? {}) as { email?: unknown; password?: unknown }
  return {
    email: typeof email === 'string' ? email.toLowerCase().trim() : '',
    password: typeof password === 'string' ? password : '',
  }
}

/**
 * Before a REST login (the admin's form uses it too): the client's limit, and the password hashed
 * for an unknown e-mail as it would be for a known one. The Local API (server code) is not a client.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login' || req.payloadAPI !== 'REST') return args
  req.context[ATTEMPT] = await admitClient(req)
  const { email, password } = loginData((args as { data?: unknown }).data)
  if (email && password.trim()) {
    const account = await req.payload.db.findOne({
      collection: collection.slug,
      select: { id: true },
      where: { email: { equals: email } },
    })
    if (!account) await hashAsForAnAccount(password)
  }
  return args
}

/** A password that proved right does not count against its client. */
export const forgetAttempt = (req: PayloadRequest, attempt: number | string) =>
  req.payload.db.deleteOne({ collection: LOGIN_ATTEMPTS, req, where: { id: { equals: attempt } } })

/** A successful login does not count against its client. */
export const forgetSuccessfulLogin: CollectionAfterLoginHook = async ({ req }) => {
  const attempt = req.context[ATTEMPT] as number | string | undefined
  if (attempt !== undefined) await forgetAttempt(req, attempt)
}

/**
 * POST /api/users/forgot-password in place of Payload's: the same answer at once for every
 * address, and the e-mail sent after it. Payload's own waits for the mail server only when the
 * account exists, and answers 500 for it when the mail server fails, which tells who has an
 * account. Each request counts against the client's limit, so it is no mail cannon either.
 */
export const forgotPasswordEndpoint = (collection: CollectionSlug): Endpoint => ({
  method: 'post',
  path: '/forgot-password',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    await admitClient(req)
    const { email } = loginData(req.data)
    if (!email)
      throw new APIError(say(req, 'Podaj adres e-mail.', 'Enter your e-mail address.'), 400)
    req.payload
      .forgotPassword({ collection, data: { email }, req })
      .catch((err: unknown) =>
        req.payload.logger.error({ err, msg: 'Password reset e-mail could not be sent' }),
      )
    return Response.json({ message: req.t('general:success') })
  },
})
