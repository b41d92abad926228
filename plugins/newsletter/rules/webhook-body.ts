import type { NewsletterTranslationKeys } from '../translations'
import { kindOfStatus, type BounceReport } from './bounce-report'

/**
 * The body a provider posts (documented in the README):
 * `{ type: 'bounce' | 'complaint', email, status?, diagnostic?, messageId? }`; `status` is the
 * RFC 3463 code ("5.1.1") and is required for a bounce. Read into the same report as a mail.
 */
export type BounceWebhook = {
  email: string
  messageId: null | string
  report: Exclude<BounceReport, { type: 'unknown' }>
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/
const text = (value: unknown, limit: number) =>
  typeof value === 'string' ? value.trim().slice(0, limit) : ''

export const parseBounceWebhook = (
  raw: string,
): { error: NewsletterTranslationKeys; ok: false } | { ok: true; value: BounceWebhook } => {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return { error: 'newsletter:bounce-webhookJson', ok: false }
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { error: 'newsletter:bounce-webhookJson', ok: false }
  const input = body as Record<string, unknown>
  if (input.type !== 'bounce' && input.type !== 'complaint')
    return { error: 'newsletter:bounce-webhookType', ok: false }
  const email = text(input.email, 320).toLowerCase()
  if (!EMAIL.test(email)) return { error: 'newsletter:bounce-webhookEmail', ok: false }
  const messageId = text(input.messageId, 300) || null
  if (input.type === 'complaint')
    return {
      ok: true,
      value: {
        email,
        messageId,
        report: { feedbackType: 'abuse', recipient: email, type: 'complaint' },
      },
    }
  const status = text(input.status, 20)
  if (!/^[245]\.\d{1,3}\.\d{1,3}$/.test(status))
    return { error: 'newsletter:bounce-webhookStatus', ok: false }
  const diagnostic = text(input.diagnostic, 400)
  return {
    ok: true,
    value: {
      email,
      messageId,
      report: {
        kind: kindOfStatus(status, diagnostic),
        recipient: email,
        reply: `${status} ${diagnostic}`.trim(),
        type: 'bounce',
      },
    },
  }
}
