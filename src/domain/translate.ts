import type { GenericTranslationsObject } from '@payloadcms/translations'

import type { LabelFunction, SanitizedConfig } from 'payload'

import { t } from '@payloadcms/translations'
import { getLocalI18n } from 'payload'

/**
 * `t` for the app's and the plugins' own translation keys in server code, in the language of the
 * given `i18n` (`req.i18n` or a server component's; Payload's `i18n.t` is typed for its own keys).
 */
export const translator =
  <Key extends string>(i18n: { translations: GenericTranslationsObject }) =>
  (key: Key, vars?: Record<string, unknown>) =>
    t<GenericTranslationsObject, Key>({ key, translations: i18n.translations, vars })

/**
 * Payload labels (`LabelFunction`) from the app's or a plugin's keys: `const l = labels<Keys>()`,
 * then `label: l('plugin:key')` (the `t` Payload hands a label function knows only its own keys).
 */
export const labels =
  <Key extends string>() =>
  (key: Key): LabelFunction =>
  ({ i18n }) =>
    translator<Key>(i18n)(key)

/**
 * `translator` in the install's language (the config's fallback language), for texts made outside
 * a request: the worker's, those stored on records, and e-mails to residents.
 */
export const installTranslator = async <Key extends string>(payload: { config: SanitizedConfig }) =>
  translator<Key>(
    await getLocalI18n({ config: payload.config, language: payload.config.i18n.fallbackLanguage }),
  )

export type PluralForm = 'few' | 'many' | 'one'

const polishPlurals = new Intl.PluralRules('pl')

/** The Polish plural form of a count (`other`, for fractions, reads as `many`). */
export const pluralForm = (count: number): PluralForm => {
  const form = polishPlurals.select(count)
  return form === 'one' || form === 'few' ? form : 'many'
}

/**
 * `t` of `{base}-one`, `{base}-few` or `{base}-many` by the count's Polish plural form, with
 * `{{count}}` set. English texts give `few` and `many` the same plural, so Polish rules fit both.
 * Not Payload's `_one`/`_other` keys: its choice of form (by `count` alone) is not Polish.
 */
export const plural = <Base extends string>(
  t: (key: `${NoInfer<Base>}-${PluralForm}`, vars?: Record<string, unknown>) => string,
  base: Base,
  count: number,
  vars?: Record<string, unknown>,
) => t(`${base}-${pluralForm(count)}`, { ...vars, count })
