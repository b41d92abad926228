// The fan-out's texts through Payload's i18n: in a request's language, the install's, or Polish.
import type { LabelFunction, Payload } from 'payload'

import { installTranslator, translator } from '../../src/domain/translate'
import type { FanoutTranslationKeys } from './translations'
import { pl } from './translations/pl'

/** Translates one of the fan-out's keys. */
export type FanoutT = (key: FanoutTranslationKeys, vars?: Record<string, unknown>) => string

/** The fan-out's texts in a request's (or a server component's) language. */
export const fanoutT = (i18n: Parameters<typeof translator>[0]): FanoutT =>
  translator<FanoutTranslationKeys>(i18n)

/** The fan-out's texts in a request's language; Polish for a request made without one. */
export const requestT = (req: { i18n?: Parameters<typeof translator>[0] }): FanoutT =>
  req.i18n ? fanoutT(req.i18n) : polishT

/** The fan-out's texts in the install's language: the worker's, and those stored on records. */
export const installFanoutT = (payload: Pick<Payload, 'config'>): Promise<FanoutT> =>
  installTranslator<FanoutTranslationKeys>(payload)

/** The Polish texts, the default for pure rules called without a translator (as in unit tests). */
export const polishT: FanoutT = translator<FanoutTranslationKeys>({ translations: pl })

/** A field's or collection's label in the admin's language (Payload calls it with its `i18n`). */
export const fanoutLabel =
  (key: FanoutTranslationKeys): LabelFunction =>
  ({ i18n }) =>
    fanoutT(i18n)(key)

type PluralKey<K extends string> = K extends `${infer Base}:one` ? Base : never

const PL_PLURAL = new Intl.PluralRules('pl')

/**
 * A count with its noun: the key's `one`, `few` or `many` form by Polish plural rules
 * (1 link, 2 linki, 5 linków, 22 linki); the English texts fill the same three forms. Not
 * Payload's `_one`/`_many` suffixes: it picks them by ranges that do not fit Polish.
 */
export const plural = (t: FanoutT, key: PluralKey<FanoutTranslationKeys>, n: number) => {
  const category = PL_PLURAL.select(n)
  const form = category === 'one' || category === 'few' ? category : 'many'
  return t(`${key}:${form}` as const, { n })
}
