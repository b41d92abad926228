import type { Payload } from 'payload'

import { hashIp } from '../../../src/client-ip'
import { CATEGORIES } from '../../../src/domain/taxonomy'
import { fanoutContext } from '../engine/context'
import { isValidEmail, normalizeEmail } from './email-address'
import { link, paragraph, renderEmail } from './email-layout'
import { addressMayReceive, createWindowLimiter, IP_LIMIT } from './rate-limit'
import { readSettings } from './settings'
import { SUBSCRIBERS } from './constants'
import { findByConfirmToken, findByManageToken, newToken } from './tokens'
import { senderName } from './sender-name'

export type Preferences = {
  categories: string[]
  digest: 'daily' | 'off' | 'weekly'
  units: (number | string)[]
  urgentAlerts: boolean
}
export type SubscriberDoc = {
  confirmationSentAt?: null | string
  confirmToken?: null | string
  email: string
  id: number | string
  manageToken?: null | string
  preferences?: Partial<Preferences> & {
    units?: ({ id: number | string } | number | string)[] | null
  }
  state: 'bounced' | 'confirmed' | 'pending' | 'unsubscribed'
}

/** A confirmation link works for a week; an unconfirmed address is forgotten after that too. */
export const CONFIRMATION_VALID_MS = 7 * 24 * 3600_000

// The check matches what the subscribers' email field stores, so the form's message is the one residents see.
export { isValidEmail, normalizeEmail }

export type SubscribeInput = {
  categories?: unknown
  consent?: unknown
  digest?: unknown
  email?: unknown
  units?: unknown
  urgentAlerts?: unknown
}
export type FieldErrors = Partial<Record<'consent' | 'email' | 'preferences', string>>

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null || value === '' ? [] : [value]).map(String)
const truthy = (value: unknown) =>
  value === true || value === 'on' || value === 'true' || value === '1'

/** Validates what the form sent; unknown units or categories are refused rather than dropped. */
export const parseSubscription = (
  input: SubscribeInput,
  unitIds: (number | string)[],
): { email: string; errors: FieldErrors; preferences: Preferences } => {
  const errors: FieldErrors = {}
  const email = normalizeEmail(input.email)
  if (!email) errors.email = 'Podaj adres e-mail.'
  else if (!isValidEmail(email))
    errors.email = 'To nie wygląda na adres e-mail. Sprawdź, czy ma postać nazwa@domena.pl.'
  if (!truthy(input.consent))
    errors.consent = 'Zaznacz zgodę – bez niej nie możemy wysyłać wiadomości.'
  const categories = list(input.categories)
  // Ids arrive as text from forms; the relationship wants them as the database has them (numbers on SQL).
  const units = list(input.units).map((u) => unitIds.find((id) => String(id) === u) ?? u)
  const digest = (
    typeof input.digest === 'string' ? input.digest : 'weekly'
  ) as Preferences['digest']
  if (
    categories.some((c) => !CATEGORIES.some((k) => k.value === c)) ||
    units.some((u) => !unitIds.some((id) => String(id) === String(u))) ||
    !['daily', 'off', 'weekly'].includes(digest)
  ) {
    errors.preferences =
      'Wybrano nieznaną jednostkę, kategorię lub częstotliwość. Odśwież stronę i wybierz ponownie.'
  }
  const urgentAlerts = input.urgentAlerts === undefined ? false : truthy(input.urgentAlerts)
  if (!errors.preferences && digest === 'off' && !urgentAlerts)
    errors.preferences = 'Wybierz wydanie zbiorcze albo pilne komunikaty – inaczej nie wyślemy nic.'
  return { email, errors, preferences: { categories, digest, units, urgentAlerts } }
}

const ipLimiter = createWindowLimiter(IP_LIMIT.max, IP_LIMIT.windowMs)

export const unitIdsOf = async (payload: Payload) =>
  (
    await payload.find({
      collection: fanoutContext(payload).options.collections.units,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      pagination: false,
      select: { id: true } as never,
    })
  ).docs.map((u) => (u as { id: number | string }).id)

const links = (payload: Payload, sub: Pick<SubscriberDoc, 'confirmToken' | 'manageToken'>) => {
  const { siteUrl } = fanoutContext(payload).options
  return {
    confirm: `${siteUrl}/newsletter/potwierdz/${sub.confirmToken}`,
    preferences: `${siteUrl}/newsletter/preferencje/${sub.manageToken}`,
    unsubscribe: `${siteUrl}/newsletter/wypisz/${sub.manageToken}`,
  }
}

const sendConfirmation = async (payload: Payload, sub: SubscriberDoc) => {
  const l = links(payload, sub)
  const name = await senderName(payload)
  const mail = renderEmail({
    blocks: [
      paragraph(
        'Ktoś – zapewne Ty – zapisał ten adres do newslettera gminy. Aby zacząć otrzymywać wiadomości, potwierdź zapis:',
      ),
      link('Potwierdzam zapis do newslettera', l.confirm),
      paragraph(
        'Link działa przez 7 dni. Jeśli to nie Ty, zignoruj tę wiadomość: bez potwierdzenia nie wyślemy nic więcej, a adres usuniemy.',
      ),
    ],
    footer: [paragraph(`Wiadomość wysłał serwis informacyjny: ${name}.`)],
    senderName: name,
    title: 'Potwierdź zapis do newslettera',
  })
  await payload.sendEmail({
    html: mail.html,
    subject: `Potwierdź zapis do newslettera – ${name}`,
    text: mail.text,
    to: sub.email,
  })
}

const sendAlreadySubscribed = async (payload: Payload, sub: SubscriberDoc) => {
  const l = links(payload, sub)
  const name = await senderName(payload)
  const mail = renderEmail({
    blocks: [
      paragraph('Ten adres jest już zapisany do newslettera gminy, więc niczego nie zmieniliśmy.'),
      link('Zmień ustawienia subskrypcji', l.preferences),
      link('Wypisz się', l.unsubscribe),
      paragraph('Jeśli to nie Ty próbowałeś się zapisać, nic nie musisz robić.'),
    ],
    footer: [paragraph(`Wiadomość wysłał serwis informacyjny: ${name}.`)],
    senderName: name,
    title: 'Już jesteś zapisany',
  })
  await payload.sendEmail({
    html: mail.html,
    subject: `Newsletter – ${name}: adres jest już zapisany`,
    text: mail.text,
    to: sub.email,
  })
}

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
  const parsed = parseSubscription(input, await unitIdsOf(payload))
  if (Object.keys(parsed.errors).length) return { errors: parsed.errors, ok: false, status: 400 }
  const ipHash = hashIp(payload.secret, client.ip)
  if (!ipLimiter(ipHash))
    return {
      errors: {
        email: 'Zbyt wiele prób z tego adresu sieciowego. Spróbuj ponownie za kilkanaście minut.',
      },
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
      data: { confirmationSentAt: now } as never,
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
    preferences: parsed.preferences,
    state: 'pending',
  }
  const saved = (existing
    ? await payload.update({
        collection: SUBSCRIBERS,
        data: data as never,
        id: existing.id,
        overrideAccess: true,
        showHiddenFields: true,
      })
    : await payload.create({
        collection: SUBSCRIBERS,
        data: data as never,
        overrideAccess: true,
        showHiddenFields: true,
      })) as unknown as SubscriberDoc
  await sendConfirmation(payload, saved)
  return { ok: true }
}

export type TokenOutcome = { ok: false; reason: string } | { ok: true; subscriber: SubscriberDoc }

const INVALID_LINK =
  'Ten link jest nieprawidłowy albo już nieaktualny. Zapisz się ponownie na stronie newslettera.'

export const confirmSubscription = async (
  payload: Payload,
  token: unknown,
): Promise<TokenOutcome> => {
  const sub = await findByConfirmToken<SubscriberDoc>(payload, token)
  if (!sub) return { ok: false, reason: INVALID_LINK }
  if (sub.state === 'confirmed') return { ok: true, subscriber: sub }
  if (
    sub.state !== 'pending' ||
    !sub.confirmationSentAt ||
    Date.now() - new Date(sub.confirmationSentAt).getTime() > CONFIRMATION_VALID_MS
  ) {
    return {
      ok: false,
      reason: 'Link potwierdzający wygasł (działa 7 dni). Zapisz się ponownie – wyślemy nowy.',
    }
  }
  const subscriber = (await payload.update({
    collection: SUBSCRIBERS,
    data: {
      confirmedAt: new Date().toISOString(),
      state: 'confirmed',
      unsubscribedAt: null,
    } as never,
    id: sub.id,
    overrideAccess: true,
    showHiddenFields: true,
  })) as unknown as SubscriberDoc
  return { ok: true, subscriber }
}

export const unsubscribe = async (payload: Payload, token: unknown): Promise<TokenOutcome> => {
  const sub = await findByManageToken<SubscriberDoc>(payload, token)
  if (!sub) return { ok: false, reason: INVALID_LINK }
  if (sub.state === 'unsubscribed') return { ok: true, subscriber: sub }
  const subscriber = (await payload.update({
    collection: SUBSCRIBERS,
    data: { state: 'unsubscribed', unsubscribedAt: new Date().toISOString() } as never,
    id: sub.id,
    overrideAccess: true,
  })) as unknown as SubscriberDoc
  return { ok: true, subscriber }
}

export const updatePreferences = async (
  payload: Payload,
  token: unknown,
  input: SubscribeInput,
): Promise<TokenOutcome | { errors: FieldErrors; ok: false; reason: string }> => {
  const sub = await findByManageToken<SubscriberDoc>(payload, token)
  if (!sub) return { ok: false, reason: INVALID_LINK }
  const parsed = parseSubscription(
    { ...input, consent: true, email: sub.email },
    await unitIdsOf(payload),
  )
  if (Object.keys(parsed.errors).length)
    return { errors: parsed.errors, ok: false, reason: Object.values(parsed.errors).join(' ') }
  const subscriber = (await payload.update({
    collection: SUBSCRIBERS,
    data: { preferences: parsed.preferences } as never,
    id: sub.id,
    overrideAccess: true,
  })) as unknown as SubscriberDoc
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
