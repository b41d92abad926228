import type { Payload } from 'payload'

import type { Channel, ChannelSlug } from '../channels/types'
import type { ResolvedOptions } from '../options'

/** What the engine needs, built once by the plugin and kept on the Payload instance. */
export type FanoutContext = {
  channels: Partial<Record<ChannelSlug, Channel>>
  options: ResolvedOptions
}

// A registry symbol, not a module-level WeakMap: Next.js may load this module more than once, and
// every copy must find the context. Payload's type has no symbol keys, hence the casts below.
const KEY = Symbol.for('herold.fanout')

export const setFanoutContext = (payload: Payload, ctx: FanoutContext) => {
  ;(payload as unknown as Record<symbol, FanoutContext>)[KEY] = ctx
}

export const fanoutContext = (payload: Payload): FanoutContext => {
  const ctx = (payload as unknown as Record<symbol, FanoutContext | undefined>)[KEY]
  if (!ctx) throw new Error('The fan-out plugin is not initialised on this Payload instance')
  return ctx
}

/** The plugin's resolved options (Graph API settings, the site's address) for code outside it. */
export const fanoutOptions = (payload: Payload): ResolvedOptions => fanoutContext(payload).options

/** The context when the plugin is initialised on this instance (a bare script may not have it). */
export const fanoutContextIfAny = (payload: Payload): FanoutContext | undefined =>
  (payload as unknown as Record<symbol, FanoutContext | undefined>)[KEY]
