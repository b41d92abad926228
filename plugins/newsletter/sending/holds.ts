import type { Payload, Where } from 'payload'

import { CAMPAIGNS } from '../constants'
import { newsletterOptions } from '../context'
import { SMTP_RECHECK_MS } from '../defaults'
import type { CampaignDoc } from '../types'
import { restartChain } from './chain'
import { classifySmtpFailure } from './smtp-outcome'

/** Campaigns nobody worked on for a lease (their job died with its worker) get a new batch job. */
export const resumeStalledCampaigns = async (payload: Payload, now = Date.now()) => {
  const stalled = (
    await payload.db.find<Pick<CampaignDoc, 'id' | 'kind'>>({
      collection: CAMPAIGNS,
      limit: 100,
      pagination: false,
      where: {
        and: [
          { state: { equals: 'sending' } },
          {
            heartbeatAt: {
              less_than: new Date(now - newsletterOptions(payload).sending.leaseMs).toISOString(),
            },
          },
        ],
      },
    })
  ).docs
  for (const c of stalled) await restartChain(payload, c, {})
  return stalled.length
}

/**
 * Campaigns the mail server stopped (`needs_action`) whose check is due (or all of them, when
 * staff ask): when the server takes us again (nodemailer's verify: connection, greeting, TLS,
 * login) each goes on where it stopped; otherwise the server's answer is kept and checked again
 * later. A refusal verify cannot see (relaying) stops the resumed campaign again at its first
 * messages, unsent and uncounted, until it is fixed.
 */
export const resumeHeldCampaigns = async (
  payload: Payload,
  options: { now?: number; whenever?: boolean } = {},
) => {
  const now = options.now ?? Date.now()
  const due: Where = options.whenever
    ? { state: { equals: 'needs_action' } }
    : {
        and: [
          { state: { equals: 'needs_action' } },
          {
            or: [
              { 'hold.checkAt': { exists: false } },
              { 'hold.checkAt': { less_than_equal: new Date(now).toISOString() } },
            ],
          },
        ],
      }
  const held = (
    await payload.db.find<Pick<CampaignDoc, 'hold' | 'id' | 'kind'>>({
      collection: CAMPAIGNS,
      limit: 100,
      pagination: false,
      where: due,
    })
  ).docs
  if (!held.length) return { held: 0, refusal: null, resumed: 0 }
  try {
    await newsletterOptions(payload).smtp.verify()
  } catch (error) {
    const refusal = classifySmtpFailure(error).reply
    const checkAt = new Date(now + SMTP_RECHECK_MS).toISOString()
    for (const c of held)
      await payload.db.updateOne({
        collection: CAMPAIGNS,
        data: { hold: { ...c.hold, checkAt, reason: refusal } },
        id: c.id,
        returning: false,
      })
    return { held: held.length, refusal, resumed: 0 }
  }
  for (const c of held)
    await restartChain(payload, c, {
      hold: { checkAt: null, reason: null, since: null },
      state: 'sending',
    })
  return { held: held.length, refusal: null, resumed: held.length }
}
