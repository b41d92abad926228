import type { Payload } from 'payload'

import { hashIp } from '../../../src/domain/ip-hash'
import type { NewsletterSubscriber } from '../../../src/payload-types'
import { SUBSCRIBERS } from '../constants'
import { newsletterOptions } from '../context'
import { readSettings } from '../settings'
import { sendAlreadySubscribed, sendConfirmation } from './emails'
import { newsletterTexts } from '../translate'
import type { Preferences, SubscriberDoc } from '../types'
import { type FieldErrors, parseSubscription, type SubscribeInput } from './parse'
import { addressMayReceive, createWindowLimiter, IP_LIMIT } from './rate-limit'
import { findByConfirmToken, findByManageToken, newToken } from './tokens'

/** A confirmation link works for a week; an unconfirmed address is forgotten after that too. */
export const CONFIRMATION_VALID_MS = 7 * 24 * 3600_000

const ipLimiter = createWindowLimiter(IP_LIMIT.max, IP_LIMIT.windowMs)

export const unitIdsOf = async (payload: Payload) =>
  (
    await payload.find({
      collection: newsletterOptions(payload).collections.units,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      pagination: false,
      select: {}, // the id alone
    })
  ).docs.map((u) => (u as { id: number | string }).id)

/**
 * Checked preferences as the subscribers collection stores them. The plugin keeps unit ids of any
 * adapter (text on MongoDB) and categories as parsed text; the generated type has the SQLite ids
 * and the category list, so this is the one place the two are bridged.
 */
const storedPreferences = (preferences: Preferences) =>
  preferences as NewsletterSubscriber['preferences']

export type SubscribeResult = { errors: FieldErrors; ok: false; status: 400 | 429 } | { ok: true }

/**
 * The public subscribe action. Whether the address is new, pending or already confirmed, the
 * answer is the same (no enumeration); what differs is only the email its owner receives.
 */
export const subscribe = async (
  payload: Payload,
  input: SubscribeInput,
  client: { ip: string },
): Promise<SubscribeResult> => {
  const t = await newsletterTexts(payload)
  const parsed = parseSubscription(input, await unitIdsOf(payload), t)
  if (Object.keys(parsed.errors).length) return { errors: parsed.errors, ok: false, status: 400 }
  const ipHash = hashIp(payload.secret, client.ip)
  if (!ipLimiter(ipHash))
    return {
      errors: { email: t('newsletter:form-tooMany') },
      ok: false,
      status: 429,
    }

  const settings = await readSettings(payload)
  const now = new Date().toISOString()
  const existing = (
    await payload.find({
      collection: SUBSCRIBERS,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      showHiddenFields: true,
      where: { email: { equals: parsed.email } },
    })
  ).docs[0] as SubscriberDoc | undefined
  // One email per address per interval, whatever state it is in: nobody can flood someone's inbox.
  if (existing && !addressMayReceive(existing.confirmationSentAt)) return { ok: true }
  if (existing?.state === 'confirmed') {
    await payload.update({
      collection: SUBSCRIBERS,
      data: { confirmationSentAt: now },
      id: existing.id,
      overrideAccess: true,
    })
    await sendAlreadySubscribed(payload, existing)
    return { ok: true }
  }
  const data = {
    confirmationSentAt: now,
    confirmToken: newToken(),
    consent: { at: now, ipHash, source: 'form', textVersion: settings.consentVersion },
    email: parsed.email,
    preferences: storedPreferences(parsed.preferences),
    state: 'pending',
  } as const
  const saved: SubscriberDoc = existing
    ? await payload.update({
        collection: SUBSCRIBERS,
        data,
        id: existing.id,
        overrideAccess: true,
        showHiddenFields: true,
      })
    : await payload.create({
        collection: SUBSCRIBERS,
        data,
        overrideAccess: true,
        showHiddenFields: true,
      })
  await sendConfirmation(payload, saved)
  return { ok: true }
}

export type TokenOutcome = { ok: false; reason: string } | { ok: true; subscriber: SubscriberDoc }

/** A token that finds nobody: the answer in the install's language. */
const invalidLink = async (payload: Payload): Promise<TokenOutcome> => ({
  ok: false,
  reason: (await newsletterTexts(payload))('newsletter:link-invalid'),
})

export const confirmSubscription = async (
  payload: Payload,
  token: unknown,
): Promise<TokenOutcome> => {
  const sub = await findByConfirmToken<SubscriberDoc>(payload, token)
  if (!sub) return invalidLink(payload)
  if (sub.state === 'confirmed') return { ok: true, subscriber: sub }
  if (
    sub.state !== 'pending' ||
    !sub.confirmationSentAt ||
    Date.now() - new Date(sub.confirmationSentAt).getTime() > CONFIRMATION_VALID_MS
  ) {
    return {
      ok: false,
      reason: (await newsletterTexts(payload))('newsletter:link-expired'),
    }
  }
  const subscriber: SubscriberDoc = await payload.update({
    collection: SUBSCRIBERS,
    data: {
      confirmedAt: new Date().toISOString(),
      state: 'confirmed',
      unsubscribedAt: null,
    },
    id: sub.id,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return { ok: true, subscriber }
}

export const unsubscribe = async (payload: Payload, token: unknown): Promise<TokenOutcome> => {
  const sub = await findByManageToken<SubscriberDoc>(payload, token)
  if (!sub) return invalidLink(payload)
  if (sub.state === 'unsubscribed') return { ok: true, subscriber: sub }
  const subscriber: SubscriberDoc = await payload.update({
    collection: SUBSCRIBERS,
    data: { state: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
    id: sub.id,
    overrideAccess: true,
  })
  return { ok: true, subscriber }
}

export const updatePreferences = async (
  payload: Payload,
  token: unknown,
  input: SubscribeInput,
): Promise<TokenOutcome | { errors: FieldErrors; ok: false; reason: string }> => {
  const sub = await findByManageToken<SubscriberDoc>(payload, token)
  if (!sub) return invalidLink(payload)
  const parsed = parseSubscription(
    { ...input, consent: true, email: sub.email },
    await unitIdsOf(payload),
    await newsletterTexts(payload),
  )
  if (Object.keys(parsed.errors).length)
    return { errors: parsed.errors, ok: false, reason: Object.values(parsed.errors).join(' ') }
  const subscriber: SubscriberDoc = await payload.update({
    collection: SUBSCRIBERS,
    data: { preferences: storedPreferences(parsed.preferences) },
    id: sub.id,
    overrideAccess: true,
  })
  return { ok: true, subscriber }
}

/** RODO data minimisation: addresses never confirmed are deleted after the link expired. */
export const purgeUnconfirmed = async (payload: Payload, now = Date.now()) => {
  const before = new Date(now - CONFIRMATION_VALID_MS).toISOString()
  const { docs } = await payload.delete({
    collection: SUBSCRIBERS,
    overrideAccess: true,
    where: {
      and: [{ state: { equals: 'pending' } }, { confirmationSentAt: { less_than: before } }],
    },
  })
  return docs.length
}
