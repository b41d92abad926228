import type { Payload } from 'payload'

import { SUBSCRIBERS } from '../constants'
import type { BounceReport } from '../rules/bounce-report'
import { recordHardBounce, recordReport, recordSoftBounce } from '../sending/subscriber-bounces'
import { newsletterTexts } from '../translate'
import type { SubscriberDoc } from '../types'

export type Applied = 'complaint' | 'gone' | 'hard' | 'ignored' | 'soft'
type Known = Exclude<BounceReport, { type: 'unknown' }>

/** Only an address still getting (or about to get) the newsletter changes state because of a report. */
const receiving = (state: SubscriberDoc['state']) => state === 'confirmed' || state === 'pending'

/**
 * Writes what a later report (from the bounce mailbox or a provider) decides into the
 * subscriber's history, with where it came from (`source`): a hard bounce ends the subscription,
 * a soft one counts as a day without delivery, a complaint unsubscribes at once, a refusal about
 * our sending changes nothing. Returns what was decided; `gone` when the subscriber no longer
 * exists (erased on request), which leaves nothing to write.
 */
export const applyBounceReport = async (
  payload: Payload,
  subscriberId: number | string,
  report: Known,
  source: string,
  at = new Date(),
): Promise<Applied> => {
  const subscriber = (await payload.db.findOne({
    collection: SUBSCRIBERS,
    where: { id: { equals: subscriberId } },
  })) as null | Pick<SubscriberDoc, 'id' | 'state'>
  if (!subscriber) return 'gone'
  const t = await newsletterTexts(payload)
  const note = (kind: 'complaint' | 'ignored', decision: string, reply: null | string, data = {}) =>
    recordReport(
      payload,
      subscriber.id,
      { at, decision: `${decision} ${source}`, kind, reply },
      data,
    )

  if (report.type === 'complaint') {
    const reply = `Feedback-Type: ${report.feedbackType}`
    if (!receiving(subscriber.state))
      await note('complaint', t('newsletter:bounce-complaintAlreadyOff'), reply)
    else
      await note('complaint', t('newsletter:bounce-complaint'), reply, {
        state: 'unsubscribed',
        unsubscribedAt: at.toISOString(),
      })
    return 'complaint'
  }
  if (report.kind === 'ignored') {
    await note('ignored', t('newsletter:bounce-notAboutAddress'), report.reply)
    return 'ignored'
  }
  if (!receiving(subscriber.state)) {
    await note('ignored', t('newsletter:bounce-alreadyOff'), report.reply)
    return 'ignored'
  }
  if (report.kind === 'hard') {
    await recordHardBounce(payload, subscriber.id, at, report.reply, source)
    return 'hard'
  }
  return (await recordSoftBounce(payload, subscriber.id, at, report.reply, source))
    ? 'hard'
    : 'soft'
}
