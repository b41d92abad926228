// The fan-out's texts through Payload's i18n, in a given language or Polish. Client-safe: nothing
// of `payload` at runtime (the install's language is in `i18n-server.ts`).
import type { GenericTranslationsObject } from '@payloadcms/translations'

import { pluralForm } from '../../src/domain/plural'
import { labels, translator } from '../../src/domain/translate'
import type { FanoutTranslationKeys } from './translations'
import { en } from './translations/en'
import { pl } from './translations/pl'

type WithTranslations = { translations: GenericTranslationsObject }

/** Translates one of the fan-out's keys. */
export type FanoutT = (key: FanoutTranslationKeys, vars?: Record<string, unknown>) => string

/** The fan-out's texts in the language of an `i18n` (a request's, a component's). */
export const fanoutT = (i18n: WithTranslations): FanoutT => translator<FanoutTranslationKeys>(i18n)

/** The fan-out's texts in a request's language; Polish for a request made without one. */
export const requestT = (req: { i18n?: WithTranslations }): FanoutT =>
  req.i18n ? fanoutT(req.i18n) : polishT

/** The Polish texts, the default for pure rules called without a translator (as in unit tests). */
export const polishT: FanoutT = fanoutT({ translations: pl })

/** A field's or collection's label in the admin's language (Payload calls it with its `i18n`). */
export const fanoutLabel = labels<FanoutTranslationKeys>()

/** An option whose label is said in the admin's language. */
export const fanoutOption = <V extends string>(value: V, key: FanoutTranslationKeys) => ({
  label: fanoutLabel(key),
  value,
})

/**
 * Both languages' text of a label where Payload takes no function (a collection's group and
 * description, a ui field) or where options are read as `{ pl, en }` (account states by the audit
 * plugin, delivery states by the deliveries panel).
 */
export const bothLanguages = (pick: (texts: typeof pl.fanout) => string) => ({
  en: pick(en.fanout),
  pl: pick(pl.fanout),
})

type PluralKey<K extends string> = K extends `${infer Base}:one` ? Base : never

/**
 * A count with its noun: the key's `one`, `few` or `many` form by Polish plural rules
 * (1; 2–4, 22–24 but not 12–14; 0 and 5+); the English texts fill the same three forms. Not
 * Payload's `_one`/`_many` suffixes: it picks them by ranges that do not fit Polish.
 */
export const plural = (t: FanoutT, key: PluralKey<FanoutTranslationKeys>, n: number) =>
  t(`${key}:${pluralForm(n)}` as const, { n })
