import type { BipGate } from './bip-primacy'

export type PlannedState = {
  reason: null | string
  state: 'pending' | 'scheduled' | 'skipped' | 'waiting_for_bip'
}

/**
 * Where a new (or re-planned) delivery starts. Order matters: a channel that cannot work is skipped
 * for good, never queued to burst out later; a post not yet due is scheduled; public information
 * waits for its BIP entry; everything else is queued.
 */
export const planDelivery = (input: {
  gate: BipGate
  misconfiguration: null | string
  postState: string
}): PlannedState => {
  if (input.misconfiguration)
    return { reason: `Kanał nie jest skonfigurowany: ${input.misconfiguration}`, state: 'skipped' }
  if (input.postState === 'approved')
    return { reason: 'Czeka na termin publikacji wpisu.', state: 'scheduled' }
  if (!input.gate.ok) return { reason: input.gate.reason, state: 'waiting_for_bip' }
  return { reason: null, state: 'pending' }
}

/** States in which nothing has gone out yet and the plan may still change. */
export const REPLANNABLE = ['scheduled', 'waiting_for_bip', 'skipped'] as const
/** States that stop when the post is withdrawn before anything went out. */
export const CANCELLABLE = [
  'scheduled',
  'waiting_for_bip',
  'pending',
  'failed',
  'needs_action',
] as const
