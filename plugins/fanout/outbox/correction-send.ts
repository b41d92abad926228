// The worker's side of a correction: which copy it corrects, and the copy it sends.
import type { Payload } from 'payload'

import type { Channel, ChannelContext, Published, RenderedCopy } from '../channels/types'
import type { Delivery } from '../delivery/types'
import type { FanoutT } from '../i18n'
import type { CorrectionAction } from '../rules/correction-actions'
import { findDeliveries } from './store'

/** What a channel needs to correct its copy: the action and the copy already out. */
export type CorrectionTarget = {
  action: CorrectionAction
  original: { externalId: null | string; url: null | string }
}

/** The key of the delivery a correction's delivery corrects (see `planCorrectionDeliveries`). */
export const originalKeyOf = (key: string) => key.split(':correction:')[0]

export const correctionTargetOf = async (
  payload: Payload,
  delivery: Pick<Delivery, 'correctionAction' | 'key'>,
): Promise<CorrectionTarget | null> => {
  if (!delivery.correctionAction) return null
  const [original] = await findDeliveries(payload, { key: { equals: originalKeyOf(delivery.key) } })
  return {
    action: delivery.correctionAction,
    original: { externalId: original?.externalId ?? null, url: original?.externalUrl ?? null },
  }
}

/**
 * A post sent again as a correction (the Page cannot change a post's photos) starts with
 * "Sprostowanie:", in its text and in what the worker looks for after an unknown outcome.
 */
export const correctionCopy = (copy: RenderedCopy, target: CorrectionTarget, t: FanoutT) => {
  if (target.action !== 'repost') return copy
  const prefix = t('fanout:correction:prefix')
  const message = copy.payload.message
  return {
    payload: { ...copy.payload, message: `${prefix} ${String(message ?? copy.text)}` },
    text: `${prefix} ${copy.text}`,
  }
}

/** Sends a new copy, or corrects the one already out. */
export const sendCopy = (
  channel: Channel,
  copy: RenderedCopy,
  ctx: ChannelContext,
  target: CorrectionTarget | null,
): Promise<Published> => {
  if (!target) return channel.publish(copy, ctx)
  if (!channel.correct) throw new Error(`${channel.slug}: no corrections`)
  return channel.correct(copy, { ...ctx, ...target })
}
