import type { Payload } from 'payload'

import { newsletterOptions } from '../context'
import { readBounceReport } from '../rules/bounce-report'
import { findVerpToken } from '../rules/verp'
import { newsletterTexts } from '../translate'
import { type Applied, applyBounceReport } from './apply'
import { verpKey } from './key'

/**
 * One mail of the bounce mailbox: a report about a message of ours, recognised by the signed VERP
 * address it carries (the bounce's To or Delivered-To, the returned message's Return-Path, the
 * abuse report's Original-Mail-From), is applied to its subscriber; anything else is unrecognised
 * and left for a person to look at.
 */
export const handleBounceMail = async (
  payload: Payload,
  raw: string,
  at = new Date(),
): Promise<Applied | 'unrecognised'> => {
  const address = newsletterOptions(payload).bounces.address
  if (!address) return 'unrecognised'
  const report = readBounceReport(raw)
  if (report.type === 'unknown') return 'unrecognised'
  const token = findVerpToken(verpKey(payload), address, raw)
  if (!token) return 'unrecognised'
  const t = await newsletterTexts(payload)
  const source = t('newsletter:bounce-sourceMailbox', { message: token.message })
  const subscriber = /^\d+$/.test(token.subscriber) ? Number(token.subscriber) : token.subscriber
  return applyBounceReport(payload, subscriber, report, source, at)
}
