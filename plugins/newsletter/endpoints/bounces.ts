import type { Endpoint } from 'payload'

import { applyBounceReport } from '../bounces/apply'
import { SUBSCRIBERS } from '../constants'
import { newsletterOptions } from '../context'
import { parseBounceWebhook } from '../rules/webhook-body'
import { verifyBounceWebhook } from '../rules/webhook-signature'
import { newsletterTexts } from '../translate'
import { json } from './request'

/**
 * Bounces and complaints posted by a mail provider, signed with the shared secret (see
 * rules/webhook-signature.ts). A report for an address that is not subscribed is accepted and
 * changes nothing, so the provider does not retry it forever.
 */
export const bounceEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      const t = await newsletterTexts(req.payload)
      const secret = newsletterOptions(req.payload).bounces.webhookSecret()
      if (!secret) return json({ error: t('newsletter:bounce-webhookOff') }, 404)
      const body = (await req.text?.()) ?? ''
      const signed = verifyBounceWebhook({
        body,
        now: new Date(),
        secret,
        signature: req.headers.get('x-herold-signature'),
        timestamp: req.headers.get('x-herold-timestamp'),
      })
      if (!signed) return json({ error: t('newsletter:bounce-webhookSignature') }, 401)
      const parsed = parseBounceWebhook(body)
      if (!parsed.ok) return json({ error: t(parsed.error) }, 400)
      const { email, messageId, report } = parsed.value
      const { docs } = await req.payload.db.find<{ id: number | string }>({
        collection: SUBSCRIBERS,
        limit: 1,
        pagination: false,
        where: { email: { equals: email } },
      })
      const subscriber = docs[0]
      if (!subscriber) return json({ decision: null })
      const source = `${t('newsletter:bounce-sourceWebhook')}${messageId ? ` (Message-ID ${messageId})` : ''}`
      return json({ decision: await applyBounceReport(req.payload, subscriber.id, report, source) })
    },
    method: 'post',
    path: '/newsletter/bounces',
  },
]
