import type { Payload } from 'payload'

import type { ResolvedNewsletterOptions } from './types'

/** A global symbol: every copy of this module (server bundles, the worker) finds the same options. */
const KEY = Symbol.for('herold.newsletter')

/** The plugin's options, kept on the Payload instance when it starts. */
export const setNewsletterContext = (payload: Payload, options: ResolvedNewsletterOptions) => {
  Reflect.set(payload, KEY, options)
}

export const newsletterOptions = (payload: Payload): ResolvedNewsletterOptions => {
  const options = Reflect.get(payload, KEY) as ResolvedNewsletterOptions | undefined
  if (!options) throw new Error('The newsletter plugin is not initialised on this Payload instance')
  return options
}
