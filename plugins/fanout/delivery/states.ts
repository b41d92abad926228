// The states of a delivery, and where a new or re-planned delivery starts among them.
import { bothLanguages, type FanoutT, polishT } from '../i18n'
import type { BipGate } from '../rules/bip-primacy'
import type { FanoutTranslationKeys } from '../translations'

/** States of a delivery, shared by the collection and the admin panel. */
export const DELIVERY_STATES = [
  { label: bothLanguages((f) => f.label.waitingForBip), value: 'waiting_for_bip' },
  { label: bothLanguages((f) => f.label.scheduled), value: 'scheduled' },
  { label: bothLanguages((f) => f.label.pending), value: 'pending' },
  { label: bothLanguages((f) => f.label.sending), value: 'sending' },
  { label: bothLanguages((f) => f.label.stateSent), value: 'sent' },
  { label: bothLanguages((f) => f.label.failed), value: 'failed' },
  { label: bothLanguages((f) => f.label.needsAction), value: 'needs_action' },
  { label: bothLanguages((f) => f.label.skipped), value: 'skipped' },
] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]['value']

const STATE_KEYS: Record<DeliveryState, FanoutTranslationKeys> = {
  failed: 'fanout:label:failed',
  needs_action: 'fanout:label:needsAction',
  pending: 'fanout:label:pending',
  scheduled: 'fanout:label:scheduled',
  sending: 'fanout:label:sending',
  sent: 'fanout:label:stateSent',
  skipped: 'fanout:label:skipped',
  waiting_for_bip: 'fanout:label:waitingForBip',
}

const isDeliveryState = (value: string): value is DeliveryState =>
  DELIVERY_STATES.some((s) => s.value === value)

/** A state's name said with `t` (an unknown value as it is). */
export const deliveryStateName = (value: string, t: FanoutT) =>
  isDeliveryState(value) ? t(STATE_KEYS[value]) : value

/** States in which nothing has gone out yet and the plan may still change. */
export const REPLANNABLE: readonly DeliveryState[] = ['scheduled', 'waiting_for_bip', 'skipped']
/** States that stop when the post is withdrawn before anything went out. */
export const CANCELLABLE: readonly DeliveryState[] = [
  'scheduled',
  'waiting_for_bip',
  'pending',
  'failed',
  'needs_action',
]

export type PlannedState = {
  reason: null | string
  state: Extract<DeliveryState, 'pending' | 'scheduled' | 'skipped' | 'waiting_for_bip'>
}

/**
 * Where a new (or re-planned) delivery starts. Order matters: a channel that cannot work is skipped
 * for good, never queued to burst out later; a post not yet due is scheduled; public information
 * waits for its BIP entry; everything else is queued.
 */
export const planDelivery = (
  input: { gate: BipGate; misconfiguration: null | string; postState: string },
  t: FanoutT = polishT,
): PlannedState => {
  if (input.misconfiguration)
    return {
      reason: t('fanout:notConfigured', { problem: input.misconfiguration }),
      state: 'skipped',
    }
  if (input.postState === 'approved')
    return { reason: t('fanout:reasonWaitingForPublication'), state: 'scheduled' }
  if (!input.gate.ok) return { reason: input.gate.reason, state: 'waiting_for_bip' }
  return { reason: null, state: 'pending' }
}
